; purpose: the interpreter's register sharing and fusions against values that must stay apart: an induction variable used after its increment, a compare fused into its branch whose operand's successor is computed between them, a load through a folded GEP whose base's successor is computed first, a zext alias of a phi used after the phi's successor, a dead phi beside a live one, a return-only block reached with different phi values, and a loop exit reading both a phi and its next value
; stdout: after-increment: i=9 next=10 acc=90
; stdout: fused compare: k=5 k2=6 trips=6
; stdout: folded gep: sum=24 p-advanced=48
; stdout: alias: z=7 w=8 total=28
; stdout: dead phi: live=64
; stdout: early return: 11 22 33 7
; stdout: exit values: a=21 b=34

@arr = global [16 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15]
@s0 = private constant [44 x i8] c"after-increment: i=%lld next=%lld acc=%lld\0A\00"
@s1 = private constant [36 x i8] c"fused compare: k=%d k2=%d trips=%d\0A\00"
@s2 = private constant [36 x i8] c"folded gep: sum=%d p-advanced=%lld\0A\00"
@s3 = private constant [29 x i8] c"alias: z=%lld w=%d total=%d\0A\00"
@s4 = private constant [19 x i8] c"dead phi: live=%d\0A\00"
@s5 = private constant [27 x i8] c"early return: %d %d %d %d\0A\00"
@s6 = private constant [26 x i8] c"exit values: a=%d b=%lld\0A\00"

declare i32 @printf(ptr, ...)

; Returns 11, 22 or 33 through a block of phis and a `ret` (several ways in), or 7 directly.
define i32 @pick(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 1, label %one
    i32 2, label %two
    i32 3, label %three
  ]
one:
  br label %done
two:
  %t = add i32 %x, 20
  br label %done
three:
  %c = icmp eq i32 %x, 3
  br i1 %c, label %done, label %other
other:
  ret i32 7
done:
  %r = phi i32 [ 11, %one ], [ %t, %two ], [ 33, %three ]
  %unused = phi i32 [ 1, %one ], [ 2, %two ], [ 3, %three ]
  ret i32 %r
}

define i32 @main() {
entry:
  br label %inc

; %i is used after %next is computed: the two must not share a register.
inc:
  %i = phi i64 [ 0, %entry ], [ %next, %inc ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %inc ]
  %next = add i64 %i, 1
  %twice = mul i64 %i, 2
  %acc.next = add i64 %acc, %twice
  %more = icmp ult i64 %next, 10
  br i1 %more, label %inc, label %inc.done
inc.done:
  call i32 (ptr, ...) @printf(ptr @s0, i64 %i, i64 %next, i64 %acc.next)
  br label %fused

; The branch reads %k (through its fused compare) after %k2 is computed.
fused:
  %k = phi i32 [ 0, %inc.done ], [ %k2, %fused ]
  %trips = phi i32 [ 0, %inc.done ], [ %trips.next, %fused ]
  %lt = icmp slt i32 %k, 5
  %k2 = add i32 %k, 1
  %trips.next = add i32 %trips, 1
  br i1 %lt, label %fused, label %fused.done
fused.done:
  call i32 (ptr, ...) @printf(ptr @s1, i32 %k, i32 %k2, i32 %trips.next)
  br label %gep

; The load goes through %field, a constant offset from %p, after %p.next is computed.
gep:
  %p = phi ptr [ @arr, %fused.done ], [ %p.next, %gep ]
  %sum = phi i32 [ 0, %fused.done ], [ %sum.next, %gep ]
  %n = phi i32 [ 0, %fused.done ], [ %n.next, %gep ]
  %field = getelementptr i8, ptr %p, i64 4
  %p.next = getelementptr i8, ptr %p, i64 8
  %v = load i32, ptr %field
  %sum.next = add i32 %sum, %v
  %n.next = add i32 %n, 1
  %again = icmp ult i32 %n.next, 6
  br i1 %again, label %gep, label %gep.done
gep.done:
  %end = ptrtoint ptr %p.next to i64
  %start = ptrtoint ptr @arr to i64
  %advanced = sub i64 %end, %start
  ; the odd elements 1 + 3 + 5 + 7 + 9 + 11 = 36, less 12
  %sum4 = sub i32 %sum.next, 12
  call i32 (ptr, ...) @printf(ptr @s2, i32 %sum4, i64 %advanced)
  br label %alias

; %z shares %w's register (zext changes no bits); it is used after %w.next is computed.
alias:
  %w = phi i32 [ 0, %gep.done ], [ %w.next, %alias.latch ]
  %total = phi i32 [ 0, %gep.done ], [ %total.next, %alias.latch ]
  %z = zext i32 %w to i64
  %w.next = add i32 %w, 1
  %z32 = trunc i64 %z to i32
  %total.next = add i32 %total, %z32
  %stop = icmp eq i32 %w.next, 8
  br i1 %stop, label %alias.done, label %alias.latch
alias.latch:
  br label %alias
alias.done:
  call i32 (ptr, ...) @printf(ptr @s3, i64 %z, i32 %w.next, i32 %total.next)
  br label %dead

; %ghost is never used; its moves must not overwrite %live.
dead:
  %live = phi i32 [ 1, %alias.done ], [ %live.next, %dead ]
  %ghost = phi i32 [ 2, %alias.done ], [ %ghost.next, %dead ]
  %live.next = shl i32 %live, 1
  %ghost.next = add i32 %live, 1000
  %big = icmp ult i32 %live.next, 64
  br i1 %big, label %dead, label %dead.done
dead.done:
  call i32 (ptr, ...) @printf(ptr @s4, i32 %live.next)
  %r1 = call i32 @pick(i32 1)
  %r2 = call i32 @pick(i32 2)
  %r3 = call i32 @pick(i32 3)
  %r4 = call i32 @pick(i32 9)
  call i32 (ptr, ...) @printf(ptr @s5, i32 %r1, i32 %r2, i32 %r3, i32 %r4)
  br label %fib

; Both the phi and its next value are used after the loop.
fib:
  %a = phi i32 [ 0, %dead.done ], [ %b32, %fib ]
  %b = phi i64 [ 1, %dead.done ], [ %c, %fib ]
  %b32 = trunc i64 %b to i32
  %a64 = sext i32 %a to i64
  %c = add i64 %a64, %b
  %small = icmp slt i64 %c, 30
  br i1 %small, label %fib, label %fib.done
fib.done:
  call i32 (ptr, ...) @printf(ptr @s6, i32 %b32, i64 %c)
  ret i32 0
}
