; purpose: calls with the x86-64 C ABI as clang lowers it: sret, byval (large, and holding a long double), {i64,i64}/{double,double}/<2 x float>/{<2 x float>,float}/{i32,double}/{i8,i64} returns, i128, >6 integer and >8 double arguments, zeroext/signext i1/i8/i16, the same through function pointers; fastcc, musttail; qsort/bsearch calling IR comparators; struct returns from libc
; stdout: sret make_big(7): {7,14,21}
; stdout: byval sum5=55, caller's v[0] still 1
; stdout: byval long double struct: 11.5
; stdout: {i64,i64}={-1234567890123,1234567890123} {double,double}={3,0.75} <2 x float>={2.5,3.5}
; stdout: {<2 x float>,float}={1.5,3,4.5} {i32,double}={-9,0.125} {i8,i64}={-100,77}
; stdout: i128 (-2^65*3)>>65: hi=-1 lo=-3
; stdout: many_ints=-105 many_doubles=390.5 mixed=70
; stdout: small_ints=0,1 ret_sc(384)=-128 ret_us(-1)=65535
; stdout: fastcc=-252; musttail ping-pong=5000050000
; stdout: indirect sret make_big(-5): {-5,-10,-15}
; stdout: indirect: sum5=64 (v[0] still 10) make_dd(-1).y=-0.25 small_ints=0
; stdout: qsort descending: first=2147483647 second=99 middle=5 last=-2147483648
; stdout: qsort records: payloads first=5 last=3; bsearch 13 -> index 3 payload 6; bsearch 12 missing=1
; stdout: ldiv(-7,2)={-3,-1} div(7,-2)={-3,1} strtold(1.1)=1.10000000000000000002

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@s0 = private constant [19 x i8] c"%s: {%ld,%ld,%ld}\0A\00"
@s1 = private constant [17 x i8] c"sret make_big(7)\00"
@s2 = private constant [41 x i8] c"byval sum5=%ld, caller's v[0] still %ld\0A\00"
@s3 = private constant [31 x i8] c"byval long double struct: %Lg\0A\00"
@s4 = private constant [65 x i8] c"{i64,i64}={%ld,%ld} {double,double}={%g,%g} <2 x float>={%g,%g}\0A\00"
@s5 = private constant [71 x i8] c"{<2 x float>,float}={%g,%g,%g} {i32,double}={%d,%g} {i8,i64}={%d,%ld}\0A\00"
@s6 = private constant [35 x i8] c"i128 (-2^65*3)>>65: hi=%ld lo=%ld\0A\00"
@s7 = private constant [40 x i8] c"many_ints=%ld many_doubles=%g mixed=%d\0A\00"
@s8 = private constant [47 x i8] c"small_ints=%d,%d ret_sc(384)=%d ret_us(-1)=%d\0A\00"
@s9 = private constant [36 x i8] c"fastcc=%ld; musttail ping-pong=%ld\0A\00"
@s10 = private constant [27 x i8] c"indirect sret make_big(-5)\00"
@s11 = private constant [68 x i8] c"indirect: sum5=%ld (v[0] still %ld) make_dd(-1).y=%g small_ints=%d\0A\00"
@s12 = private constant [56 x i8] c"qsort descending: first=%d second=%d middle=%d last=%d\0A\00"
@s13 = private constant [101 x i8] c"qsort records: payloads first=%d last=%d; bsearch 13 -> index %ld payload %d; bsearch 12 missing=%d\0A\00"
@s14 = private constant [60 x i8] c"ldiv(-7,2)={%ld,%ld} div(7,-2)={%d,%d} strtold(1.1)=%.21Lg\0A\00"

%big = type { i64, i64, i64 }
%big5 = type { [5 x i64] }
%ldt = type { x86_fp80, i32 }
%rec = type { i64, i32 }

@five = global %big5 { [5 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5] }
@ldarg = global %ldt { x86_fp80 0xK3FFFC000000000000000, i32 7 }
@ints = global [9 x i32] [i32 5, i32 -3, i32 99, i32 0, i32 -2147483648, i32 2147483647, i32 42, i32 5, i32 -1]
@recs = global [6 x %rec] [%rec { i64 50, i32 1 }, %rec { i64 -7, i32 2 }, %rec { i64 1099511627776, i32 3 }, %rec { i64 0, i32 4 }, %rec { i64 -1099511627776, i32 5 }, %rec { i64 13, i32 6 }]
@fns = global [4 x ptr] [ptr @make_big, ptr @sum5, ptr @make_dd, ptr @small_ints]
@numtext = private constant [4 x i8] c"1.1\00"

declare i32 @printf(ptr, ...)
declare void @qsort(ptr, i64, i64, ptr)
declare ptr @bsearch(ptr, ptr, i64, i64, ptr)
declare { i64, i64 } @ldiv(i64, i64)
declare i64 @div(i32, i32)
declare x86_fp80 @strtold(ptr, ptr)

; --- callees with the signatures clang gives the C functions in the comments

; struct big { long a, b, c; } make_big(long k): returned through a hidden sret pointer
define void @make_big(ptr sret(%big) align 8 %r, i64 %k) noinline {
  %b = mul i64 %k, 2
  %c = mul i64 %k, 3
  store i64 %k, ptr %r, align 8
  %pb = getelementptr inbounds %big, ptr %r, i32 0, i32 1
  store i64 %b, ptr %pb, align 8
  %pc = getelementptr inbounds %big, ptr %r, i32 0, i32 2
  store i64 %c, ptr %pc, align 8
  ret void
}

; long sum5(struct big5 s): the callee gets its own copy, and writes to it
define i64 @sum5(ptr byval(%big5) align 8 %s) noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %t = phi i64 [ 0, %entry ], [ %t.next, %loop ]
  %p = getelementptr inbounds %big5, ptr %s, i64 0, i32 0, i64 %i
  %v = load i64, ptr %p, align 8
  %i.next = add i64 %i, 1
  %w = mul i64 %v, %i.next
  %t.next = add i64 %t, %w
  %done = icmp eq i64 %i.next, 5
  br i1 %done, label %out, label %loop
out:
  store i64 99, ptr %s, align 8
  ret i64 %t.next
}

; long double ldt_get(struct { long double x; int tag; } s, long double m)
define x86_fp80 @ldt_get(ptr byval(%ldt) align 16 %s, x86_fp80 %m) noinline {
  %x = load x86_fp80, ptr %s, align 16
  %tp = getelementptr inbounds %ldt, ptr %s, i32 0, i32 1
  %tag = load i32, ptr %tp, align 16
  %tagf = sitofp i32 %tag to x86_fp80
  %xm = fmul x86_fp80 %x, %m
  %r = fadd x86_fp80 %xm, %tagf
  ret x86_fp80 %r
}

; struct { long x, y; } in rax:rdx
define { i64, i64 } @make_two(i64 %a) noinline {
  %n = sub i64 0, %a
  %r0 = insertvalue { i64, i64 } poison, i64 %a, 0
  %r1 = insertvalue { i64, i64 } %r0, i64 %n, 1
  ret { i64, i64 } %r1
}

; struct { double x, y; } in xmm0:xmm1
define { double, double } @make_dd(double %a) noinline {
  %q = fdiv double %a, 4.0
  %r0 = insertvalue { double, double } poison, double %a, 0
  %r1 = insertvalue { double, double } %r0, double %q, 1
  ret { double, double } %r1
}

; struct { float a, b; } packed into xmm0
define <2 x float> @make_ff(float %a) noinline {
  %b = fadd float %a, 1.0
  %v0 = insertelement <2 x float> poison, float %a, i32 0
  %v1 = insertelement <2 x float> %v0, float %b, i32 1
  ret <2 x float> %v1
}

; struct { float a, b, c; }: two floats in xmm0, the third in xmm1
define { <2 x float>, float } @make_fff(float %a) noinline {
  %b = fmul float %a, 2.0
  %c = fmul float %a, 3.0
  %v0 = insertelement <2 x float> poison, float %a, i32 0
  %v1 = insertelement <2 x float> %v0, float %b, i32 1
  %r0 = insertvalue { <2 x float>, float } poison, <2 x float> %v1, 0
  %r1 = insertvalue { <2 x float>, float } %r0, float %c, 1
  ret { <2 x float>, float } %r1
}

; struct { int i; double d; } in eax and xmm0
define { i32, double } @make_id(i32 %i, double %d) noinline {
  %r0 = insertvalue { i32, double } poison, i32 %i, 0
  %r1 = insertvalue { i32, double } %r0, double %d, 1
  ret { i32, double } %r1
}

; struct { char c; long l; }
define { i8, i64 } @make_cl(i8 signext %c, i64 %l) noinline {
  %r0 = insertvalue { i8, i64 } poison, i8 %c, 0
  %r1 = insertvalue { i8, i64 } %r0, i64 %l, 1
  ret { i8, i64 } %r1
}

define i128 @mul128(i128 %a, i128 %b, i32 %shift) noinline {
  %m = mul i128 %a, %b
  %s = zext i32 %shift to i128
  %r = ashr i128 %m, %s
  ret i128 %r
}

; seven longs in registers and on the stack, then an int, a short and a char on the stack
define i64 @many_ints(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i32 %h, i16 signext %i, i8 signext %j) noinline {
  %b2 = mul i64 %b, 2
  %c3 = mul i64 %c, 3
  %d4 = mul i64 %d, 4
  %e5 = mul i64 %e, 5
  %f6 = mul i64 %f, 6
  %g7 = mul i64 %g, 7
  %hw = sext i32 %h to i64
  %h8 = mul i64 %hw, 8
  %iw = sext i16 %i to i64
  %i9 = mul i64 %iw, 9
  %jw = sext i8 %j to i64
  %j10 = mul i64 %jw, 10
  %s1 = add i64 %a, %b2
  %s2 = add i64 %s1, %c3
  %s3 = add i64 %s2, %d4
  %s4 = add i64 %s3, %e5
  %s5 = add i64 %s4, %f6
  %s6 = add i64 %s5, %g7
  %s7 = add i64 %s6, %h8
  %s8 = add i64 %s7, %i9
  %s9 = add i64 %s8, %j10
  ret i64 %s9
}

; ten doubles and a float: the last two doubles and the float go on the stack
define double @many_doubles(double %a, double %b, double %c, double %d, double %e, double %f, double %g, double %h, double %i, double %j, float %k) noinline {
  %b2 = fmul double %b, 2.0
  %c3 = fmul double %c, 3.0
  %d4 = fmul double %d, 4.0
  %e5 = fmul double %e, 5.0
  %f6 = fmul double %f, 6.0
  %g7 = fmul double %g, 7.0
  %h8 = fmul double %h, 8.0
  %i9 = fmul double %i, 9.0
  %j10 = fmul double %j, 10.0
  %kd = fpext float %k to double
  %k11 = fmul double %kd, 11.0
  %s1 = fadd double %a, %b2
  %s2 = fadd double %s1, %c3
  %s3 = fadd double %s2, %d4
  %s4 = fadd double %s3, %e5
  %s5 = fadd double %s4, %f6
  %s6 = fadd double %s5, %g7
  %s7 = fadd double %s6, %h8
  %s8 = fadd double %s7, %i9
  %s9 = fadd double %s8, %j10
  %s10 = fadd double %s9, %k11
  ret double %s10
}

; int mixed(int a, double b, int c, double d, struct dd e, struct two f, long double g, int h)
define i32 @mixed(i32 %a, double %b, i32 %c, double %d, double %ex, double %ey, i64 %fx, i64 %fy, x86_fp80 %g, i32 %h) noinline {
  %bi = fptosi double %b to i32
  %di = fptosi double %d to i32
  %ex10 = fmul double %ex, 10.0
  %exi = fptosi double %ex10 to i32
  %ey10 = fmul double %ey, 10.0
  %eyi = fptosi double %ey10 to i32
  %fxi = trunc i64 %fx to i32
  %fyi = trunc i64 %fy to i32
  %gi = fptosi x86_fp80 %g to i32
  %s1 = add i32 %a, %bi
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %di
  %s4 = add i32 %s3, %exi
  %s5 = add i32 %s4, %eyi
  %s6 = add i32 %s5, %fxi
  %s7 = add i32 %s6, %fyi
  %s8 = add i32 %s7, %gi
  %s9 = add i32 %s8, %h
  ret i32 %s9
}

; bool small_ints(bool z, signed char sc, unsigned char uc, short s, unsigned short us)
define zeroext i1 @small_ints(i1 zeroext %z, i8 signext %sc, i8 zeroext %uc, i16 signext %s, i16 zeroext %us) noinline {
  %zz = select i1 %z, i32 1000, i32 0
  %scw = sext i8 %sc to i32
  %ucw = zext i8 %uc to i32
  %sw = sext i16 %s to i32
  %usw = zext i16 %us to i32
  %t1 = add i32 %zz, %scw
  %t2 = add i32 %t1, %ucw
  %t3 = add i32 %t2, %sw
  %t4 = add i32 %t3, %usw
  %r = icmp sgt i32 %t4, 0
  ret i1 %r
}

define signext i8 @ret_sc(i32 %x) noinline {
  %r = trunc i32 %x to i8
  ret i8 %r
}

define zeroext i16 @ret_us(i32 %x) noinline {
  %r = trunc i32 %x to i16
  ret i16 %r
}

; --- IR-level conventions with no C spelling

define internal fastcc i64 @fast(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g) noinline {
  %ab = sub i64 %a, %b
  %cd = mul i64 %c, %d
  %efg = sub i64 %e, %f
  %s1 = add i64 %ab, %cd
  %s2 = add i64 %s1, %efg
  %s3 = mul i64 %s2, %g
  ret i64 %s3
}

define i64 @tail_target(i64 %n, i64 %acc) noinline {
  %d = icmp eq i64 %n, 0
  br i1 %d, label %done, label %more
done:
  ret i64 %acc
more:
  %n1 = sub i64 %n, 1
  %acc1 = add i64 %acc, %n
  %r = musttail call i64 @tail_source(i64 %n1, i64 %acc1)
  ret i64 %r
}

define i64 @tail_source(i64 %n, i64 %acc) noinline {
  %acc2 = xor i64 %acc, 1
  %r = musttail call i64 @tail_target(i64 %n, i64 %acc2)
  ret i64 %r
}

; --- callbacks from the C library

define i32 @cmp_desc(ptr %a, ptr %b) {
  %x = load i32, ptr %a, align 4
  %y = load i32, ptr %b, align 4
  %lt = icmp slt i32 %x, %y
  %gt = icmp sgt i32 %x, %y
  %l = zext i1 %lt to i32
  %g = zext i1 %gt to i32
  %r = sub i32 %l, %g
  ret i32 %r
}

define i32 @cmp_rec(ptr %a, ptr %b) {
  %x = load i64, ptr %a, align 8
  %y = load i64, ptr %b, align 8
  %r = call i8 @llvm.scmp.i8.i64(i64 %x, i64 %y)
  %rw = sext i8 %r to i32
  ret i32 %rw
}
declare i8 @llvm.scmp.i8.i64(i64, i64)

define void @print_big(ptr %label, ptr %p) noinline {
  %a = load i64, ptr %p, align 8
  %pb = getelementptr inbounds %big, ptr %p, i32 0, i32 1
  %b = load i64, ptr %pb, align 8
  %pc = getelementptr inbounds %big, ptr %p, i32 0, i32 2
  %c = load i64, ptr %pc, align 8
  call i32 (ptr, ...) @printf(ptr @s0, ptr %label, i64 %a, i64 %b, i64 %c)
  ret void
}

define i32 @main() {
entry:
  ; direct calls
  %big = alloca %big, align 8
  call void @make_big(ptr sret(%big) align 8 %big, i64 7)
  call void @print_big(ptr @s1, ptr %big)
  %s5 = call i64 @sum5(ptr byval(%big5) align 8 @five)
  %five0 = load i64, ptr @five, align 8
  call i32 (ptr, ...) @printf(ptr @s2, i64 %s5, i64 %five0)
  %ld = call x86_fp80 @ldt_get(ptr byval(%ldt) align 16 @ldarg, x86_fp80 0xK4000C000000000000000)
  call i32 (ptr, ...) @printf(ptr @s3, x86_fp80 %ld)
  %two = call { i64, i64 } @make_two(i64 -1234567890123)
  %two.x = extractvalue { i64, i64 } %two, 0
  %two.y = extractvalue { i64, i64 } %two, 1
  %dd = call { double, double } @make_dd(double 3.0)
  %dd.x = extractvalue { double, double } %dd, 0
  %dd.y = extractvalue { double, double } %dd, 1
  %ff = call <2 x float> @make_ff(float 2.5)
  %ff.a = extractelement <2 x float> %ff, i32 0
  %ff.b = extractelement <2 x float> %ff, i32 1
  %ff.ad = fpext float %ff.a to double
  %ff.bd = fpext float %ff.b to double
  call i32 (ptr, ...) @printf(ptr @s4, i64 %two.x, i64 %two.y, double %dd.x, double %dd.y, double %ff.ad, double %ff.bd)
  %fff = call { <2 x float>, float } @make_fff(float 1.5)
  %fff.v = extractvalue { <2 x float>, float } %fff, 0
  %fff.a = extractelement <2 x float> %fff.v, i32 0
  %fff.b = extractelement <2 x float> %fff.v, i32 1
  %fff.c = extractvalue { <2 x float>, float } %fff, 1
  %fff.ad = fpext float %fff.a to double
  %fff.bd = fpext float %fff.b to double
  %fff.cd = fpext float %fff.c to double
  %id = call { i32, double } @make_id(i32 -9, double 0.125)
  %id.i = extractvalue { i32, double } %id, 0
  %id.d = extractvalue { i32, double } %id, 1
  %cl = call { i8, i64 } @make_cl(i8 signext -100, i64 77)
  %cl.c = extractvalue { i8, i64 } %cl, 0
  %cl.cw = sext i8 %cl.c to i32
  %cl.l = extractvalue { i8, i64 } %cl, 1
  call i32 (ptr, ...) @printf(ptr @s5, double %fff.ad, double %fff.bd, double %fff.cd, i32 %id.i, double %id.d, i32 %cl.cw, i64 %cl.l)
  %m128 = call i128 @mul128(i128 -36893488147419103232, i128 3, i32 65)
  %m128.lo = trunc i128 %m128 to i64
  %m128.hi.w = lshr i128 %m128, 64
  %m128.hi = trunc i128 %m128.hi.w to i64
  call i32 (ptr, ...) @printf(ptr @s6, i64 %m128.hi, i64 %m128.lo)
  %mi = call i64 @many_ints(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i32 -8, i16 signext -9, i8 signext -10)
  %md = call double @many_doubles(double 1.0, double 2.0, double 3.0, double 4.0, double 5.0, double 6.0, double 7.0, double 8.0, double 9.0, double 10.0, float 0.5)
  %mx = call i32 @mixed(i32 1, double 2.5, i32 3, double 4.5, double 0.5, double 0.25, i64 100, i64 -58, x86_fp80 0xK4001A000000000000000, i32 6)
  call i32 (ptr, ...) @printf(ptr @s7, i64 %mi, double %md, i32 %mx)
  %si1 = call zeroext i1 @small_ints(i1 zeroext false, i8 signext -128, i8 zeroext -1, i16 signext -200, i16 zeroext 72)
  %si2 = call zeroext i1 @small_ints(i1 zeroext true, i8 signext -128, i8 zeroext 0, i16 signext -32768, i16 zeroext -1)
  %si1w = zext i1 %si1 to i32
  %si2w = zext i1 %si2 to i32
  %sc = call signext i8 @ret_sc(i32 384)
  %scw = sext i8 %sc to i32
  %us = call zeroext i16 @ret_us(i32 -1)
  %usw = zext i16 %us to i32
  call i32 (ptr, ...) @printf(ptr @s8, i32 %si1w, i32 %si2w, i32 %scw, i32 %usw)
  %fast = call fastcc i64 @fast(i64 10, i64 3, i64 4, i64 5, i64 100, i64 1, i64 -2)
  %tail = call i64 @tail_target(i64 100000, i64 0)
  call i32 (ptr, ...) @printf(ptr @s9, i64 %fast, i64 %tail)

  ; the same callees through function pointers
  %fp0 = load ptr, ptr @fns, align 8
  %fp1p = getelementptr [4 x ptr], ptr @fns, i64 0, i64 1
  %fp1 = load ptr, ptr %fp1p, align 8
  %fp2p = getelementptr [4 x ptr], ptr @fns, i64 0, i64 2
  %fp2 = load ptr, ptr %fp2p, align 8
  %fp3p = getelementptr [4 x ptr], ptr @fns, i64 0, i64 3
  %fp3 = load ptr, ptr %fp3p, align 8
  %big2 = alloca %big, align 8
  call void %fp0(ptr sret(%big) align 8 %big2, i64 -5)
  call void @print_big(ptr @s10, ptr %big2)
  %local5 = alloca %big5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %local5, ptr @five, i64 40, i1 false)
  store i64 10, ptr %local5, align 8
  %s5i = call i64 %fp1(ptr byval(%big5) align 8 %local5)
  %local0 = load i64, ptr %local5, align 8
  %ddi = call { double, double } %fp2(double -1.0)
  %ddi.y = extractvalue { double, double } %ddi, 1
  %sii = call zeroext i1 %fp3(i1 zeroext false, i8 signext -1, i8 zeroext 0, i16 signext 0, i16 zeroext 0)
  %siiw = zext i1 %sii to i32
  call i32 (ptr, ...) @printf(ptr @s11, i64 %s5i, i64 %local0, double %ddi.y, i32 %siiw)

  ; the C library calls back into IR
  call void @qsort(ptr @ints, i64 9, i64 4, ptr @cmp_desc)
  %i0 = load i32, ptr @ints, align 4
  %i4p = getelementptr [9 x i32], ptr @ints, i64 0, i64 4
  %i4 = load i32, ptr %i4p, align 4
  %i8p = getelementptr [9 x i32], ptr @ints, i64 0, i64 8
  %i8 = load i32, ptr %i8p, align 4
  %i1p = getelementptr [9 x i32], ptr @ints, i64 0, i64 1
  %i1 = load i32, ptr %i1p, align 4
  call i32 (ptr, ...) @printf(ptr @s12, i32 %i0, i32 %i1, i32 %i4, i32 %i8)
  call void @qsort(ptr @recs, i64 6, i64 16, ptr @cmp_rec)
  %key = alloca i64, align 8
  store i64 13, ptr %key, align 8
  %hit = call ptr @bsearch(ptr %key, ptr @recs, i64 6, i64 16, ptr @cmp_rec)
  %hitp = getelementptr inbounds %rec, ptr %hit, i32 0, i32 1
  %payload = load i32, ptr %hitp, align 8
  %index.bytes = ptrtoint ptr %hit to i64
  %base = ptrtoint ptr @recs to i64
  %off = sub i64 %index.bytes, %base
  %index = sdiv exact i64 %off, 16
  store i64 12, ptr %key, align 8
  %miss = call ptr @bsearch(ptr %key, ptr @recs, i64 6, i64 16, ptr @cmp_rec)
  %missing = icmp eq ptr %miss, null
  %missingw = zext i1 %missing to i32
  %r0p = getelementptr inbounds %rec, ptr @recs, i32 0, i32 1
  %r0 = load i32, ptr %r0p, align 8
  %r5p = getelementptr inbounds [6 x %rec], ptr @recs, i64 0, i64 5, i32 1
  %r5 = load i32, ptr %r5p, align 8
  call i32 (ptr, ...) @printf(ptr @s13, i32 %r0, i32 %r5, i64 %index, i32 %payload, i32 %missingw)

  ; struct returns from the C library
  %ldv = call { i64, i64 } @ldiv(i64 -7, i64 2)
  %ldq = extractvalue { i64, i64 } %ldv, 0
  %ldr = extractvalue { i64, i64 } %ldv, 1
  %dv = call i64 @div(i32 7, i32 -2)
  %dq = trunc i64 %dv to i32
  %dr.w = lshr i64 %dv, 32
  %dr = trunc i64 %dr.w to i32
  %stl = call x86_fp80 @strtold(ptr @numtext, ptr null)
  call i32 (ptr, ...) @printf(ptr @s14, i64 %ldq, i64 %ldr, i32 %dq, i32 %dr, x86_fp80 %stl)
  ret i32 0
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

