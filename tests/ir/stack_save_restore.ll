; purpose: llvm.stacksave/stackrestore around dynamic allocas in a loop keep the stack from growing
; stdout: total=499500000

@fmt = private constant [11 x i8] c"total=%ld\0A\00"

declare i32 @printf(ptr, ...)
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc2, %loop ]
  %sp = call ptr @llvm.stacksave.p0()
  %buf = alloca i64, i64 1000, align 16
  %slot = getelementptr i64, ptr %buf, i64 999
  %val = mul i64 %i, 1000
  store volatile i64 %val, ptr %slot
  %back = load volatile i64, ptr %slot
  %acc2 = add i64 %acc, %back
  call void @llvm.stackrestore.p0(ptr %sp)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 1000
  br i1 %done, label %end, label %loop
end:
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %acc2)
  ret i32 0
}
