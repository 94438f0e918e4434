; purpose: funnel shifts, ctpop/ctlz/cttz (zero input defined), bswap, bitreverse, abs, min/max, saturating and overflow intrinsics
; stdout: fshl=0x23456781 fshr=0x81234567
; stdout: ctpop=32 ctlz(0)=32 cttz(8)=3 ctlz16(1)=15
; stdout: bswap=0x78563412 bitreverse=0x1e6a2c48 bswap16=0x3412
; stdout: abs=2147483647 smin=-5 umax=4294967291
; stdout: sadd.sat=127 usub.sat=0 umul.ovf=1
; stdout: sshl.sat=127 ushl.sat=255

@f1 = private constant [21 x i8] c"fshl=0x%x fshr=0x%x\0A\00"
@f2 = private constant [45 x i8] c"ctpop=%d ctlz(0)=%d cttz(8)=%d ctlz16(1)=%d\0A\00"
@f3 = private constant [41 x i8] c"bswap=0x%x bitreverse=0x%x bswap16=0x%x\0A\00"
@f4 = private constant [24 x i8] c"abs=%d smin=%d umax=%u\0A\00"
@f5 = private constant [37 x i8] c"sadd.sat=%d usub.sat=%d umul.ovf=%d\0A\00"
@f6 = private constant [25 x i8] c"sshl.sat=%d ushl.sat=%d\0A\00"

declare i32 @printf(ptr, ...)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.cttz.i32(i32, i1)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i32 @llvm.bswap.i32(i32)
declare i16 @llvm.bswap.i16(i16)
declare i32 @llvm.bitreverse.i32(i32)
declare i32 @llvm.abs.i32(i32, i1)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare {i32, i1} @llvm.umul.with.overflow.i32(i32, i32)
declare i8 @llvm.sshl.sat.i8(i8, i8)
declare i8 @llvm.ushl.sat.i8(i8, i8)

define i32 @main() {
  %x = add i32 0, 305419896
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 4)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 36)
  call i32 (ptr, ...) @printf(ptr @f1, i32 %a, i32 %b)
  %c = call i32 @llvm.ctpop.i32(i32 -1)
  %d = call i32 @llvm.ctlz.i32(i32 0, i1 false)
  %e = call i32 @llvm.cttz.i32(i32 8, i1 false)
  %e16 = call i16 @llvm.ctlz.i16(i16 1, i1 false)
  %e32 = zext i16 %e16 to i32
  call i32 (ptr, ...) @printf(ptr @f2, i32 %c, i32 %d, i32 %e, i32 %e32)
  %g = call i32 @llvm.bswap.i32(i32 %x)
  %h = call i32 @llvm.bitreverse.i32(i32 %x)
  %i16 = call i16 @llvm.bswap.i16(i16 4660)
  %i = zext i16 %i16 to i32
  call i32 (ptr, ...) @printf(ptr @f3, i32 %g, i32 %h, i32 %i)
  %j = call i32 @llvm.abs.i32(i32 -2147483647, i1 false)
  %k = call i32 @llvm.smin.i32(i32 -5, i32 3)
  %l = call i32 @llvm.umax.i32(i32 -5, i32 3)
  call i32 (ptr, ...) @printf(ptr @f4, i32 %j, i32 %k, i32 %l)
  %m8 = call i8 @llvm.sadd.sat.i8(i8 100, i8 100)
  %m = sext i8 %m8 to i32
  %n8 = call i8 @llvm.usub.sat.i8(i8 3, i8 5)
  %n = zext i8 %n8 to i32
  %o.s = call {i32, i1} @llvm.umul.with.overflow.i32(i32 65536, i32 65536)
  %o1 = extractvalue {i32, i1} %o.s, 1
  %o = zext i1 %o1 to i32
  call i32 (ptr, ...) @printf(ptr @f5, i32 %m, i32 %n, i32 %o)
  %p8 = call i8 @llvm.sshl.sat.i8(i8 3, i8 6)
  %p = sext i8 %p8 to i32
  %q8 = call i8 @llvm.ushl.sat.i8(i8 3, i8 7)
  %q = zext i8 %q8 to i32
  call i32 (ptr, ...) @printf(ptr @f6, i32 %p, i32 %q)
  ret i32 0
}
