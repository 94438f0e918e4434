; purpose: sext'd 32-bit indices fused into loads, stores and address GEPs (negative indices, every access width, an i32 index, one sext with another user), lshr+and bit fields (widths 8-64, an all-ones mask, a mask that is not low bits), and chains of jumps to jumps, returns and switches
; stdout: 1 -2 9 -16 | 11 22 33 44 | -20 -6 8 | be deadbee f 19 1 b0 | 60 21 7

@a64 = global [8 x i64] [i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7]
@a32 = global [8 x i32] [i32 0, i32 -1, i32 -2, i32 -3, i32 -4, i32 -5, i32 -6, i32 -7]
@a16 = global [8 x i16] [i16 0, i16 3, i16 6, i16 9, i16 12, i16 15, i16 18, i16 21]
@a8 = global [8 x i8] [i8 0, i8 -4, i8 -8, i8 -12, i8 -16, i8 -20, i8 -24, i8 -28]
@f1 = private constant [16 x i8] c"%ld %d %d %d | \00"
@f3 = private constant [15 x i8] c"%ld %ld %ld | \00"
@f4 = private constant [22 x i8] c"%x %x %lx %x %x %x | \00"
@f5 = private constant [13 x i8] c"%ld %ld %ld\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
entry:
  %slot = alloca i32
  store volatile i32 -3, ptr %slot
  %i = load volatile i32, ptr %slot
  %s = sext i32 %i to i64
  %m64 = getelementptr i64, ptr @a64, i64 4
  %m32 = getelementptr i32, ptr @a32, i64 5
  %m16 = getelementptr i16, ptr @a16, i64 6
  %m8 = getelementptr i8, ptr @a8, i64 7
  %p64 = getelementptr i64, ptr %m64, i64 %s
  %v64 = load i64, ptr %p64
  %p32 = getelementptr i32, ptr %m32, i64 %s
  %v32 = load i32, ptr %p32
  %p16 = getelementptr i16, ptr %m16, i64 %s
  %v16 = load i16, ptr %p16
  %w16 = sext i16 %v16 to i32
  %p8 = getelementptr i8, ptr %m8, i64 %s
  %v8 = load i8, ptr %p8
  %w8 = sext i8 %v8 to i32
  call i32 (ptr, ...) @printf(ptr @f1, i64 %v64, i32 %v32, i32 %w16, i32 %w8)
  store i64 11, ptr %p64
  store i32 22, ptr %p32
  store i16 33, ptr %p16
  store i8 44, ptr %p8
  %r64 = load i64, ptr getelementptr (i64, ptr @a64, i64 1)
  %r32 = load i32, ptr getelementptr (i32, ptr @a32, i64 2)
  %r16 = load i16, ptr getelementptr (i16, ptr @a16, i64 3)
  %r8 = load i8, ptr getelementptr (i8, ptr @a8, i64 4)
  %e16 = zext i16 %r16 to i32
  %e8 = zext i8 %r8 to i32
  call i32 (ptr, ...) @printf(ptr @f1, i64 %r64, i32 %r32, i32 %e16, i32 %e8)
  %g = getelementptr [2 x i32], ptr %m64, i64 %s, i64 1
  %gi = ptrtoint ptr %g to i64
  %bi = ptrtoint ptr %m64 to i64
  %diff = sub i64 %gi, %bi
  %h = getelementptr i16, ptr %m16, i32 %i
  %hi = ptrtoint ptr %h to i64
  %b16 = ptrtoint ptr %m16 to i64
  %diff16 = sub i64 %hi, %b16
  %s2 = sext i32 %i to i64
  %k = getelementptr i64, ptr %m64, i64 %s2
  %kv = load i64, ptr %k
  %plus = add i64 %s2, %kv
  call i32 (ptr, ...) @printf(ptr @f3, i64 %diff, i64 %diff16, i64 %plus)
  %xs = alloca i32
  store volatile i32 3735928559, ptr %xs
  %x = load volatile i32, ptr %xs
  %x8 = lshr i32 %x, 8
  %f8 = and i32 %x8, 255
  %x4 = lshr i32 %x, 4
  %f4 = and i32 -1, %x4
  %ys = alloca i64
  store volatile i64 -1, ptr %ys
  %y = load volatile i64, ptr %ys
  %y59 = lshr i64 %y, 59
  %f59 = and i64 %y59, 15
  %zs = alloca i8
  store volatile i8 200, ptr %zs
  %z = load volatile i8, ptr %zs
  %z3 = lshr i8 %z, 3
  %fz = and i8 %z3, 31
  %fz32 = zext i8 %fz to i32
  %x31 = lshr i32 %x, 31
  %f31 = and i32 %x31, 1
  %xn = lshr i32 %x, 8
  %fn = and i32 %xn, 240
  call i32 (ptr, ...) @printf(ptr @f4, i32 %f8, i32 %f4, i64 %f59, i32 %fz32, i32 %f31, i32 %fn)
  %t1 = call i64 @walk(i64 20)
  %t2 = call i64 @pick(i32 1)
  %t3 = call i64 @pick(i32 7)
  call i32 (ptr, ...) @printf(ptr @f5, i64 %t1, i64 %t2, i64 %t3)
  ret i32 0
}

define i64 @walk(i64 %n) {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i1, %hop3 ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %hop3 ]
  %done = icmp sge i64 %i, %n
  br i1 %done, label %out1, label %body
body:
  %odd = and i64 %i, 1
  %isodd = icmp ne i64 %odd, 0
  br i1 %isodd, label %hop1, label %even
even:
  %acc.e = add i64 %acc, 6
  br label %hop2
hop1:
  br label %hop2
hop2:
  %acc1 = phi i64 [ %acc, %hop1 ], [ %acc.e, %even ]
  br label %hop3
hop3:
  %i1 = add i64 %i, 1
  br label %head
out1:
  br label %out2
out2:
  br label %out3
out3:
  ret i64 %acc
}

define i64 @pick(i32 %k) {
entry:
  %c = icmp eq i32 %k, 1
  br i1 %c, label %a, label %b
a:
  br label %sw
b:
  br label %sw0
sw0:
  br label %sw
sw:
  switch i32 %k, label %other [ i32 1, label %one
                                 i32 2, label %two ]
one:
  br label %ret1
ret1:
  ret i64 21
two:
  ret i64 22
other:
  br label %ret2
ret2:
  ret i64 7
}
