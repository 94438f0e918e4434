; purpose: indirectbr whose destinations start with phis (edge moves per indirect branch), block addresses as select and phi operands rather than in a table, a destination listed twice, and block addresses compared for equality
; stdout: acc=3339 steps=40 same=1 differ=1

@fmt = private constant [35 x i8] c"acc=%d steps=%d same=%d differ=%d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %even ], [ %i.next, %odd ]
  %acc = phi i32 [ 1, %entry ], [ %acc.even, %even ], [ %acc.odd.m, %odd ]
  %i.next = add i32 %i, 1
  %bit = and i32 %i, 1
  %is.even = icmp eq i32 %bit, 0
  %target = select i1 %is.even, ptr blockaddress(@main, %even.in), ptr blockaddress(@main, %odd.in)
  %done = icmp eq i32 %i, 40
  br i1 %done, label %exit, label %go
go:
  indirectbr ptr %target, [label %even.in, label %odd.in, label %even.in]
even.in:
  %e.from = phi i32 [ %acc, %go ], [ %acc, %go ], [ %acc.late, %late ]
  br label %even
even:
  %acc.even = add i32 %e.from, %i
  br label %head
odd.in:
  %o.from = phi i32 [ %acc, %go ], [ %acc.late, %late ]
  %late.target = phi ptr [ blockaddress(@main, %even.in), %go ], [ blockaddress(@main, %odd.in), %late ]
  br label %odd
odd:
  %acc.odd = mul i32 %o.from, 3
  %acc.odd.m = urem i32 %acc.odd, 10007
  br label %head
late:
  %acc.late = add i32 %acc, 1000
  indirectbr ptr %late.target, [label %even.in, label %odd.in]
exit:
  %a = select i1 true, ptr blockaddress(@main, %even.in), ptr null
  %same = icmp eq ptr %a, blockaddress(@main, %even.in)
  %differ = icmp ne ptr %a, blockaddress(@main, %odd.in)
  %same.i = zext i1 %same to i32
  %differ.i = zext i1 %differ to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %acc, i32 %i, i32 %same.i, i32 %differ.i)
  ret i32 0
}
