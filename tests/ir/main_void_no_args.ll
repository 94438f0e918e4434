; purpose: an entry of type `void ()` in a module without a target or data layout runs with the host's and exits 0
; stdout: void main ran

@msg = private constant [14 x i8] c"void main ran\00"

declare i32 @puts(ptr)

define void @main() {
  %r = call i32 @puts(ptr @msg)
  ret void
}
