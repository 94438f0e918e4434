; purpose: blockaddress constants stored in a table and indirectbr dispatch (what computed goto becomes)
; stdout: sum=55

@table = private constant [3 x ptr] [ptr blockaddress(@main, %add), ptr blockaddress(@main, %mul), ptr blockaddress(@main, %done)]
@program = private constant [5 x i32] [i32 0, i32 1, i32 0, i32 0, i32 2]
@fmt = private constant [8 x i8] c"sum=%d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
entry:
  br label %dispatch
dispatch:
  %pc = phi i32 [ 0, %entry ], [ %next, %add ], [ %next, %mul ]
  %acc = phi i32 [ 10, %entry ], [ %sum, %add ], [ %product, %mul ]
  %opp = getelementptr [5 x i32], ptr @program, i32 0, i32 %pc
  %op = load i32, ptr %opp
  %next = add i32 %pc, 1
  %target.p = getelementptr [3 x ptr], ptr @table, i32 0, i32 %op
  %target = load ptr, ptr %target.p
  indirectbr ptr %target, [label %add, label %mul, label %done]
add:
  %sum = add i32 %acc, 5
  br label %dispatch
mul:
  %product = mul i32 %acc, 3
  br label %dispatch
done:
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %acc)
  ret i32 0
}
