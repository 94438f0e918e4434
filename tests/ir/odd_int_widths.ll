; purpose: arithmetic, division and shifts on odd integer widths (i7, i33, i65) wrap and extend exactly at their width
; stdout: i7 add 63+1 = -64
; stdout: i7 udiv 127/3 = 42, srem -7%3 = -1
; stdout: i33 mul 0x1ffffffff*3 = 8589934589
; stdout: i33 ashr -8>>1 = -4, lshr = 4294967292
; stdout: i65 shl 1<<64 low=0 high=1
; stdout: i65 sdiv -(2^64)/3 = -6148914691236517205

@fa = private constant [18 x i8] c"i7 add 63+1 = %d\0A\00"
@fb = private constant [37 x i8] c"i7 udiv 127/3 = %d, srem -7%%3 = %d\0A\00"
@fc = private constant [30 x i8] c"i33 mul 0x1ffffffff*3 = %lld\0A\00"
@fd = private constant [36 x i8] c"i33 ashr -8>>1 = %lld, lshr = %lld\0A\00"
@fe = private constant [34 x i8] c"i65 shl 1<<64 low=%llu high=%llu\0A\00"
@ff = private constant [27 x i8] c"i65 sdiv -(2^64)/3 = %lld\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
  %a = add i7 63, 1
  %a32 = sext i7 %a to i32
  call i32 (ptr, ...) @printf(ptr @fa, i32 %a32)
  %q = udiv i7 127, 3
  %q32 = zext i7 %q to i32
  %r = srem i7 -7, 3
  %r32 = sext i7 %r to i32
  call i32 (ptr, ...) @printf(ptr @fb, i32 %q32, i32 %r32)
  %m = mul i33 8589934591, 3
  %m64 = zext i33 %m to i64
  call i32 (ptr, ...) @printf(ptr @fc, i64 %m64)
  %s = ashr i33 -8, 1
  %s64 = sext i33 %s to i64
  %l = lshr i33 -8, 1
  %l64 = zext i33 %l to i64
  call i32 (ptr, ...) @printf(ptr @fd, i64 %s64, i64 %l64)
  %w = shl i65 1, 64
  %wlo = trunc i65 %w to i64
  %whi65 = lshr i65 %w, 64
  %whi = trunc i65 %whi65 to i64
  call i32 (ptr, ...) @printf(ptr @fe, i64 %wlo, i64 %whi)
  %neg = sub i65 0, %w
  %d = sdiv i65 %neg, 3
  %d64 = trunc i65 %d to i64
  call i32 (ptr, ...) @printf(ptr @ff, i64 %d64)
  ret i32 0
}
