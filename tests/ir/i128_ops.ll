; purpose: i128 mul/udiv/sdiv/urem/srem with large and negative operands, shifts by 1..127, every icmp predicate, and conversions to and from double and float (rounding ties, overflow to inf), printed in decimal through i128 division
; stdout: a*b=-4537098225612512841997066109049411120
; stdout: c*c=17747108403195211620953844875313
; stdout: max*max=1
; stdout: d*e=-143262572766262844801573706914868494341
; stdout: min*ones=-170141183460469231731687303715884105728
; stdout: a udiv d=15123660752041709
; stdout: ones udiv 7=48611766702991209066196372490252601636
; stdout: min udiv c=134217727
; stdout: e udiv d=3402823669209384634
; stdout: a sdiv b=-504122025068056982444118456561045680
; stdout: e sdiv b=6148914691236517207
; stdout: min sdiv d=-1701411834604692317
; stdout: c sdiv e=-68719476735
; stdout: min sdiv b=56713727820156410577229101238628035242
; stdout: a urem d=47317231708931095331
; stdout: ones urem c=1267650600228229401494824157190
; stdout: e urem 7=4
; stdout: a srem b=0
; stdout: e srem 7=0
; stdout: min srem d=-29985891881279413411
; stdout: c srem e=18446743730112167948
; stdout: 1 shl 64=18446744073709551616
; stdout: 1 shl 127=-170141183460469231731687303715884105728
; stdout: a shl 100=134600580783315257119520046601664987136
; stdout: a shl 65=-3024732150408341894828681797799247872
; stdout: ones shl 63=-9223372036854775808
; stdout: ones lshr 64=18446744073709551615
; stdout: ones lshr 127=1
; stdout: min lshr 100=134217728
; stdout: a lshr 68=5124095576030430
; stdout: a lshr 63=163971058432973791
; stdout: min ashr 64=-9223372036854775808
; stdout: min ashr 127=-1
; stdout: e ashr 65=-1
; stdout: a ashr 127=0
; stdout: e ashr 1=-9223372036854775811
; stdout: icmp a,b: eq=0 ne=1 ugt=0 uge=0 ult=1 ule=1 sgt=1 sge=1 slt=0 sle=0
; stdout: icmp min,max: eq=0 ne=1 ugt=1 uge=1 ult=0 ule=0 sgt=0 sge=0 slt=1 sle=1
; stdout: icmp b,ones: eq=0 ne=1 ugt=0 uge=0 ult=1 ule=1 sgt=0 sge=0 slt=1 sle=1
; stdout: icmp d,d: eq=1 ne=0 ugt=0 uge=1 ult=0 ule=1 sgt=0 sge=1 slt=0 sle=1
; stdout: icmp e,d: eq=0 ne=1 ugt=1 uge=1 ult=0 ule=0 sgt=0 sge=0 slt=1 sle=1
; stdout: sitofp b -> -0x1.8p+1
; stdout: sitofp min -> -0x1p+127
; stdout: sitofp a -> 0x1.23456789abcdfp+120
; stdout: sitofp e -> -0x1p+64
; stdout: uitofp ones -> 0x1p+128
; stdout: uitofp min -> 0x1p+127
; stdout: uitofp 2^70+2^17 (tie, even down) -> 0x1p+70
; stdout: uitofp 2^70+2^17+1 (above tie) -> 0x1.0000000000001p+70
; stdout: uitofp 2^70+3*2^17 (tie, even up) -> 0x1.0000000000002p+70
; stdout: sitofp -c -> float -0x1p+100
; stdout: uitofp ones -> float inf
; stdout: uitofp c -> float 0x1p+100
; stdout: sitofp max -> float 0x1p+127
; stdout: fptosi -1.5e30=-1499999999999999889089448902656
; stdout: fptosi 1e38=99999999999999997748809823456034029568
; stdout: fptosi -2^127=-170141183460469231731687303715884105728
; stdout: fptosi -123.9=-123
; stdout: fptoui 3e38=300000000000000012135895401846682943488
; stdout: fptoui 0x1.fffffffffffffp+127=340282366920938425684442744474606501888
; stdout: fptoui 2^64+2^12=18446744073709555712
; stdout: fptosi float -0x1.8p+100=-1901475900342344102245054808064
; stdout: fptoui float 0x1.fffffep+127=340282346638528859811704183484516925440

; operands, in order: a = 0x0123456789abcdeffedcba9876543210, b = -3, c = 2^100+7, min, max, ones = -1,
; d = 10^20+1, e = -(2^64+5), t0 = 2^70+2^17, t1 = 2^70+2^17+1, t2 = 2^70+3*2^17, one, seven
@vals = global [13 x i128] [i128 1512366075204170947332355369683137040, i128 -3, i128 1267650600228229401496703205383, i128 -170141183460469231731687303715884105728, i128 170141183460469231731687303715884105727, i128 -1, i128 100000000000000000001, i128 -18446744073709551621, i128 1180591620717411434496, i128 1180591620717411434497, i128 1180591620717411696640, i128 1, i128 7], align 16
@shiftamts = global [7 x i32] [i32 1, i32 63, i32 64, i32 65, i32 68, i32 100, i32 127]
@l0 = private constant [4 x i8] c"a*b\00"
@l1 = private constant [4 x i8] c"c*c\00"
@l2 = private constant [8 x i8] c"max*max\00"
@l3 = private constant [4 x i8] c"d*e\00"
@l4 = private constant [9 x i8] c"min*ones\00"
@l5 = private constant [9 x i8] c"a udiv d\00"
@l6 = private constant [12 x i8] c"ones udiv 7\00"
@l7 = private constant [11 x i8] c"min udiv c\00"
@l8 = private constant [9 x i8] c"e udiv d\00"
@l9 = private constant [9 x i8] c"a sdiv b\00"
@l10 = private constant [9 x i8] c"e sdiv b\00"
@l11 = private constant [11 x i8] c"min sdiv d\00"
@l12 = private constant [9 x i8] c"c sdiv e\00"
@l13 = private constant [11 x i8] c"min sdiv b\00"
@l14 = private constant [9 x i8] c"a urem d\00"
@l15 = private constant [12 x i8] c"ones urem c\00"
@l16 = private constant [9 x i8] c"e urem 7\00"
@l17 = private constant [9 x i8] c"a srem b\00"
@l18 = private constant [9 x i8] c"e srem 7\00"
@l19 = private constant [11 x i8] c"min srem d\00"
@l20 = private constant [9 x i8] c"c srem e\00"
@l21 = private constant [9 x i8] c"1 shl 64\00"
@l22 = private constant [10 x i8] c"1 shl 127\00"
@l23 = private constant [10 x i8] c"a shl 100\00"
@l24 = private constant [9 x i8] c"a shl 65\00"
@l25 = private constant [12 x i8] c"ones shl 63\00"
@l26 = private constant [13 x i8] c"ones lshr 64\00"
@l27 = private constant [14 x i8] c"ones lshr 127\00"
@l28 = private constant [13 x i8] c"min lshr 100\00"
@l29 = private constant [10 x i8] c"a lshr 68\00"
@l30 = private constant [10 x i8] c"a lshr 63\00"
@l31 = private constant [12 x i8] c"min ashr 64\00"
@l32 = private constant [13 x i8] c"min ashr 127\00"
@l33 = private constant [10 x i8] c"e ashr 65\00"
@l34 = private constant [11 x i8] c"a ashr 127\00"
@l35 = private constant [9 x i8] c"e ashr 1\00"
@fneg = private constant [5 x i8] c"%s=-\00"
@fpos = private constant [4 x i8] c"%s=\00"
@f1 = private constant [6 x i8] c"%llu\0A\00"
@f2 = private constant [13 x i8] c"%llu%019llu\0A\00"
@f3 = private constant [20 x i8] c"%llu%019llu%019llu\0A\00"
@fcmp = private constant [78 x i8] c"icmp %s: eq=%d ne=%d ugt=%d uge=%d ult=%d ule=%d sgt=%d sge=%d slt=%d sle=%d\0A\00"
@fd = private constant [10 x i8] c"%s -> %a\0A\00"
@ff = private constant [16 x i8] c"%s -> float %a\0A\00"
@c0 = private constant [4 x i8] c"a,b\00"
@c1 = private constant [8 x i8] c"min,max\00"
@c2 = private constant [7 x i8] c"b,ones\00"
@c3 = private constant [4 x i8] c"d,d\00"
@c4 = private constant [4 x i8] c"e,d\00"
@v0 = private constant [9 x i8] c"sitofp b\00"
@v1 = private constant [11 x i8] c"sitofp min\00"
@v2 = private constant [9 x i8] c"sitofp a\00"
@v3 = private constant [9 x i8] c"sitofp e\00"
@v4 = private constant [12 x i8] c"uitofp ones\00"
@v5 = private constant [11 x i8] c"uitofp min\00"
@v6 = private constant [34 x i8] c"uitofp 2^70+2^17 (tie, even down)\00"
@v7 = private constant [31 x i8] c"uitofp 2^70+2^17+1 (above tie)\00"
@v8 = private constant [34 x i8] c"uitofp 2^70+3*2^17 (tie, even up)\00"
@v9 = private constant [10 x i8] c"sitofp -c\00"
@v10 = private constant [12 x i8] c"uitofp ones\00"
@v11 = private constant [9 x i8] c"uitofp c\00"
@v12 = private constant [11 x i8] c"sitofp max\00"
@dvals = global [7 x double] [double 0xC632EEC2EB3869AF, double 0x47D2CED32A16A1B1, double 0xC7E0000000000000, double 0xC05EF9999999999A, double 0x47EC363CBF21F28A, double 0x47EFFFFFFFFFFFFF, double 0x43F0000000000001]
@fvals = global [2 x float] [float 0xC638000000000000, float 0x47EFFFFFE0000000]
@x0 = private constant [15 x i8] c"fptosi -1.5e30\00"
@x1 = private constant [12 x i8] c"fptosi 1e38\00"
@x2 = private constant [14 x i8] c"fptosi -2^127\00"
@x3 = private constant [14 x i8] c"fptosi -123.9\00"
@x4 = private constant [12 x i8] c"fptoui 3e38\00"
@x5 = private constant [30 x i8] c"fptoui 0x1.fffffffffffffp+127\00"
@x6 = private constant [17 x i8] c"fptoui 2^64+2^12\00"
@x7 = private constant [25 x i8] c"fptosi float -0x1.8p+100\00"
@x8 = private constant [29 x i8] c"fptoui float 0x1.fffffep+127\00"

declare i32 @printf(ptr, ...)

; prints `label=N` with N in decimal (signed or unsigned), splitting |x| into base-10^19 digits with i128 udiv/urem
define void @show(ptr %label, i128 %x, i1 %signed) noinline {
entry:
  %isneg = icmp slt i128 %x, 0
  %neg = and i1 %signed, %isneg
  %minus = sub i128 0, %x
  %mag = select i1 %neg, i128 %minus, i128 %x
  %head = select i1 %neg, ptr @fneg, ptr @fpos
  call i32 (ptr, ...) @printf(ptr %head, ptr %label)
  %lo = urem i128 %mag, 10000000000000000000
  %rest = udiv i128 %mag, 10000000000000000000
  %mid = urem i128 %rest, 10000000000000000000
  %hi = udiv i128 %rest, 10000000000000000000
  %lo64 = trunc i128 %lo to i64
  %mid64 = trunc i128 %mid to i64
  %hi64 = trunc i128 %hi to i64
  %hinz = icmp ne i128 %hi, 0
  br i1 %hinz, label %three, label %two.check
three:
  call i32 (ptr, ...) @printf(ptr @f3, i64 %hi64, i64 %mid64, i64 %lo64)
  ret void
two.check:
  %midnz = icmp ne i128 %rest, 0
  br i1 %midnz, label %two, label %one
two:
  call i32 (ptr, ...) @printf(ptr @f2, i64 %mid64, i64 %lo64)
  ret void
one:
  call i32 (ptr, ...) @printf(ptr @f1, i64 %lo64)
  ret void
}

define void @compare(ptr %label, i128 %x, i128 %y) noinline {
  %eq = icmp eq i128 %x, %y
  %ne = icmp ne i128 %x, %y
  %ugt = icmp ugt i128 %x, %y
  %uge = icmp uge i128 %x, %y
  %ult = icmp ult i128 %x, %y
  %ule = icmp ule i128 %x, %y
  %sgt = icmp sgt i128 %x, %y
  %sge = icmp sge i128 %x, %y
  %slt = icmp slt i128 %x, %y
  %sle = icmp sle i128 %x, %y
  %eq.w = zext i1 %eq to i32
  %ne.w = zext i1 %ne to i32
  %ugt.w = zext i1 %ugt to i32
  %uge.w = zext i1 %uge to i32
  %ult.w = zext i1 %ult to i32
  %ule.w = zext i1 %ule to i32
  %sgt.w = zext i1 %sgt to i32
  %sge.w = zext i1 %sge to i32
  %slt.w = zext i1 %slt to i32
  %sle.w = zext i1 %sle to i32
  call i32 (ptr, ...) @printf(ptr @fcmp, ptr %label, i32 %eq.w, i32 %ne.w, i32 %ugt.w, i32 %uge.w, i32 %ult.w, i32 %ule.w, i32 %sgt.w, i32 %sge.w, i32 %slt.w, i32 %sle.w)
  ret void
}

define i32 @main() {
entry:
  %a.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 0
  %a = load i128, ptr %a.p, align 16
  %b.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 1
  %b = load i128, ptr %b.p, align 16
  %c.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 2
  %c = load i128, ptr %c.p, align 16
  %min.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 3
  %min = load i128, ptr %min.p, align 16
  %max.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 4
  %max = load i128, ptr %max.p, align 16
  %ones.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 5
  %ones = load i128, ptr %ones.p, align 16
  %d.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 6
  %d = load i128, ptr %d.p, align 16
  %e.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 7
  %e = load i128, ptr %e.p, align 16
  %t0.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 8
  %t0 = load i128, ptr %t0.p, align 16
  %t1.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 9
  %t1 = load i128, ptr %t1.p, align 16
  %t2.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 10
  %t2 = load i128, ptr %t2.p, align 16
  %one.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 11
  %one = load i128, ptr %one.p, align 16
  %seven.p = getelementptr [13 x i128], ptr @vals, i64 0, i64 12
  %seven = load i128, ptr %seven.p, align 16
  %sh1.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 0
  %sh1.32 = load i32, ptr %sh1.p
  %sh1 = zext i32 %sh1.32 to i128
  %sh63.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 1
  %sh63.32 = load i32, ptr %sh63.p
  %sh63 = zext i32 %sh63.32 to i128
  %sh64.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 2
  %sh64.32 = load i32, ptr %sh64.p
  %sh64 = zext i32 %sh64.32 to i128
  %sh65.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 3
  %sh65.32 = load i32, ptr %sh65.p
  %sh65 = zext i32 %sh65.32 to i128
  %sh68.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 4
  %sh68.32 = load i32, ptr %sh68.p
  %sh68 = zext i32 %sh68.32 to i128
  %sh100.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 5
  %sh100.32 = load i32, ptr %sh100.p
  %sh100 = zext i32 %sh100.32 to i128
  %sh127.p = getelementptr [7 x i32], ptr @shiftamts, i64 0, i64 6
  %sh127.32 = load i32, ptr %sh127.p
  %sh127 = zext i32 %sh127.32 to i128
  %r1 = mul i128 %a, %b
  call void @show(ptr @l0, i128 %r1, i1 true)
  %r2 = mul i128 %c, %c
  call void @show(ptr @l1, i128 %r2, i1 true)
  %r3 = mul i128 %max, %max
  call void @show(ptr @l2, i128 %r3, i1 true)
  %r4 = mul i128 %d, %e
  call void @show(ptr @l3, i128 %r4, i1 true)
  %r5 = mul i128 %min, %ones
  call void @show(ptr @l4, i128 %r5, i1 true)
  %r6 = udiv i128 %a, %d
  call void @show(ptr @l5, i128 %r6, i1 false)
  %r7 = udiv i128 %ones, %seven
  call void @show(ptr @l6, i128 %r7, i1 false)
  %r8 = udiv i128 %min, %c
  call void @show(ptr @l7, i128 %r8, i1 false)
  %r9 = udiv i128 %e, %d
  call void @show(ptr @l8, i128 %r9, i1 false)
  %r10 = sdiv i128 %a, %b
  call void @show(ptr @l9, i128 %r10, i1 true)
  %r11 = sdiv i128 %e, %b
  call void @show(ptr @l10, i128 %r11, i1 true)
  %r12 = sdiv i128 %min, %d
  call void @show(ptr @l11, i128 %r12, i1 true)
  %r13 = sdiv i128 %c, %e
  call void @show(ptr @l12, i128 %r13, i1 true)
  %r14 = sdiv i128 %min, %b
  call void @show(ptr @l13, i128 %r14, i1 true)
  %r15 = urem i128 %a, %d
  call void @show(ptr @l14, i128 %r15, i1 false)
  %r16 = urem i128 %ones, %c
  call void @show(ptr @l15, i128 %r16, i1 false)
  %r17 = urem i128 %e, %seven
  call void @show(ptr @l16, i128 %r17, i1 false)
  %r18 = srem i128 %a, %b
  call void @show(ptr @l17, i128 %r18, i1 true)
  %r19 = srem i128 %e, %seven
  call void @show(ptr @l18, i128 %r19, i1 true)
  %r20 = srem i128 %min, %d
  call void @show(ptr @l19, i128 %r20, i1 true)
  %r21 = srem i128 %c, %e
  call void @show(ptr @l20, i128 %r21, i1 true)
  %r22 = shl i128 %one, %sh64
  call void @show(ptr @l21, i128 %r22, i1 true)
  %r23 = shl i128 %one, %sh127
  call void @show(ptr @l22, i128 %r23, i1 true)
  %r24 = shl i128 %a, %sh100
  call void @show(ptr @l23, i128 %r24, i1 true)
  %r25 = shl i128 %a, %sh65
  call void @show(ptr @l24, i128 %r25, i1 true)
  %r26 = shl i128 %ones, %sh63
  call void @show(ptr @l25, i128 %r26, i1 true)
  %r27 = lshr i128 %ones, %sh64
  call void @show(ptr @l26, i128 %r27, i1 false)
  %r28 = lshr i128 %ones, %sh127
  call void @show(ptr @l27, i128 %r28, i1 false)
  %r29 = lshr i128 %min, %sh100
  call void @show(ptr @l28, i128 %r29, i1 false)
  %r30 = lshr i128 %a, %sh68
  call void @show(ptr @l29, i128 %r30, i1 false)
  %r31 = lshr i128 %a, %sh63
  call void @show(ptr @l30, i128 %r31, i1 false)
  %r32 = ashr i128 %min, %sh64
  call void @show(ptr @l31, i128 %r32, i1 true)
  %r33 = ashr i128 %min, %sh127
  call void @show(ptr @l32, i128 %r33, i1 true)
  %r34 = ashr i128 %e, %sh65
  call void @show(ptr @l33, i128 %r34, i1 true)
  %r35 = ashr i128 %a, %sh127
  call void @show(ptr @l34, i128 %r35, i1 true)
  %r36 = ashr i128 %e, %sh1
  call void @show(ptr @l35, i128 %r36, i1 true)
  call void @compare(ptr @c0, i128 %a, i128 %b)
  call void @compare(ptr @c1, i128 %min, i128 %max)
  call void @compare(ptr @c2, i128 %b, i128 %ones)
  call void @compare(ptr @c3, i128 %d, i128 %d)
  call void @compare(ptr @c4, i128 %e, i128 %d)
  %negc = sub i128 0, %c
  %cv0 = sitofp i128 %b to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v0, double %cv0)
  %cv1 = sitofp i128 %min to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v1, double %cv1)
  %cv2 = sitofp i128 %a to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v2, double %cv2)
  %cv3 = sitofp i128 %e to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v3, double %cv3)
  %cv4 = uitofp i128 %ones to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v4, double %cv4)
  %cv5 = uitofp i128 %min to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v5, double %cv5)
  %cv6 = uitofp i128 %t0 to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v6, double %cv6)
  %cv7 = uitofp i128 %t1 to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v7, double %cv7)
  %cv8 = uitofp i128 %t2 to double
  call i32 (ptr, ...) @printf(ptr @fd, ptr @v8, double %cv8)
  %cv9 = sitofp i128 %negc to float
  %cv9.d = fpext float %cv9 to double
  call i32 (ptr, ...) @printf(ptr @ff, ptr @v9, double %cv9.d)
  %cv10 = uitofp i128 %ones to float
  %cv10.d = fpext float %cv10 to double
  call i32 (ptr, ...) @printf(ptr @ff, ptr @v10, double %cv10.d)
  %cv11 = uitofp i128 %c to float
  %cv11.d = fpext float %cv11 to double
  call i32 (ptr, ...) @printf(ptr @ff, ptr @v11, double %cv11.d)
  %cv12 = sitofp i128 %max to float
  %cv12.d = fpext float %cv12 to double
  call i32 (ptr, ...) @printf(ptr @ff, ptr @v12, double %cv12.d)
  %fd0.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 0
  %fd0 = load double, ptr %fd0.p
  %fd1.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 1
  %fd1 = load double, ptr %fd1.p
  %fd2.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 2
  %fd2 = load double, ptr %fd2.p
  %fd3.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 3
  %fd3 = load double, ptr %fd3.p
  %fd4.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 4
  %fd4 = load double, ptr %fd4.p
  %fd5.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 5
  %fd5 = load double, ptr %fd5.p
  %fd6.p = getelementptr [7 x double], ptr @dvals, i64 0, i64 6
  %fd6 = load double, ptr %fd6.p
  %ff7 = load float, ptr @fvals
  %ff8.p = getelementptr [2 x float], ptr @fvals, i64 0, i64 1
  %ff8 = load float, ptr %ff8.p
  %fx0 = fptosi double %fd0 to i128
  call void @show(ptr @x0, i128 %fx0, i1 true)
  %fx1 = fptosi double %fd1 to i128
  call void @show(ptr @x1, i128 %fx1, i1 true)
  %fx2 = fptosi double %fd2 to i128
  call void @show(ptr @x2, i128 %fx2, i1 true)
  %fx3 = fptosi double %fd3 to i128
  call void @show(ptr @x3, i128 %fx3, i1 true)
  %fx4 = fptoui double %fd4 to i128
  call void @show(ptr @x4, i128 %fx4, i1 false)
  %fx5 = fptoui double %fd5 to i128
  call void @show(ptr @x5, i128 %fx5, i1 false)
  %fx6 = fptoui double %fd6 to i128
  call void @show(ptr @x6, i128 %fx6, i1 false)
  %fx7 = fptosi float %ff7 to i128
  call void @show(ptr @x7, i128 %fx7, i1 true)
  %fx8 = fptoui float %ff8 to i128
  call void @show(ptr @x8, i128 %fx8, i1 false)
  ret i32 0
}
