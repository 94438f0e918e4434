; purpose: a non-tail recursive function 200,000 frames deep (a small frame, well inside an 8 MB stack natively), then a mutually recursive pair 100,000 deep, each combining the result after its call returns
; stdout: depth 200000: result 7193734574269215361; mutual: 3038787105746457338

@depth = global i64 200000
@fmt = private constant [39 x i8] c"depth %lld: result %lld; mutual: %lld\0A\00"

declare i32 @printf(ptr, ...)

; f(0) = 1, f(n) = (f(n-1) xor n) * 3 + 1, wrapping
define i64 @f(i64 %n) noinline {
entry:
  %zero = icmp eq i64 %n, 0
  br i1 %zero, label %base, label %recurse
base:
  ret i64 1
recurse:
  %m = sub i64 %n, 1
  %r = call i64 @f(i64 %m)
  %x = xor i64 %r, %n
  %y = mul i64 %x, 3
  %z = add i64 %y, 1
  ret i64 %z
}

define i64 @ping(i64 %n) noinline {
entry:
  %zero = icmp eq i64 %n, 0
  br i1 %zero, label %base, label %recurse
base:
  ret i64 7
recurse:
  %m = sub i64 %n, 1
  %r = call i64 @pong(i64 %m)
  %s = shl i64 %r, 1
  %t = xor i64 %s, %n
  ret i64 %t
}

define i64 @pong(i64 %n) noinline {
entry:
  %zero = icmp eq i64 %n, 0
  br i1 %zero, label %base, label %recurse
base:
  ret i64 11
recurse:
  %m = sub i64 %n, 1
  %r = call i64 @ping(i64 %m)
  %t = sub i64 %r, %n
  ret i64 %t
}

define i32 @main() {
  %n = load i64, ptr @depth
  %r = call i64 @f(i64 %n)
  %half = lshr i64 %n, 1
  %p = call i64 @ping(i64 %half)
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %n, i64 %r, i64 %p)
  ret i32 0
}
