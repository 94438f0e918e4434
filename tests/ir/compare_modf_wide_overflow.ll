; purpose: llvm.scmp/ucmp (narrow results), llvm.modf on double and float (a struct of two floats in one register for float), *.with.overflow on i65 and i128 (a struct in three slots), llvm.load.relative, and a {i32, i1} overflow result next to another value (it once overwrote its neighbour)
; stdout: scmp -1 0 1 ucmp 1 0 255
; stdout: modf -2.75 -> -0.75 -2 ; 1e+300 -> 0 1e+300 ; float 5.5 -> 0.5 5
; stdout: i65 add ovf=1 mul ovf=0 ; i128 sadd ovf=1 umul ovf=0 usub ovf=1
; stdout: relative 7
; stdout: neighbour 41 ovf=0

@fmt1 = private constant [29 x i8] c"scmp %d %d %d ucmp %d %d %d\0A\00"
@fmt2 = private constant [52 x i8] c"modf %g -> %g %g ; %g -> %g %g ; float %g -> %g %g\0A\00"
@fmt3 = private constant [70 x i8] c"i65 add ovf=%d mul ovf=%d ; i128 sadd ovf=%d umul ovf=%d usub ovf=%d\0A\00"
@fmt4 = private constant [13 x i8] c"relative %d\0A\00"
@fmt5 = private constant [21 x i8] c"neighbour %d ovf=%d\0A\00"
@target = private constant i32 7
@table = private constant [2 x i32] [i32 0, i32 trunc (i64 sub (i64 ptrtoint (ptr @target to i64), i64 ptrtoint (ptr @table to i64)) to i32)]

declare i32 @printf(ptr, ...)
declare i8 @llvm.scmp.i8.i32(i32, i32)
declare i8 @llvm.ucmp.i8.i64(i64, i64)
declare { double, double } @llvm.modf.f64(double)
declare { float, float } @llvm.modf.f32(float)
declare { i65, i1 } @llvm.sadd.with.overflow.i65(i65, i65)
declare { i65, i1 } @llvm.umul.with.overflow.i65(i65, i65)
declare { i128, i1 } @llvm.sadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.usub.with.overflow.i128(i128, i128)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare ptr @llvm.load.relative.i64(ptr, i64)

define i32 @main() {
  %s1 = call i8 @llvm.scmp.i8.i32(i32 -5, i32 3)
  %s2 = call i8 @llvm.scmp.i8.i32(i32 4, i32 4)
  %s3 = call i8 @llvm.scmp.i8.i32(i32 9, i32 -9)
  %u1 = call i8 @llvm.ucmp.i8.i64(i64 -1, i64 3)
  %u2 = call i8 @llvm.ucmp.i8.i64(i64 8, i64 8)
  %u3 = call i8 @llvm.ucmp.i8.i64(i64 3, i64 -1)
  %s1w = sext i8 %s1 to i32
  %s2w = sext i8 %s2 to i32
  %s3w = sext i8 %s3 to i32
  %u1w = sext i8 %u1 to i32
  %u2w = sext i8 %u2 to i32
  %u3w = zext i8 %u3 to i32
  call i32 (ptr, ...) @printf(ptr @fmt1, i32 %s1w, i32 %s2w, i32 %s3w, i32 %u1w, i32 %u2w, i32 %u3w)

  %m1 = call { double, double } @llvm.modf.f64(double -2.75)
  %m1f = extractvalue { double, double } %m1, 0
  %m1i = extractvalue { double, double } %m1, 1
  %m2 = call { double, double } @llvm.modf.f64(double 1.0e300)
  %m2f = extractvalue { double, double } %m2, 0
  %m2i = extractvalue { double, double } %m2, 1
  %m3 = call { float, float } @llvm.modf.f32(float 5.5)
  %m3f = extractvalue { float, float } %m3, 0
  %m3i = extractvalue { float, float } %m3, 1
  %m3fd = fpext float %m3f to double
  %m3id = fpext float %m3i to double
  call i32 (ptr, ...) @printf(ptr @fmt2, double -2.75, double %m1f, double %m1i, double 1.0e300, double %m2f, double %m2i, double 5.5, double %m3fd, double %m3id)

  %a = call { i65, i1 } @llvm.sadd.with.overflow.i65(i65 18446744073709551615, i65 1)
  %ao = extractvalue { i65, i1 } %a, 1
  %b = call { i65, i1 } @llvm.umul.with.overflow.i65(i65 4294967296, i65 4294967296)
  %bo = extractvalue { i65, i1 } %b, 1
  %c = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 170141183460469231731687303715884105727, i128 1)
  %co = extractvalue { i128, i1 } %c, 1
  %d = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 18446744073709551616, i128 18446744073709551615)
  %do = extractvalue { i128, i1 } %d, 1
  %e = call { i128, i1 } @llvm.usub.with.overflow.i128(i128 1, i128 2)
  %eo = extractvalue { i128, i1 } %e, 1
  %aoi = zext i1 %ao to i32
  %boi = zext i1 %bo to i32
  %coi = zext i1 %co to i32
  %doi = zext i1 %do to i32
  %eoi = zext i1 %eo to i32
  call i32 (ptr, ...) @printf(ptr @fmt3, i32 %aoi, i32 %boi, i32 %coi, i32 %doi, i32 %eoi)

  %p = call ptr @llvm.load.relative.i64(ptr @table, i64 4)
  %v = load i32, ptr %p
  call i32 (ptr, ...) @printf(ptr @fmt4, i32 %v)
  br label %loop

loop:
  %acc = phi i32 [ 0, %0 ], [ %next, %loop ]
  %pair = phi { i32, i1 } [ zeroinitializer, %0 ], [ %r, %loop ]
  %prev = extractvalue { i32, i1 } %pair, 0
  %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %prev, i32 1)
  %next = add i32 %acc, 1
  %stop = icmp eq i32 %next, 41
  br i1 %stop, label %done, label %loop

done:
  %ro = extractvalue { i32, i1 } %r, 1
  %roi = zext i1 %ro to i32
  call i32 (ptr, ...) @printf(ptr @fmt5, i32 %next, i32 %roi)
  ret i32 0
}
