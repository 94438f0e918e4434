; purpose: variadic functions defined in IR: va_start/va_copy/va_end and va_arg read by hand from the x86-64 va_list as clang lowers it (ints, longs, doubles, pointers, small/two-long/two-double structs, long double, __int128; register save area and overflow area, both and neither), a va_list handed to vprintf, and the va_arg instruction
; stdout: walk iiiiiiiiii: 1 2 3 4 5 6 7 8 9 10 | sum=55 copy=55
; stdout: walk dddddddddddd: 0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 9.5 10.5 11.5 | sum=720 copy=720
; stdout: walk idlisdpdtidddddddlllll: -1 2.25 1099511627776 65 str -0.5 {6,7} 1000 {100,58} 42 1 2 3 4 5 6 7 10 20 30 40 50 | sum=1099511638528 copy=1099511638528
; stdout: walk ttttp: {100,58} {100,58} {100,58} {100,58} {6,7} | sum=210 copy=210
; stdout: walk iiiitq: 1 2 3 4 {100,58} {2.5,0.25} | sum=74 copy=74
; stdout: walk iiiiitw: 1 2 3 4 5 {100,58} 3:5 | sum=65 copy=65
; stdout: walk qqqqqLdwLi: {2.5,0.25} {2.5,0.25} {2.5,0.25} {2.5,0.25} {2.5,0.25} 1.5 0.125 3:5 1.5 9 | sum=158 copy=158
; stdout: walk iwiwiw: 1 3:5 2 3:5 3 3:5 | sum=30 copy=30
; stdout: walk : | sum=0 copy=0
; stdout: walk diii: 1.25 -3 -300 250 | sum=-41 copy=-41
; stdout: forward: 7 abc 3.142 -123456789012 z 1 2 3 4 5 1 2 3 4 5 6 7 8 9 1.5
; stdout: va_arg instruction: -5 0.75 -9000000000 ptr 1e+100

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; the x86-64 va_list: { gp_offset, fp_offset, overflow_arg_area, reg_save_area }; the register
; save area holds the six integer registers (offsets 0..47) then the eight xmm registers (48..175)

@s0 = private constant [4 x i8] c" %d\00"
@s1 = private constant [5 x i8] c" %ld\00"
@s2 = private constant [4 x i8] c" %g\00"
@s3 = private constant [4 x i8] c" %s\00"
@s4 = private constant [9 x i8] c" {%d,%d}\00"
@s5 = private constant [11 x i8] c" {%ld,%ld}\00"
@s6 = private constant [9 x i8] c" {%g,%g}\00"
@s7 = private constant [5 x i8] c" %Lg\00"
@s8 = private constant [11 x i8] c" %lld:%llu\00"
@s9 = private constant [9 x i8] c"walk %s:\00"
@s10 = private constant [21 x i8] c" | sum=%ld copy=%ld\0A\00"
@s11 = private constant [38 x i8] c"va_arg instruction: %d %g %lld %s %g\0A\00"
@s12 = private constant [11 x i8] c"iiiiiiiiii\00"
@s13 = private constant [13 x i8] c"dddddddddddd\00"
@s14 = private constant [23 x i8] c"idlisdpdtidddddddlllll\00"
@s15 = private constant [4 x i8] c"str\00"
@s16 = private constant [6 x i8] c"ttttp\00"
@s17 = private constant [7 x i8] c"iiiitq\00"
@s18 = private constant [8 x i8] c"iiiiitw\00"
@s19 = private constant [11 x i8] c"qqqqqLdwLi\00"
@s20 = private constant [7 x i8] c"iwiwiw\00"
@s21 = private constant [1 x i8] c"\00"
@s22 = private constant [5 x i8] c"diii\00"
@s23 = private constant [74 x i8] c"forward: %d %s %.3f %ld %c %d %d %d %d %d %g %g %g %g %g %g %g %g %g %Lg\0A\00"
@s24 = private constant [4 x i8] c"abc\00"
@s25 = private constant [4 x i8] c"ptr\00"

%va = type { i32, i32, ptr, ptr }
%small = type { i32, i32 }
%two = type { i64, i64 }
%dd = type { double, double }

@t = global %two { i64 100, i64 58 }
@q = global %dd { double 2.5, double 0.25 }
@w = global i128 55340232221128654853
@L = global x86_fp80 0xK3FFFC000000000000000

declare i32 @printf(ptr, ...)
declare i32 @vprintf(ptr, ptr)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)

; the next `bytes` bytes of the overflow area (on the caller's stack), first aligned to `align`
define ptr @overflow(ptr %ap, i32 %bytes, i32 %align) {
entry:
  %ovp = getelementptr inbounds %va, ptr %ap, i32 0, i32 2
  %ov = load ptr, ptr %ovp, align 8
  %big = icmp ugt i32 %align, 8
  br i1 %big, label %realign, label %take
realign:
  %up = getelementptr inbounds i8, ptr %ov, i32 15
  %aligned = call ptr @llvm.ptrmask.p0.i64(ptr %up, i64 -16)
  br label %take
take:
  %addr = phi ptr [ %ov, %entry ], [ %aligned, %realign ]
  %next = getelementptr i8, ptr %addr, i32 %bytes
  store ptr %next, ptr %ovp, align 8
  ret ptr %addr
}

; where the next argument made of `n` integer eightbytes is: the register save area while all n
; registers are left, the overflow area otherwise (then no register is used for it)
define ptr @gp_arg(ptr %ap, i32 %n, i32 %align) {
entry:
  %gpp = getelementptr inbounds %va, ptr %ap, i32 0, i32 0
  %gp = load i32, ptr %gpp, align 16
  %bytes = shl i32 %n, 3
  %limit = sub i32 48, %bytes
  %fits = icmp ule i32 %gp, %limit
  br i1 %fits, label %reg, label %mem
reg:
  %rsap = getelementptr inbounds %va, ptr %ap, i32 0, i32 3
  %rsa = load ptr, ptr %rsap, align 16
  %addr = getelementptr i8, ptr %rsa, i32 %gp
  %gp2 = add i32 %gp, %bytes
  store i32 %gp2, ptr %gpp, align 16
  ret ptr %addr
mem:
  %m = call ptr @overflow(ptr %ap, i32 %bytes, i32 %align)
  ret ptr %m
}

; the same for `n` sse eightbytes; each xmm register takes 16 bytes of the save area
define ptr @fp_arg(ptr %ap, i32 %n) {
entry:
  %fpp = getelementptr inbounds %va, ptr %ap, i32 0, i32 1
  %fp = load i32, ptr %fpp, align 4
  %bytes = shl i32 %n, 4
  %limit = sub i32 176, %bytes
  %fits = icmp ule i32 %fp, %limit
  br i1 %fits, label %reg, label %mem
reg:
  %rsap = getelementptr inbounds %va, ptr %ap, i32 0, i32 3
  %rsa = load ptr, ptr %rsap, align 16
  %addr = getelementptr i8, ptr %rsa, i32 %fp
  %fp2 = add i32 %fp, %bytes
  store i32 %fp2, ptr %fpp, align 4
  ret ptr %addr
mem:
  %mbytes = shl i32 %n, 3
  %m = call ptr @overflow(ptr %ap, i32 %mbytes, i32 8)
  ret ptr %m
}

; reads the arguments `fmt` describes from a va_list someone else started; returns a checksum
; i int, l long, d double, s string, p {int,int}, t {long,long}, q {double,double}, L long double, w __int128
define i64 @consume(ptr %fmt, ptr %ap, i1 %print) {
entry:
  br label %next
next:
  %p = phi ptr [ %fmt, %entry ], [ %p.next, %join ]
  %sum = phi i64 [ 0, %entry ], [ %sum2, %join ]
  %ch = load i8, ptr %p, align 1
  %p.next = getelementptr inbounds i8, ptr %p, i64 1
  switch i8 %ch, label %done [
    i8 105, label %int
    i8 108, label %long
    i8 100, label %double
    i8 115, label %string
    i8 112, label %small
    i8 116, label %two
    i8 113, label %dd
    i8 76, label %ld
    i8 119, label %i128
  ]
int:
  %ia = call ptr @gp_arg(ptr %ap, i32 1, i32 8)
  %iv = load i32, ptr %ia, align 4
  br i1 %print, label %int.print, label %int.sum
int.print:
  call i32 (ptr, ...) @printf(ptr @s0, i32 %iv)
  br label %int.sum
int.sum:
  %iw = sext i32 %iv to i64
  br label %join
long:
  %la = call ptr @gp_arg(ptr %ap, i32 1, i32 8)
  %lv = load i64, ptr %la, align 8
  br i1 %print, label %long.print, label %join
long.print:
  call i32 (ptr, ...) @printf(ptr @s1, i64 %lv)
  br label %join
double:
  %da = call ptr @fp_arg(ptr %ap, i32 1)
  %dv = load double, ptr %da, align 8
  br i1 %print, label %double.print, label %double.sum
double.print:
  call i32 (ptr, ...) @printf(ptr @s2, double %dv)
  br label %double.sum
double.sum:
  %d10 = fmul double %dv, 10.0
  %dw = fptosi double %d10 to i64
  br label %join
string:
  %sa = call ptr @gp_arg(ptr %ap, i32 1, i32 8)
  %sv = load ptr, ptr %sa, align 8
  br i1 %print, label %string.print, label %string.sum
string.print:
  call i32 (ptr, ...) @printf(ptr @s3, ptr %sv)
  br label %string.sum
string.sum:
  %s0 = load i8, ptr %sv, align 1
  %sw = sext i8 %s0 to i64
  br label %join
small:
  ; an 8-byte struct of two ints travels in one integer register
  %pa = call ptr @gp_arg(ptr %ap, i32 1, i32 8)
  %pv = load %small, ptr %pa, align 4
  %pa0 = extractvalue %small %pv, 0
  %pa1 = extractvalue %small %pv, 1
  br i1 %print, label %small.print, label %small.sum
small.print:
  call i32 (ptr, ...) @printf(ptr @s4, i32 %pa0, i32 %pa1)
  br label %small.sum
small.sum:
  %pm = mul i32 %pa0, %pa1
  %pw = sext i32 %pm to i64
  br label %join
two:
  ; two integer eightbytes: both in registers or both on the stack
  %ta = call ptr @gp_arg(ptr %ap, i32 2, i32 8)
  %tv = load %two, ptr %ta, align 8
  %tx = extractvalue %two %tv, 0
  %ty = extractvalue %two %tv, 1
  br i1 %print, label %two.print, label %two.sum
two.print:
  call i32 (ptr, ...) @printf(ptr @s5, i64 %tx, i64 %ty)
  br label %two.sum
two.sum:
  %tw = sub i64 %tx, %ty
  br label %join
dd:
  ; two sse eightbytes: in the save area they sit 16 bytes apart, on the stack 8 bytes apart
  %fpp = getelementptr inbounds %va, ptr %ap, i32 0, i32 1
  %fp = load i32, ptr %fpp, align 4
  %dd.fits = icmp ule i32 %fp, 144
  br i1 %dd.fits, label %dd.reg, label %dd.mem
dd.reg:
  %rsap = getelementptr inbounds %va, ptr %ap, i32 0, i32 3
  %rsa = load ptr, ptr %rsap, align 16
  %x.p = getelementptr i8, ptr %rsa, i32 %fp
  %y.p = getelementptr i8, ptr %x.p, i64 16
  %x.r = load double, ptr %x.p, align 16
  %y.r = load double, ptr %y.p, align 16
  %fp2 = add i32 %fp, 32
  store i32 %fp2, ptr %fpp, align 4
  br label %dd.got
dd.mem:
  %dm = call ptr @overflow(ptr %ap, i32 16, i32 8)
  %dmv = load %dd, ptr %dm, align 8
  %x.m = extractvalue %dd %dmv, 0
  %y.m = extractvalue %dd %dmv, 1
  br label %dd.got
dd.got:
  %qx = phi double [ %x.r, %dd.reg ], [ %x.m, %dd.mem ]
  %qy = phi double [ %y.r, %dd.reg ], [ %y.m, %dd.mem ]
  br i1 %print, label %dd.print, label %dd.sum
dd.print:
  call i32 (ptr, ...) @printf(ptr @s6, double %qx, double %qy)
  br label %dd.sum
dd.sum:
  %qd = fsub double %qx, %qy
  %qd10 = fmul double %qd, 10.0
  %qw = fptosi double %qd10 to i64
  br label %join
ld:
  ; long double is always in memory, 16-byte aligned
  %lda = call ptr @overflow(ptr %ap, i32 16, i32 16)
  %ldv = load x86_fp80, ptr %lda, align 16
  br i1 %print, label %ld.print, label %ld.sum
ld.print:
  call i32 (ptr, ...) @printf(ptr @s7, x86_fp80 %ldv)
  br label %ld.sum
ld.sum:
  %ld10 = fmul x86_fp80 %ldv, 0xK4002A000000000000000
  %ldw = fptosi x86_fp80 %ld10 to i64
  br label %join
i128:
  ; __int128: two integer eightbytes, or 16-byte aligned on the stack
  %wa = call ptr @gp_arg(ptr %ap, i32 2, i32 16)
  %wv = load i128, ptr %wa, align 8
  %whi128 = ashr i128 %wv, 64
  %whi = trunc i128 %whi128 to i64
  %wlo = trunc i128 %wv to i64
  br i1 %print, label %i128.print, label %i128.sum
i128.print:
  call i32 (ptr, ...) @printf(ptr @s8, i64 %whi, i64 %wlo)
  br label %i128.sum
i128.sum:
  %ww = add i64 %whi, %wlo
  br label %join
join:
  %add = phi i64 [ %iw, %int.sum ], [ %lv, %long ], [ %lv, %long.print ], [ %dw, %double.sum ], [ %sw, %string.sum ], [ %pw, %small.sum ], [ %tw, %two.sum ], [ %qw, %dd.sum ], [ %ldw, %ld.sum ], [ %ww, %i128.sum ]
  %sum2 = add i64 %sum, %add
  br label %next
done:
  ret i64 %sum
}

define i64 @walk(ptr %fmt, ...) {
entry:
  %ap = alloca %va, align 16
  %again = alloca %va, align 16
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_copy.p0(ptr %again, ptr %ap)
  call i32 (ptr, ...) @printf(ptr @s9, ptr %fmt)
  %sum = call i64 @consume(ptr %fmt, ptr %ap, i1 true)
  call void @llvm.va_end.p0(ptr %ap)
  ; the copy still starts at the first variadic argument
  %sum2 = call i64 @consume(ptr %fmt, ptr %again, i1 false)
  call void @llvm.va_end.p0(ptr %again)
  call i32 (ptr, ...) @printf(ptr @s10, i64 %sum, i64 %sum2)
  ret i64 %sum
}

; hands a va_list built here to the C library
define void @forward(ptr %fmt, ...) {
  %ap = alloca %va, align 16
  call void @llvm.va_start.p0(ptr %ap)
  call i32 @vprintf(ptr %fmt, ptr %ap)
  call void @llvm.va_end.p0(ptr %ap)
  ret void
}

; the va_arg instruction itself, for the scalar types the backend lowers
define void @va_arg_insn(i32 %n, ...) {
  %ap = alloca %va, align 16
  call void @llvm.va_start.p0(ptr %ap)
  %a = va_arg ptr %ap, i32
  %b = va_arg ptr %ap, double
  %c = va_arg ptr %ap, i64
  %d = va_arg ptr %ap, ptr
  %e = va_arg ptr %ap, double
  call void @llvm.va_end.p0(ptr %ap)
  call i32 (ptr, ...) @printf(ptr @s11, i32 %a, double %b, i64 %c, ptr %d, double %e)
  ret void
}

; calls as clang lowers them: a struct of two ints is one i64; a struct of two longs is two i64
; while two registers are left and byval memory after; two doubles are two doubles while two xmm
; registers are left; long double and __int128 are passed as themselves
define i32 @main() {
entry:
  call i64 (ptr, ...) @walk(ptr @s12, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10)
  call i64 (ptr, ...) @walk(ptr @s13, double 5.000000e-01, double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 4.500000e+00, double 5.500000e+00, double 6.500000e+00, double 7.500000e+00, double 8.500000e+00, double 9.500000e+00, double 1.050000e+01, double 1.150000e+01)
  call i64 (ptr, ...) @walk(ptr @s14, i32 -1, double 2.250000e+00, i64 1099511627776, i32 65, ptr @s15, double -5.000000e-01, i64 30064771078, double 1.000000e+03, ptr byval(%two) align 8 @t, i32 42, double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00, double 5.000000e+00, double 6.000000e+00, double 7.000000e+00, i64 10, i64 20, i64 30, i64 40, i64 50)
  call i64 (ptr, ...) @walk(ptr @s16, i64 100, i64 58, i64 100, i64 58, ptr byval(%two) align 8 @t, ptr byval(%two) align 8 @t, i64 30064771078)
  call i64 (ptr, ...) @walk(ptr @s17, i32 1, i32 2, i32 3, i32 4, ptr byval(%two) align 8 @t, double 2.5, double 0.25)
  %w1 = load i128, ptr @w, align 16
  call i64 (ptr, ...) @walk(ptr @s18, i32 1, i32 2, i32 3, i32 4, i32 5, ptr byval(%two) align 8 @t, i128 %w1)
  %L1 = load x86_fp80, ptr @L, align 16
  call i64 (ptr, ...) @walk(ptr @s19, double 2.5, double 0.25, double 2.5, double 0.25, double 2.5, double 0.25, double 2.5, double 0.25, ptr byval(%dd) align 8 @q, x86_fp80 %L1, double 1.250000e-01, i128 %w1, x86_fp80 %L1, i32 9)
  call i64 (ptr, ...) @walk(ptr @s20, i32 1, i128 %w1, i32 2, i128 %w1, i32 3, i128 %w1)
  call i64 (ptr, ...) @walk(ptr @s21)
  ; float, char, short and unsigned char arguments arrive promoted
  call i64 (ptr, ...) @walk(ptr @s22, double 1.250000e+00, i32 -3, i32 -300, i32 250)
  call void (ptr, ...) @forward(ptr @s23, i32 7, ptr @s24, double 3.141590e+00, i64 -123456789012, i32 122, i32 1, i32 2, i32 3, i32 4, i32 5, double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00, double 5.000000e+00, double 6.000000e+00, double 7.000000e+00, double 8.000000e+00, double 9.000000e+00, x86_fp80 %L1)
  call void (i32, ...) @va_arg_insn(i32 0, i32 -5, double 0.75, i64 -9000000000, ptr @s25, double 1.0e100)
  ret i32 0
}

