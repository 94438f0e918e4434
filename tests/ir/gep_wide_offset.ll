; purpose: getelementptr with constant offsets beyond 32 bits (out and back again, as -O2 code can make of pointer arithmetic), with and without a variable index
; stdout: 42 7 42

@data = private global [4 x i32] [i32 5, i32 42, i32 7, i32 9]
@fmt = private constant [10 x i8] c"%d %d %d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
  %kp = alloca i64
  store volatile i64 2, ptr %kp
  %k = load volatile i64, ptr %kp
  %far = getelementptr i8, ptr @data, i64 1000000000004
  %back = getelementptr i8, ptr %far, i64 -1000000000000
  %a = load i32, ptr %back
  %farx = getelementptr inbounds i32, ptr @data, i64 %k
  %farxx = getelementptr i8, ptr %farx, i64 -8589934592
  %backx = getelementptr i8, ptr %farxx, i64 8589934592
  %b = load i32, ptr %backx
  %c = getelementptr [4 x i32], ptr @data, i64 268435456, i64 1
  %d = getelementptr i8, ptr %c, i64 -4294967296
  %e = load i32, ptr %d
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %a, i32 %b, i32 %e)
  ret i32 0
}
