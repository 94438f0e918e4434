; purpose: switch on an i128 whose case values use the high 64 bits, including the default edge
; stdout: 1 2 3 0

@fmt = private constant [13 x i8] c"%d %d %d %d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @classify(i128 %x) noinline {
entry:
  switch i128 %x, label %other [
    i128 1, label %one
    i128 18446744073709551616, label %two
    i128 -170141183460469231731687303715884105728, label %three
  ]
one:
  ret i32 1
two:
  ret i32 2
three:
  ret i32 3
other:
  ret i32 0
}

define i32 @main() {
  %a = call i32 @classify(i128 1)
  %b = call i32 @classify(i128 18446744073709551616)
  %c = call i32 @classify(i128 -170141183460469231731687303715884105728)
  %d = call i32 @classify(i128 18446744073709551617)
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %a, i32 %b, i32 %c, i32 %d)
  ret i32 0
}
