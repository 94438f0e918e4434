; purpose: first-class aggregates too large for the return registers, returned by value from IR functions (the backend demotes them to a hidden pointer): structs of i64/i32/double/x86_fp80 and an array, called directly and through a pointer
; stdout: {i64 x4, i8}: -3 9 -27 81 -1
; stdout: [8 x i64]: 4 9 16 25 36 49 64 64
; stdout: {double x5}: 3 1.5 0.75 0.375 0.1875
; stdout: {x86_fp80 x3}: 10 3.33333 1.11111
; stdout: {i32 x5} through a pointer: 0 1 -7 3 4

@fmt.a = private constant [38 x i8] c"{i64 x4, i8}: %lld %lld %lld %lld %d\0A\00"
@fmt.b = private constant [52 x i8] c"[8 x i64]: %lld %lld %lld %lld %lld %lld %lld %lld\0A\00"
@fmt.c = private constant [29 x i8] c"{double x5}: %g %g %g %g %g\0A\00"
@fmt.d = private constant [28 x i8] c"{x86_fp80 x3}: %Lg %Lg %Lg\0A\00"
@fmt.e = private constant [44 x i8] c"{i32 x5} through a pointer: %d %d %d %d %d\0A\00"
@fns = global [1 x ptr] [ptr @five]

declare i32 @printf(ptr, ...)

define { i64, i64, i64, i64, i8 } @powers(i64 %x) noinline {
  %x2 = mul i64 %x, %x
  %x3 = mul i64 %x2, %x
  %x4 = mul i64 %x3, %x
  %a = insertvalue { i64, i64, i64, i64, i8 } poison, i64 %x, 0
  %b = insertvalue { i64, i64, i64, i64, i8 } %a, i64 %x2, 1
  %c = insertvalue { i64, i64, i64, i64, i8 } %b, i64 %x3, 2
  %d = insertvalue { i64, i64, i64, i64, i8 } %c, i64 %x4, 3
  %e = insertvalue { i64, i64, i64, i64, i8 } %d, i8 -1, 4
  ret { i64, i64, i64, i64, i8 } %e
}

; builds the array recursively: each level fills one element of its callee's result
define [8 x i64] @squares(i32 %n) noinline {
entry:
  %zero = icmp eq i32 %n, 0
  br i1 %zero, label %base, label %step
base:
  ret [8 x i64] zeroinitializer
step:
  %m = sub i32 %n, 1
  %inner = call [8 x i64] @squares(i32 %m)
  %nw = zext i32 %n to i64
  %sq = mul i64 %nw, %nw
  %r = insertvalue [8 x i64] %inner, i64 %sq, 7
  %shifted.0 = extractvalue [8 x i64] %r, 1
  %r0 = insertvalue [8 x i64] %r, i64 %shifted.0, 0
  %shifted.1 = extractvalue [8 x i64] %r, 2
  %r1 = insertvalue [8 x i64] %r0, i64 %shifted.1, 1
  %shifted.2 = extractvalue [8 x i64] %r, 3
  %r2 = insertvalue [8 x i64] %r1, i64 %shifted.2, 2
  %shifted.3 = extractvalue [8 x i64] %r, 4
  %r3 = insertvalue [8 x i64] %r2, i64 %shifted.3, 3
  %shifted.4 = extractvalue [8 x i64] %r, 5
  %r4 = insertvalue [8 x i64] %r3, i64 %shifted.4, 4
  %shifted.5 = extractvalue [8 x i64] %r, 6
  %r5 = insertvalue [8 x i64] %r4, i64 %shifted.5, 5
  %shifted.6 = extractvalue [8 x i64] %r, 7
  %r6 = insertvalue [8 x i64] %r5, i64 %shifted.6, 6
  %r7 = insertvalue [8 x i64] %r6, i64 %sq, 7
  ret [8 x i64] %r7
}

define { double, double, double, double, double } @halves(double %x) noinline {
  %a = fmul double %x, 0.5
  %b = fmul double %a, 0.5
  %c = fmul double %b, 0.5
  %d = fmul double %c, 0.5
  %r0 = insertvalue { double, double, double, double, double } poison, double %x, 0
  %r1 = insertvalue { double, double, double, double, double } %r0, double %a, 1
  %r2 = insertvalue { double, double, double, double, double } %r1, double %b, 2
  %r3 = insertvalue { double, double, double, double, double } %r2, double %c, 3
  %r4 = insertvalue { double, double, double, double, double } %r3, double %d, 4
  ret { double, double, double, double, double } %r4
}

define { x86_fp80, x86_fp80, x86_fp80 } @thirds(x86_fp80 %x) noinline {
  %a = fdiv x86_fp80 %x, 0xK4000C000000000000000
  %b = fdiv x86_fp80 %a, 0xK4000C000000000000000
  %r0 = insertvalue { x86_fp80, x86_fp80, x86_fp80 } poison, x86_fp80 %x, 0
  %r1 = insertvalue { x86_fp80, x86_fp80, x86_fp80 } %r0, x86_fp80 %a, 1
  %r2 = insertvalue { x86_fp80, x86_fp80, x86_fp80 } %r1, x86_fp80 %b, 2
  ret { x86_fp80, x86_fp80, x86_fp80 } %r2
}

define { i32, i32, i32, i32, i32 } @five(i32 %x) noinline {
  %a = insertvalue { i32, i32, i32, i32, i32 } { i32 0, i32 1, i32 2, i32 3, i32 4 }, i32 %x, 2
  ret { i32, i32, i32, i32, i32 } %a
}

define i32 @main() {
  %p = call { i64, i64, i64, i64, i8 } @powers(i64 -3)
  %p0 = extractvalue { i64, i64, i64, i64, i8 } %p, 0
  %p1 = extractvalue { i64, i64, i64, i64, i8 } %p, 1
  %p2 = extractvalue { i64, i64, i64, i64, i8 } %p, 2
  %p3 = extractvalue { i64, i64, i64, i64, i8 } %p, 3
  %p4 = extractvalue { i64, i64, i64, i64, i8 } %p, 4
  %p4w = sext i8 %p4 to i32
  call i32 (ptr, ...) @printf(ptr @fmt.a, i64 %p0, i64 %p1, i64 %p2, i64 %p3, i32 %p4w)
  %s = call [8 x i64] @squares(i32 8)
  %s0 = extractvalue [8 x i64] %s, 0
  %s1 = extractvalue [8 x i64] %s, 1
  %s2 = extractvalue [8 x i64] %s, 2
  %s3 = extractvalue [8 x i64] %s, 3
  %s4 = extractvalue [8 x i64] %s, 4
  %s5 = extractvalue [8 x i64] %s, 5
  %s6 = extractvalue [8 x i64] %s, 6
  %s7 = extractvalue [8 x i64] %s, 7
  call i32 (ptr, ...) @printf(ptr @fmt.b, i64 %s0, i64 %s1, i64 %s2, i64 %s3, i64 %s4, i64 %s5, i64 %s6, i64 %s7)
  %h = call { double, double, double, double, double } @halves(double 3.0)
  %h0 = extractvalue { double, double, double, double, double } %h, 0
  %h1 = extractvalue { double, double, double, double, double } %h, 1
  %h2 = extractvalue { double, double, double, double, double } %h, 2
  %h3 = extractvalue { double, double, double, double, double } %h, 3
  %h4 = extractvalue { double, double, double, double, double } %h, 4
  call i32 (ptr, ...) @printf(ptr @fmt.c, double %h0, double %h1, double %h2, double %h3, double %h4)
  %t = call { x86_fp80, x86_fp80, x86_fp80 } @thirds(x86_fp80 0xK4002A000000000000000)
  %t0 = extractvalue { x86_fp80, x86_fp80, x86_fp80 } %t, 0
  %t1 = extractvalue { x86_fp80, x86_fp80, x86_fp80 } %t, 1
  %t2 = extractvalue { x86_fp80, x86_fp80, x86_fp80 } %t, 2
  call i32 (ptr, ...) @printf(ptr @fmt.d, x86_fp80 %t0, x86_fp80 %t1, x86_fp80 %t2)
  %fp = load ptr, ptr @fns
  %f = call { i32, i32, i32, i32, i32 } %fp(i32 -7)
  %f0 = extractvalue { i32, i32, i32, i32, i32 } %f, 0
  %f1 = extractvalue { i32, i32, i32, i32, i32 } %f, 1
  %f2 = extractvalue { i32, i32, i32, i32, i32 } %f, 2
  %f3 = extractvalue { i32, i32, i32, i32, i32 } %f, 3
  %f4 = extractvalue { i32, i32, i32, i32, i32 } %f, 4
  call i32 (ptr, ...) @printf(ptr @fmt.e, i32 %f0, i32 %f1, i32 %f2, i32 %f3, i32 %f4)
  ret i32 0
}
