; purpose: phis as parallel copies: swaps and rotations around loops, a self-referencing phi, a phi lagging one iteration behind another with both live after the loop, phis at an inner join, a predecessor listed twice (switch), a branch whose two edges reach one block, phis and selects of double/ptr/i1/vector/struct/array, freeze of ordinary values
; stdout: swap 7 times (last iteration's phis): a=1 b=2 self-phi=5
; stdout: rotate, 11 headers: x=20 y=30 z=10
; stdout: fib: a=7778742049 b=12586269025 sum=20365011074 i=49 prev=48 i.next=50
; stdout: conditional swap: p=202 q=102
; stdout: switch phi sum: 1034
; stdout: typed phis: d=5.0625 *p=7 b=0 v0=1 s={2,0.5} a0=1
; stdout: freeze: 7 -1 2 7 5.0625

@s0 = private constant [61 x i8] c"swap 7 times (last iteration's phis): a=%d b=%d self-phi=%d\0A\00"
@s1 = private constant [36 x i8] c"rotate, 11 headers: x=%d y=%d z=%d\0A\00"
@s2 = private constant [58 x i8] c"fib: a=%lld b=%lld sum=%lld i=%lld prev=%lld i.next=%lld\0A\00"
@s3 = private constant [29 x i8] c"conditional swap: p=%d q=%d\0A\00"
@s4 = private constant [20 x i8] c"switch phi sum: %d\0A\00"
@s5 = private constant [51 x i8] c"typed phis: d=%g *p=%d b=%d v0=%d s={%d,%g} a0=%d\0A\00"
@s6 = private constant [24 x i8] c"freeze: %d %d %d %d %g\0A\00"

declare i32 @printf(ptr, ...)

@seven = global i32 7
@fifty = global i64 50
@sel = global [6 x i32] [i32 1, i32 2, i32 3, i32 4, i32 2, i32 9]

define i32 @main() {
entry:
  %n7 = load i32, ptr @seven
  %n50 = load i64, ptr @fifty
  br label %swap

; a, b = b, a: phis read each other's values from the previous iteration
swap:
  %si = phi i32 [ 0, %entry ], [ %si.next, %swap ]
  %a = phi i32 [ 1, %entry ], [ %b, %swap ]
  %b = phi i32 [ 2, %entry ], [ %a, %swap ]
  %same = phi i32 [ 5, %entry ], [ %same, %swap ]
  %si.next = add i32 %si, 1
  %sdone = icmp eq i32 %si.next, %n7
  br i1 %sdone, label %swap.out, label %swap
swap.out:
  call i32 (ptr, ...) @printf(ptr @s0, i32 %a, i32 %b, i32 %same)
  br label %rot

; a, b, c = b, c, a
rot:
  %ri = phi i32 [ 0, %swap.out ], [ %ri.next, %rot ]
  %x = phi i32 [ 10, %swap.out ], [ %y, %rot ]
  %y = phi i32 [ 20, %swap.out ], [ %z, %rot ]
  %z = phi i32 [ 30, %swap.out ], [ %x, %rot ]
  %ri.next = add i32 %ri, 1
  %rdone = icmp eq i32 %ri.next, 11
  br i1 %rdone, label %rot.out, label %rot
rot.out:
  call i32 (ptr, ...) @printf(ptr @s1, i32 %x, i32 %y, i32 %z)
  br label %fib

; a, b = b, a + b, and a phi that lags one iteration behind another
fib:
  %fi = phi i64 [ 0, %rot.out ], [ %fi.next, %fib ]
  %fa = phi i64 [ 0, %rot.out ], [ %fb, %fib ]
  %fb = phi i64 [ 1, %rot.out ], [ %fsum, %fib ]
  %prev = phi i64 [ -1, %rot.out ], [ %fi, %fib ]
  %fsum = add i64 %fa, %fb
  %fi.next = add i64 %fi, 1
  %fdone = icmp eq i64 %fi.next, %n50
  br i1 %fdone, label %fib.out, label %fib
fib.out:
  ; both the phi and the value it lags behind are live here (the lost-copy problem)
  call i32 (ptr, ...) @printf(ptr @s2, i64 %fa, i64 %fb, i64 %fsum, i64 %fi, i64 %prev, i64 %fi.next)
  br label %cond.loop

; swaps only on odd iterations: phis at an inner join, then at the header
cond.loop:
  %ci = phi i32 [ 0, %fib.out ], [ %ci.next, %cond.join ]
  %p = phi i32 [ 100, %fib.out ], [ %p2, %cond.join ]
  %q = phi i32 [ 200, %fib.out ], [ %q2, %cond.join ]
  %odd.bit = and i32 %ci, 1
  %odd = icmp ne i32 %odd.bit, 0
  br i1 %odd, label %cond.swap, label %cond.inc
cond.swap:
  br label %cond.join
cond.inc:
  %pinc = add i32 %p, 1
  br label %cond.join
cond.join:
  %p2 = phi i32 [ %q, %cond.swap ], [ %pinc, %cond.inc ]
  %q2 = phi i32 [ %p, %cond.swap ], [ %q, %cond.inc ]
  %ci.next = add i32 %ci, 1
  %cdone = icmp eq i32 %ci.next, %n7
  br i1 %cdone, label %cond.out, label %cond.loop
cond.out:
  call i32 (ptr, ...) @printf(ptr @s3, i32 %p2, i32 %q2)
  br label %sw.loop

; a switch with two cases to one block: the phi lists that predecessor twice
sw.loop:
  %wi = phi i64 [ 0, %cond.out ], [ %wi.next, %sw.join ]
  %acc = phi i32 [ 0, %cond.out ], [ %acc2, %sw.join ]
  %wp = getelementptr [6 x i32], ptr @sel, i64 0, i64 %wi
  %wv = load i32, ptr %wp
  switch i32 %wv, label %sw.default [
    i32 1, label %sw.join
    i32 2, label %sw.join
    i32 3, label %sw.three
  ]
sw.three:
  br label %sw.join
sw.default:
  br label %sw.join
sw.join:
  %contrib = phi i32 [ 7, %sw.loop ], [ 7, %sw.loop ], [ 1000, %sw.three ], [ %wv, %sw.default ]
  %acc2 = add i32 %acc, %contrib
  %wi.next = add i64 %wi, 1
  %wdone = icmp eq i64 %wi.next, 6
  ; both edges of this branch lead to the same block
  br i1 %wdone, label %sw.out, label %sw.loop
sw.out:
  %bothc = icmp sgt i32 %acc2, 0
  br i1 %bothc, label %same.target, label %same.target
same.target:
  %st = phi i32 [ %acc2, %sw.out ], [ %acc2, %sw.out ]
  call i32 (ptr, ...) @printf(ptr @s4, i32 %st)
  br label %typed

; phis of every kind of type, and selects of aggregates and vectors
typed:
  %ti = phi i32 [ 0, %same.target ], [ %ti.next, %typed ]
  %td = phi double [ 1.0, %same.target ], [ %td2, %typed ]
  %tp = phi ptr [ @seven, %same.target ], [ %tp2, %typed ]
  %tb = phi i1 [ false, %same.target ], [ %tb2, %typed ]
  %tv = phi <2 x i32> [ <i32 1, i32 -1>, %same.target ], [ %tv2, %typed ]
  %ts = phi { i32, double } [ { i32 3, double 0.5 }, %same.target ], [ %ts2, %typed ]
  %ta = phi [2 x i8] [ [i8 1, i8 2], %same.target ], [ %ta2, %typed ]
  %td2 = fmul double %td, 1.5
  %tp2 = select i1 %tb, ptr @seven, ptr @fifty
  %tb2 = xor i1 %tb, true
  %tv2 = shufflevector <2 x i32> %tv, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  %ts.alt = insertvalue { i32, double } %ts, i32 %ti, 0
  %ts2 = select i1 %tb, { i32, double } %ts, { i32, double } %ts.alt
  %ta.swapped.0 = extractvalue [2 x i8] %ta, 1
  %ta.swapped.1 = extractvalue [2 x i8] %ta, 0
  %ta.s0 = insertvalue [2 x i8] poison, i8 %ta.swapped.0, 0
  %ta.s1 = insertvalue [2 x i8] %ta.s0, i8 %ta.swapped.1, 1
  %ta2 = select i1 %tb2, [2 x i8] %ta.s1, [2 x i8] %ta
  %ti.next = add i32 %ti, 1
  %tdone = icmp eq i32 %ti.next, 5
  br i1 %tdone, label %typed.out, label %typed
typed.out:
  %tpv = load i32, ptr %tp
  %tbw = zext i1 %tb to i32
  %tv0 = extractelement <2 x i32> %tv, i32 0
  %ts0 = extractvalue { i32, double } %ts, 0
  %ts1 = extractvalue { i32, double } %ts, 1
  %ta0 = extractvalue [2 x i8] %ta, 0
  %ta0w = zext i8 %ta0 to i32
  call i32 (ptr, ...) @printf(ptr @s5, double %td, i32 %tpv, i32 %tbw, i32 %tv0, i32 %ts0, double %ts1, i32 %ta0w)

  ; freeze of values that are not poison leaves them unchanged
  %fz1 = freeze i32 %n7
  %fz2 = freeze <2 x i32> %tv
  %fz2e = extractelement <2 x i32> %fz2, i32 1
  %fz3 = freeze { i32, double } %ts
  %fz3e = extractvalue { i32, double } %fz3, 0
  %fz4 = freeze ptr %tp
  %fz4v = load i32, ptr %fz4
  %fz5 = freeze double %td
  call i32 (ptr, ...) @printf(ptr @s6, i32 %fz1, i32 %fz2e, i32 %fz3e, i32 %fz4v, double %fz5)
  ret i32 0
}

