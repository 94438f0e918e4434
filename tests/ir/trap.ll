; purpose: llvm.trap kills the process with SIGILL, as a native build does, after flushed output
; stdout: before trap
; signal: 4

@msg = private constant [12 x i8] c"before trap\00"

declare i32 @puts(ptr)
declare i32 @fflush(ptr)
declare void @llvm.trap()

define i32 @main() {
  call i32 @puts(ptr @msg)
  call i32 @fflush(ptr null)
  call void @llvm.trap()
  unreachable
}
