; purpose: first-class aggregates: struct and array values returned, insertvalue/extractvalue chains, aggregate phis
; stdout: pair=42 2.5
; stdout: array=3 2 1
; stdout: phi=7

@f1 = private constant [12 x i8] c"pair=%d %g\0A\00"
@f2 = private constant [16 x i8] c"array=%d %d %d\0A\00"
@f3 = private constant [8 x i8] c"phi=%d\0A\00"

declare i32 @printf(ptr, ...)

define { i32, double } @make(i32 %a, double %b) noinline {
  %p = insertvalue { i32, double } poison, i32 %a, 0
  %q = insertvalue { i32, double } %p, double %b, 1
  ret { i32, double } %q
}

define [3 x i32] @reverse([3 x i32] %in) noinline {
  %a = extractvalue [3 x i32] %in, 0
  %b = extractvalue [3 x i32] %in, 1
  %c = extractvalue [3 x i32] %in, 2
  %r0 = insertvalue [3 x i32] poison, i32 %c, 0
  %r1 = insertvalue [3 x i32] %r0, i32 %b, 1
  %r2 = insertvalue [3 x i32] %r1, i32 %a, 2
  ret [3 x i32] %r2
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %pair = call { i32, double } @make(i32 42, double 2.5)
  %x = extractvalue { i32, double } %pair, 0
  %y = extractvalue { i32, double } %pair, 1
  call i32 (ptr, ...) @printf(ptr @f1, i32 %x, double %y)
  %arr = call [3 x i32] @reverse([3 x i32] [i32 1, i32 2, i32 3])
  %a0 = extractvalue [3 x i32] %arr, 0
  %a1 = extractvalue [3 x i32] %arr, 1
  %a2 = extractvalue [3 x i32] %arr, 2
  call i32 (ptr, ...) @printf(ptr @f2, i32 %a0, i32 %a1, i32 %a2)
  %one = icmp eq i32 %argc, 1
  br i1 %one, label %left, label %right
left:
  %l = insertvalue { i32, i32 } poison, i32 7, 1
  br label %join
right:
  %r = insertvalue { i32, i32 } poison, i32 9, 1
  br label %join
join:
  %agg = phi { i32, i32 } [ %l, %left ], [ %r, %right ]
  %v = extractvalue { i32, i32 } %agg, 1
  call i32 (ptr, ...) @printf(ptr @f3, i32 %v)
  ret i32 0
}
