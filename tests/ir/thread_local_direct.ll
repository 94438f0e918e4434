; purpose: thread-local variables used directly (no llvm.threadlocal.address), through a phi, and from two threads, each with its own copy
; stdout: main before=100 other=1 main after=107

@counter = thread_local global i32 100
@other = thread_local global i64 0
@fmt = private constant [39 x i8] c"main before=%d other=%d main after=%d\0A\00"

declare i32 @printf(ptr, ...)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)

define ptr @worker(ptr %arg) {
  %v = load i32, ptr @counter
  %w = add i32 %v, 1
  store i32 %w, ptr @counter
  %r = sub i32 %w, 100
  %p = inttoptr i32 %r to ptr
  ret ptr %p
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %before = load i32, ptr @counter
  %thread = alloca i64
  %result = alloca ptr
  call i32 @pthread_create(ptr %thread, ptr null, ptr @worker, ptr null)
  %t = load i64, ptr %thread
  call i32 @pthread_join(i64 %t, ptr %result)
  %res.p = load ptr, ptr %result
  %res = ptrtoint ptr %res.p to i32
  %one = icmp eq i32 %argc, 1
  br i1 %one, label %a, label %b
a:
  br label %join
b:
  br label %join
join:
  %target = phi ptr [ @counter, %a ], [ @other, %b ]
  %old = load i32, ptr %target
  %new = add i32 %old, 7
  store i32 %new, ptr %target
  %after = load i32, ptr @counter
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %before, i32 %res, i32 %after)
  ret i32 0
}
