; purpose: main(i32, ptr) receives the arguments after FILE; argv[argc] is null
; args: alpha beta
; stdout: alpha
; stdout: beta
; exit: 3

declare i32 @puts(ptr)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 1, %entry ], [ %next, %loop ]
  %slot = getelementptr ptr, ptr %argv, i32 %i
  %arg = load ptr, ptr %slot
  call i32 @puts(ptr %arg)
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %argc
  br i1 %more, label %loop, label %end
end:
  %last.slot = getelementptr ptr, ptr %argv, i32 %argc
  %last = load ptr, ptr %last.slot
  %isnull = icmp eq ptr %last, null
  %status = select i1 %isnull, i32 %argc, i32 99
  ret i32 %status
}
