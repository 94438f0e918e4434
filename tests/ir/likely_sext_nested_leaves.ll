; purpose: a __builtin_expect condition (icmp, zext, sext, llvm.expect, icmp ne 0) both ways; sext of a zext from i8 (sign bit clear) against a sext from i8; small callees calling small leaves (translated in place with --tiers interp, the leaf called twice and from two sites), one calling itself and one calling printf (not in place)
; stdout: 7
; stdout: 200 100 200 -56 4424848 100 9 7

@fmt = private constant [29 x i8] c"%ld %ld %ld %ld %d %d %d %d\0A\00"
@fmt2 = private constant [4 x i8] c"%d\0A\00"

declare i32 @printf(ptr, ...)
declare i64 @llvm.expect.i64(i64, i64)

define i64 @likely_ne(i32 %a, i32 %b) {
entry:
  %c = icmp ne i32 %a, %b
  %z = zext i1 %c to i32
  %s = sext i32 %z to i64
  %e = call i64 @llvm.expect.i64(i64 %s, i64 0)
  %t = icmp ne i64 %e, 0
  br i1 %t, label %yes, label %no
yes:
  ret i64 100
no:
  ret i64 200
}

define i32 @leaf(i32 %x) {
  %m = mul i32 %x, 3
  %r = add i32 %m, 1
  ret i32 %r
}

define i32 @mid(i32 %x) {
  %a = call i32 @leaf(i32 %x)
  %y = add i32 %x, 1
  %b = call i32 @leaf(i32 %y)
  %r = sub i32 %b, %a
  %r2 = mul i32 %r, %a
  ret i32 %r2
}

define i32 @mid2(i32 %x) {
  %a = call i32 @leaf(i32 %x)
  %r = xor i32 %a, 5
  ret i32 %r
}

define i32 @self(i32 %x) {
entry:
  %c = icmp sle i32 %x, 0
  br i1 %c, label %done, label %more
more:
  %y = sub i32 %x, 1
  %r = call i32 @self(i32 %y)
  %r1 = add i32 %r, 2
  ret i32 %r1
done:
  ret i32 0
}

define i32 @noisy(i32 %x) {
  %p = call i32 (ptr, ...) @printf(ptr @fmt2, i32 %x)
  %r = add i32 %p, %x
  ret i32 %r
}

define i32 @main() {
entry:
  %slot = alloca i32
  store volatile i32 7, ptr %slot
  %v = load volatile i32, ptr %slot
  %l1 = call i64 @likely_ne(i32 %v, i32 7)
  %l2 = call i64 @likely_ne(i32 %v, i32 8)
  %bs = alloca i8
  store volatile i8 200, ptr %bs
  %byte = load volatile i8, ptr %bs
  %zb = zext i8 %byte to i32
  %sz = sext i32 %zb to i64
  %sb = sext i8 %byte to i64
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc2, %loop ]
  %m = call i32 @mid(i32 %i)
  %m2 = call i32 @mid2(i32 %i)
  %acc1 = add i32 %acc, %m
  %acc2 = xor i32 %acc1, %m2
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, 1000
  br i1 %more, label %loop, label %out
out:
  %s = call i32 @self(i32 50)
  %n = call i32 @noisy(i32 %v)
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %l1, i64 %l2, i64 %sz, i64 %sb, i32 %acc2, i32 %s, i32 %n, i32 %v)
  ret i32 0
}
