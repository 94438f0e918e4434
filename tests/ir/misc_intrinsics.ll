; purpose: objectsize, is.constant, expect, assume (with bundles), lifetime markers, nested stacksave/stackrestore around varying dynamic allocas, threadlocal.address from two threads, ptrmask, no-op intrinsics, load.relative, stepvector/active.lane.mask, get/set.rounding with constrained strictfp operations, and unreachable after exit()
; stdout: objectsize is exact or unknown: local [24 x i8] 1, global+8 of 40 1, min form 1
; stdout: is.constant literal=1 loaded=0 double=1; expect 7 1 7
; stdout: lifetime 11 22; nested stacksave loop sum=450104995
; stdout: threadlocal.address: other thread 101, this thread 501
; stdout: ptrmask(blob+13, -8)=blob+8, mask -1: blob+13; launder/strip keep the pointer: 1 1
; stdout: load.relative: alpha gamma
; stdout: stepvector[3]=3 active.lane.mask(5,7)=0x3
; stdout: rounding modes 1 0 2 3 1; nearbyint(2.5) nearest=2 zero=2 up=3 down=2; 5+1/3 zero=0x1.5555555555555p+2 up=0x1.5555555555556p+2; sqrt(5)=0x1.1e3779b97f4a8p+1 fptosi(2.5)=2
; stdout: exiting with 3
; exit: 3

@s0 = private constant [128 x i8] c"rounding modes %d %d %d %d %d; nearbyint(2.5) nearest=%g zero=%g up=%g down=%g; 5+1/3 zero=%a up=%a; sqrt(5)=%a fptosi(2.5)=%d\0A\00"
@s1 = private constant [84 x i8] c"objectsize is exact or unknown: local [24 x i8] %d, global+8 of 40 %d, min form %d\0A\00"
@s2 = private constant [63 x i8] c"is.constant literal=%d loaded=%d double=%d; expect %lld %d %d\0A\00"
@s3 = private constant [52 x i8] c"lifetime %lld %lld; nested stacksave loop sum=%lld\0A\00"
@s4 = private constant [54 x i8] c"threadlocal.address: other thread %d, this thread %d\0A\00"
@s5 = private constant [91 x i8] c"ptrmask(blob+13, -8)=blob+%lld, mask -1: blob+%lld; launder/strip keep the pointer: %d %d\0A\00"
@s6 = private constant [22 x i8] c"load.relative: %s %s\0A\00"
@s7 = private constant [45 x i8] c"stepvector[3]=%d active.lane.mask(5,7)=0x%x\0A\00"
@s8 = private constant [16 x i8] c"exiting with 3\0A\00"

@counter = thread_local global i32 100
@blob = global [40 x i8] zeroinitializer, align 16
@vsink = global i32 0
@reltable = private constant [3 x i32] [
  i32 trunc (i64 sub (i64 ptrtoint (ptr @word.a to i64), i64 ptrtoint (ptr @reltable to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @word.b to i64), i64 ptrtoint (ptr @reltable to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @word.c to i64), i64 ptrtoint (ptr @reltable to i64)) to i32)
]
@word.a = private constant [6 x i8] c"alpha\00"
@word.b = private constant [5 x i8] c"beta\00"
@word.c = private constant [6 x i8] c"gamma\00"

declare i32 @printf(ptr, ...)
declare void @exit(i32) noreturn
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
declare i1 @llvm.is.constant.i32(i32)
declare i1 @llvm.is.constant.f64(double)
declare i64 @llvm.expect.i64(i64, i64)
declare i1 @llvm.expect.i1(i1, i1)
declare i32 @llvm.expect.with.probability.i32(i32, i32, double)
declare void @llvm.assume(i1)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
declare ptr @llvm.threadlocal.address.p0(ptr)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
declare void @llvm.donothing()
declare void @llvm.sideeffect()
declare void @llvm.prefetch.p0(ptr, i32, i32, i32)
declare ptr @llvm.invariant.start.p0(i64, ptr)
declare void @llvm.invariant.end.p0(ptr, i64, ptr)
declare ptr @llvm.launder.invariant.group.p0(ptr)
declare ptr @llvm.strip.invariant.group.p0(ptr)
declare ptr @llvm.load.relative.i32(ptr, i32)
declare <4 x i32> @llvm.stepvector.v4i32()
declare <4 x i1> @llvm.get.active.lane.mask.v4i1.i64(i64, i64)
declare i32 @llvm.get.rounding()
declare void @llvm.set.rounding(i32)
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
declare double @llvm.experimental.constrained.nearbyint.f64(double, metadata, metadata)
declare double @llvm.experimental.constrained.sqrt.f64(double, metadata, metadata)
declare i32 @llvm.experimental.constrained.fptosi.i32.f64(double, metadata)

define i32 @opaque(i32 %x) noinline {
  store volatile i32 %x, ptr @vsink
  %r = load volatile i32, ptr @vsink
  ret i32 %r
}

define ptr @bump(ptr %arg) {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @counter)
  %v = load i32, ptr %p
  %w = add i32 %v, 1
  store i32 %w, ptr %p
  %q = call ptr @llvm.threadlocal.address.p0(ptr @counter)
  %back = load i32, ptr %q
  %r = inttoptr i32 %back to ptr
  ret ptr %r
}

; nested stack save/restore around allocas whose sizes change every iteration; without the
; restores the loop would need about 500 MB of stack
define i64 @nested_dynamic(i32 %iterations) noinline {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i.next, %outer.end ]
  %acc = phi i64 [ 0, %entry ], [ %acc3, %outer.end ]
  %sp1 = call ptr @llvm.stacksave.p0()
  %n1.r = urem i32 %i, 7
  %n1 = add i32 %n1.r, 1
  %n1.w = zext i32 %n1 to i64
  %words1 = mul i64 %n1.w, 512
  %buf1 = alloca i64, i64 %words1, align 16
  %last1 = sub i64 %words1, 1
  %slot1 = getelementptr i64, ptr %buf1, i64 %last1
  %iw = zext i32 %i to i64
  store volatile i64 %iw, ptr %slot1
  %sp2 = call ptr @llvm.stacksave.p0()
  %buf2 = alloca i32, i32 %n1, align 4
  %slot2 = getelementptr i32, ptr %buf2, i32 %n1.r
  store volatile i32 %n1, ptr %slot2
  %v2 = load volatile i32, ptr %slot2
  call void @llvm.stackrestore.p0(ptr %sp2)
  %v1 = load volatile i64, ptr %slot1
  call void @llvm.stackrestore.p0(ptr %sp1)
  %v2w = zext i32 %v2 to i64
  %acc2 = add i64 %acc, %v1
  %acc3 = add i64 %acc2, %v2w
  br label %outer.end
outer.end:
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %iterations
  br i1 %done, label %exit, label %outer
exit:
  ret i64 %acc3
}

; strictfp: the rounding mode set at run time is honoured by constrained operations
define void @rounding() strictfp noinline {
  %two = call i32 @opaque(i32 5) strictfp
  %x0 = sitofp i32 %two to double
  %x = call double @llvm.experimental.constrained.fadd.f64(double %x0, double -2.5, metadata !"round.tonearest", metadata !"fpexcept.ignore") strictfp
  %mode0 = call i32 @llvm.get.rounding() strictfp
  %near = call double @llvm.experimental.constrained.nearbyint.f64(double %x, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  call void @llvm.set.rounding(i32 0) strictfp
  %mode1 = call i32 @llvm.get.rounding() strictfp
  %tz = call double @llvm.experimental.constrained.nearbyint.f64(double %x, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  %third = call double @llvm.experimental.constrained.fadd.f64(double %x0, double 0x3FD5555555555555, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  call void @llvm.set.rounding(i32 2) strictfp
  %mode2 = call i32 @llvm.get.rounding() strictfp
  %up = call double @llvm.experimental.constrained.nearbyint.f64(double %x, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  %third.up = call double @llvm.experimental.constrained.fadd.f64(double %x0, double 0x3FD5555555555555, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  call void @llvm.set.rounding(i32 3) strictfp
  %mode3 = call i32 @llvm.get.rounding() strictfp
  %down = call double @llvm.experimental.constrained.nearbyint.f64(double %x, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  call void @llvm.set.rounding(i32 1) strictfp
  %mode4 = call i32 @llvm.get.rounding() strictfp
  %sq = call double @llvm.experimental.constrained.sqrt.f64(double %x0, metadata !"round.dynamic", metadata !"fpexcept.ignore") strictfp
  %fi = call i32 @llvm.experimental.constrained.fptosi.i32.f64(double %x, metadata !"fpexcept.ignore") strictfp
  call i32 (ptr, ...) @printf(ptr @s0, i32 %mode0, i32 %mode1, i32 %mode2, i32 %mode3, i32 %mode4, double %near, double %tz, double %up, double %down, double %third, double %third.up, double %sq, i32 %fi) strictfp
  ret void
}

define i32 @main() {
entry:
  ; objectsize: the bytes left in the object, or "unknown" (-1, or 0 for the min form) when the
  ; compiler cannot see the object (a lazily compiled unit only declares the globals it uses);
  ; any other answer is wrong
  %local = alloca [24 x i8], align 8
  %os.local = call i64 @llvm.objectsize.i64.p0(ptr %local, i1 false, i1 false, i1 false)
  %blob8 = getelementptr inbounds i8, ptr @blob, i64 8
  %os.global = call i64 @llvm.objectsize.i64.p0(ptr %blob8, i1 false, i1 false, i1 false)
  %os.min = call i64 @llvm.objectsize.i64.p0(ptr %blob8, i1 true, i1 false, i1 false)
  %os.l.exact = icmp eq i64 %os.local, 24
  %os.l.unknown = icmp eq i64 %os.local, -1
  %os.l.ok = or i1 %os.l.exact, %os.l.unknown
  %os.l.w = zext i1 %os.l.ok to i32
  %os.g.exact = icmp eq i64 %os.global, 32
  %os.g.unknown = icmp eq i64 %os.global, -1
  %os.g.ok = or i1 %os.g.exact, %os.g.unknown
  %os.g.w = zext i1 %os.g.ok to i32
  %os.m.exact = icmp eq i64 %os.min, 32
  %os.m.unknown = icmp eq i64 %os.min, 0
  %os.m.ok = or i1 %os.m.exact, %os.m.unknown
  %os.m.w = zext i1 %os.m.ok to i32
  call i32 (ptr, ...) @printf(ptr @s1, i32 %os.l.w, i32 %os.g.w, i32 %os.m.w)

  ; is.constant: true for a literal, false for a value read through a volatile load
  %k = call i32 @opaque(i32 7)
  %c1 = call i1 @llvm.is.constant.i32(i32 42)
  %c2 = call i1 @llvm.is.constant.i32(i32 %k)
  %c3 = call i1 @llvm.is.constant.f64(double 2.5)
  %c1w = zext i1 %c1 to i32
  %c2w = zext i1 %c2 to i32
  %c3w = zext i1 %c3 to i32
  ; expect and assume change nothing
  %kw = sext i32 %k to i64
  %e1 = call i64 @llvm.expect.i64(i64 %kw, i64 0)
  %cmp = icmp sgt i32 %k, 5
  %e2 = call i1 @llvm.expect.i1(i1 %cmp, i1 false)
  %e2w = zext i1 %e2 to i32
  %e3 = call i32 @llvm.expect.with.probability.i32(i32 %k, i32 7, double 0.9)
  call void @llvm.assume(i1 %cmp)
  call void @llvm.assume(i1 true) [ "align"(ptr @blob, i64 8), "nonnull"(ptr %local) ]
  call i32 (ptr, ...) @printf(ptr @s2, i32 %c1w, i32 %c2w, i32 %c3w, i64 %e1, i32 %e2w, i32 %e3)

  ; lifetime markers around a reused slot
  %slot = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %slot)
  store i64 11, ptr %slot
  %l1 = load i64, ptr %slot
  call void @llvm.lifetime.end.p0(ptr %slot)
  call void @llvm.lifetime.start.p0(ptr %slot)
  store i64 22, ptr %slot
  %l2 = load i64, ptr %slot
  call void @llvm.lifetime.end.p0(ptr %slot)
  %dyn = call i64 @nested_dynamic(i32 30000)
  call i32 (ptr, ...) @printf(ptr @s3, i64 %l1, i64 %l2, i64 %dyn)

  ; llvm.threadlocal.address, here and in a second thread
  %tl = call ptr @llvm.threadlocal.address.p0(ptr @counter)
  store i32 500, ptr %tl
  %thread = alloca i64
  %result = alloca ptr
  call i32 @pthread_create(ptr %thread, ptr null, ptr @bump, ptr null)
  %t = load i64, ptr %thread
  call i32 @pthread_join(i64 %t, ptr %result)
  %res.p = load ptr, ptr %result
  %res = ptrtoint ptr %res.p to i32
  %mine.p = call ptr @bump(ptr null)
  %mine = ptrtoint ptr %mine.p to i32
  call i32 (ptr, ...) @printf(ptr @s4, i32 %res, i32 %mine)

  ; ptrmask clears low address bits; only differences of addresses are printed
  %p5 = getelementptr i8, ptr @blob, i64 13
  %masked = call ptr @llvm.ptrmask.p0.i64(ptr %p5, i64 -8)
  %mi = ptrtoint ptr %masked to i64
  %bi = ptrtoint ptr @blob to i64
  %md = sub i64 %mi, %bi
  %keep = call ptr @llvm.ptrmask.p0.i64(ptr %p5, i64 -1)
  %ki = ptrtoint ptr %keep to i64
  %kd = sub i64 %ki, %bi
  ; intrinsics that do nothing observable, and pointer identities
  call void @llvm.donothing()
  call void @llvm.sideeffect()
  call void @llvm.prefetch.p0(ptr @blob, i32 0, i32 3, i32 1)
  %inv = call ptr @llvm.invariant.start.p0(i64 8, ptr @blob)
  call void @llvm.invariant.end.p0(ptr %inv, i64 8, ptr @blob)
  %laundered = call ptr @llvm.launder.invariant.group.p0(ptr %p5)
  %stripped = call ptr @llvm.strip.invariant.group.p0(ptr %p5)
  %same1 = icmp eq ptr %laundered, %p5
  %same2 = icmp eq ptr %stripped, %p5
  %same1w = zext i1 %same1 to i32
  %same2w = zext i1 %same2 to i32
  call i32 (ptr, ...) @printf(ptr @s5, i64 %md, i64 %kd, i32 %same1w, i32 %same2w)

  ; load.relative: a table of 32-bit offsets from the table itself
  %r0 = call ptr @llvm.load.relative.i32(ptr @reltable, i32 0)
  %r2 = call ptr @llvm.load.relative.i32(ptr @reltable, i32 8)
  call i32 (ptr, ...) @printf(ptr @s6, ptr %r0, ptr %r2)

  ; fixed-length vector helpers
  %step = call <4 x i32> @llvm.stepvector.v4i32()
  %s3 = extractelement <4 x i32> %step, i32 3
  %kl = sext i32 %k to i64
  %lane = call <4 x i1> @llvm.get.active.lane.mask.v4i1.i64(i64 5, i64 %kl)
  %laneb = bitcast <4 x i1> %lane to i4
  %lanew = zext i4 %laneb to i32
  call i32 (ptr, ...) @printf(ptr @s7, i32 %s3, i32 %lanew)

  call void @rounding()

  ; exit is noreturn: what follows the call is unreachable, and stdio is flushed by exit
  call i32 (ptr, ...) @printf(ptr @s8)
  call void @exit(i32 3)
  unreachable
}

