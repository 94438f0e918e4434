; purpose: vector lanes: integer and fp arithmetic per lane (sdiv/srem by lane, shifts by lane), icmp/fcmp to <N x i1> masks bitcast to integers, select by mask, one- and two-source shuffles (poison lanes never printed), variable-index insert/extract, vector bitcasts, reductions (ordered fadd with a start value, fmax/fmaximum with NaN), casts, vector intrinsics, <3 x i32>, a vector phi
; stdout: add <4 x i32>: -2147483645 -5 93 2147483646
; stdout: sub <4 x i32>: 2147483645 -9 107 -2147483648
; stdout: mul <4 x i32>: -2147483648 -14 -700 -2147483647
; stdout: sdiv <4 x i32>: -715827882 -3 -14 -2147483647
; stdout: srem <4 x i32>: -2 -1 2 0
; stdout: udiv <4 x i32>: 715827882 2147483644 0 0
; stdout: urem <4 x i32>: 2 1 100 2147483647
; stdout: shl <4 x i32> by 0,1,31,5: -2147483648 -14 0 -32
; stdout: ashr <4 x i32> by 0,1,31,5: -2147483648 -4 0 67108863
; stdout: lshr <4 x i32> by 0,1,31,5: -2147483648 2147483644 0 67108863
; stdout: mul <8 x i16>: 0 1 24464 -1 -2 -21 -1500 0
; stdout: sdiv <8 x i16>: -16384 1 1 0 16383 -2 -60 0
; stdout: add <16 x i8>: 10 0 22 0 44 10 66 14 -126 -125 0 -128 -56 56 0 0
; stdout: mul <16 x i8>: 0 -1 40 -9 -96 25 104 49 -80 -128 -1 127 16 16 60 60
; stdout: sdiv <16 x i8>: 0 -1 0 -1 0 1 0 1 12 -42 -1 127 1 1 -1 -1
; stdout: mul <2 x i64>: 10 -3298534883328
; stdout: sdiv <2 x i64>: -922337203685477580 -366503875925
; stdout: srem <2 x i64>: -7 1
; stdout: fadd <4 x float>: 4 nan 0 inf
; stdout: fmul <4 x float>: 3.75 nan -0 inf
; stdout: fsub <4 x float> (inf-inf is nan): -1 nan -0 nan
; stdout: fdiv <2 x double> by 3,0: 0.0333333 -inf
; stdout: fneg <2 x double>: -0.1 3
; stdout: fma <2 x double> (0.1*10-1, -3*2+1): 5.55112e-17 -5
; stdout: fma lane 0 exactly; 0.1+0.1+0.1 == 0.30000000000000004; inf*inf lane: 0x1p-54 1 inf
; stdout: icmp masks: slt4=0x3 ult4=0xc sgt8=0x30 eq16=0x30a0 uge2=0x1
; stdout: fcmp masks: olt=0x1 ult=0x3 oeq=0xc une2=0x3 uno=0x2
; stdout: select by i8 0xa5 bitcast to <8 x i1>: a8 where set, b8 elsewhere: -32768 -1 300 257 2 7 5 16
; stdout: smin via select(icmp slt): -2147483648 -7 -7 -1
; stdout: select with a scalar condition: -9223372036854775807 1099511627776
; stdout: (not slt4) and ult4=0xc
; stdout: shuffle two sources 0,5,2,7: -2147483648 2 100 -1
; stdout: shuffle concat reversed to <8 x i32>: -1 -7 2 3 2147483647 100 -7 -2147483648
; stdout: splat lane 2: 100 100 100 100
; stdout: shuffle <16 x i8> high halves reversed: -50 50 -100 100 127 -1 -128 120 50 -50 -100 100 1 1 3 10
; stdout: shuffle with poison lanes (defined lanes 1,3): -7 -2147483648; narrowing <8 x i16> -> <2 x i16> 7,0: 16 -32768
; stdout: insert 11 at idx[0]=3, 22 at idx[1]=0: 22 -7 100 11
; stdout: extract idx[2]=2: 100; <16 x i8>[3]: 3; <2 x double>[0]: 0.1; insert i64 index: -5
; stdout: <4 x i32> as <2 x i64>: -27917287424 9223372032559808612
; stdout: <2 x i64> as <16 x i8>: 1 0 0 0 0 0 0 -128 0 0 0 0 0 1 0 0
; stdout: <4 x float> as <4 x i32> (nan sign masked): 1069547520 2143289344 -2147483648 2139095040
; stdout: <8 x i16> as i128 low: ff012cffff8000; <2 x i32> <1,2> as i64: 200000001; <16 x i1> as <2 x i8> lane 0: 0xa0
; stdout: reduce add8=276 mul4=42 and16=0 or16=-1 xor2=-9223370937343148031 smax8=32767 smin4=-2147483648 umin16=1 umax2=9223372036854775809
; stdout: reduce ordered fadd(0; 1e20,1,-1e20,1)=1 fadd(-1e20; same)=-1e+20 fmul(3; 0.1,-3)=-0x1.ccccccccccccep-1 fmax(1,nan,3,2)=3 fmin=1 fmaximum is nan=1
; stdout: sext <4 x i8> 120,-128,-1,127: 120 -128 -1 127
; stdout: zext <4 x i8>: 120 128 255 127
; stdout: trunc <4 x i32> to <4 x i16>, then four zero lanes: 0 -7 100 -1 0 0 0 0
; stdout: fptosi <4 x float> -1.5,2.75,-0.5,1e9: -1 2 0 1000000000
; stdout: sitofp <2 x i64>: -9.22337e+18 1.09951e+12
; stdout: uitofp <4 x i32>: 2.14748e+09 4.29497e+09 100 2.14748e+09
; stdout: fptrunc then fpext <2 x double> lane 0: 0x1.99999ap-4
; stdout: ctpop <4 x i32>: 1 30 3 31
; stdout: ctlz <4 x i32> 0,1,31,5: 32 31 27 29
; stdout: umin <4 x i32>: 3 2 100 2147483647
; stdout: sadd.sat <16 x i8>: 10 0 22 0 44 10 66 14 127 -125 0 127 127 -128 0 0
; stdout: usub.sat <16 x i8> (printed signed): 0 0 0 0 0 0 0 0 110 125 -2 126 0 0 0 -100
; stdout: abs <8 x i16>: -32768 1 300 255 32767 7 300 16
; stdout: fshl <4 x i32> by 0,4,32,33: -2147483648 -112 100 -1
; stdout: sqrt <2 x double>: 4 1.41421
; stdout: minnum <4 x float> (1.5,nan,-2,inf) with (2.5,1,0,inf): 1.5 1 -2 inf
; stdout: bswap <2 x i64>: 72057594037928064 65536
; stdout: <3 x i32> mul then shuffle 2,3,1: 90 1 40
; stdout: vector phi: sum of 5 rotations of 1,2,3,4: 11 12 13 14
; stdout: rotation phi after 5 steps: 2 3 4 1

@fmt_p4i32 = private constant [17 x i8] c"%s: %d %d %d %d\0A\00"
@fmt_p3i32 = private constant [14 x i8] c"%s: %d %d %d\0A\00"
@fmt_p8i16 = private constant [29 x i8] c"%s: %d %d %d %d %d %d %d %d\0A\00"
@fmt_p16i8 = private constant [53 x i8] c"%s: %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\0A\00"
@fmt_p2i64 = private constant [15 x i8] c"%s: %lld %lld\0A\00"
@fmt_p4f32 = private constant [17 x i8] c"%s: %g %g %g %g\0A\00"
@fmt_p2f64 = private constant [11 x i8] c"%s: %g %g\0A\00"
@fmt_p8i32 = private constant [29 x i8] c"%s: %d %d %d %d %d %d %d %d\0A\00"
@s0 = private constant [14 x i8] c"add <4 x i32>\00"
@s1 = private constant [14 x i8] c"sub <4 x i32>\00"
@s2 = private constant [14 x i8] c"mul <4 x i32>\00"
@s3 = private constant [15 x i8] c"sdiv <4 x i32>\00"
@s4 = private constant [15 x i8] c"srem <4 x i32>\00"
@s5 = private constant [15 x i8] c"udiv <4 x i32>\00"
@s6 = private constant [15 x i8] c"urem <4 x i32>\00"
@s7 = private constant [26 x i8] c"shl <4 x i32> by 0,1,31,5\00"
@s8 = private constant [27 x i8] c"ashr <4 x i32> by 0,1,31,5\00"
@s9 = private constant [27 x i8] c"lshr <4 x i32> by 0,1,31,5\00"
@s10 = private constant [14 x i8] c"mul <8 x i16>\00"
@s11 = private constant [15 x i8] c"sdiv <8 x i16>\00"
@s12 = private constant [14 x i8] c"add <16 x i8>\00"
@s13 = private constant [14 x i8] c"mul <16 x i8>\00"
@s14 = private constant [15 x i8] c"sdiv <16 x i8>\00"
@s15 = private constant [14 x i8] c"mul <2 x i64>\00"
@s16 = private constant [15 x i8] c"sdiv <2 x i64>\00"
@s17 = private constant [15 x i8] c"srem <2 x i64>\00"
@s18 = private constant [17 x i8] c"fadd <4 x float>\00"
@s19 = private constant [17 x i8] c"fmul <4 x float>\00"
@s20 = private constant [34 x i8] c"fsub <4 x float> (inf-inf is nan)\00"
@s21 = private constant [25 x i8] c"fdiv <2 x double> by 3,0\00"
@s22 = private constant [18 x i8] c"fneg <2 x double>\00"
@s23 = private constant [36 x i8] c"fma <2 x double> (0.1*10-1, -3*2+1)\00"
@s24 = private constant [14 x i8] c"%s: %a %d %g\0A\00"
@s25 = private constant [69 x i8] c"fma lane 0 exactly; 0.1+0.1+0.1 == 0.30000000000000004; inf*inf lane\00"
@s26 = private constant [63 x i8] c"icmp masks: slt4=0x%x ult4=0x%x sgt8=0x%x eq16=0x%x uge2=0x%x\0A\00"
@s27 = private constant [59 x i8] c"fcmp masks: olt=0x%x ult=0x%x oeq=0x%x une2=0x%x uno=0x%x\0A\00"
@s28 = private constant [66 x i8] c"select by i8 0xa5 bitcast to <8 x i1>: a8 where set, b8 elsewhere\00"
@s29 = private constant [26 x i8] c"smin via select(icmp slt)\00"
@s30 = private constant [31 x i8] c"select with a scalar condition\00"
@s31 = private constant [9 x i8] c"%s=0x%x\0A\00"
@s32 = private constant [20 x i8] c"(not slt4) and ult4\00"
@s33 = private constant [28 x i8] c"shuffle two sources 0,5,2,7\00"
@s34 = private constant [37 x i8] c"shuffle concat reversed to <8 x i32>\00"
@s35 = private constant [13 x i8] c"splat lane 2\00"
@s36 = private constant [39 x i8] c"shuffle <16 x i8> high halves reversed\00"
@s37 = private constant [99 x i8] c"shuffle with poison lanes (defined lanes 1,3): %d %d; narrowing <8 x i16> -> <2 x i16> 7,0: %d %d\0A\00"
@s38 = private constant [38 x i8] c"insert 11 at idx[0]=3, 22 at idx[1]=0\00"
@s39 = private constant [83 x i8] c"extract idx[2]=2: %d; <16 x i8>[3]: %d; <2 x double>[0]: %g; insert i64 index: %d\0A\00"
@s40 = private constant [23 x i8] c"<4 x i32> as <2 x i64>\00"
@s41 = private constant [23 x i8] c"<2 x i64> as <16 x i8>\00"
@s42 = private constant [43 x i8] c"<4 x float> as <4 x i32> (nan sign masked)\00"
@s43 = private constant [95 x i8] c"<8 x i16> as i128 low: %llx; <2 x i32> <1,2> as i64: %llx; <16 x i1> as <2 x i8> lane 0: 0x%x\0A\00"
@s44 = private constant [90 x i8] c"reduce add8=%d mul4=%d and16=%d or16=%d xor2=%lld smax8=%d smin4=%d umin16=%d umax2=%llu\0A\00"
@s45 = private constant [129 x i8] c"reduce ordered fadd(0; 1e20,1,-1e20,1)=%g fadd(-1e20; same)=%g fmul(3; 0.1,-3)=%a fmax(1,nan,3,2)=%g fmin=%g fmaximum is nan=%d\0A\00"
@s46 = private constant [30 x i8] c"sext <4 x i8> 120,-128,-1,127\00"
@s47 = private constant [14 x i8] c"zext <4 x i8>\00"
@s48 = private constant [51 x i8] c"trunc <4 x i32> to <4 x i16>, then four zero lanes\00"
@s49 = private constant [38 x i8] c"fptosi <4 x float> -1.5,2.75,-0.5,1e9\00"
@s50 = private constant [17 x i8] c"sitofp <2 x i64>\00"
@s51 = private constant [17 x i8] c"uitofp <4 x i32>\00"
@s52 = private constant [8 x i8] c"%s: %a\0A\00"
@s53 = private constant [39 x i8] c"fptrunc then fpext <2 x double> lane 0\00"
@s54 = private constant [16 x i8] c"ctpop <4 x i32>\00"
@s55 = private constant [24 x i8] c"ctlz <4 x i32> 0,1,31,5\00"
@s56 = private constant [15 x i8] c"umin <4 x i32>\00"
@s57 = private constant [19 x i8] c"sadd.sat <16 x i8>\00"
@s58 = private constant [36 x i8] c"usub.sat <16 x i8> (printed signed)\00"
@s59 = private constant [14 x i8] c"abs <8 x i16>\00"
@s60 = private constant [28 x i8] c"fshl <4 x i32> by 0,4,32,33\00"
@s61 = private constant [18 x i8] c"sqrt <2 x double>\00"
@s62 = private constant [55 x i8] c"minnum <4 x float> (1.5,nan,-2,inf) with (2.5,1,0,inf)\00"
@s63 = private constant [16 x i8] c"bswap <2 x i64>\00"
@s64 = private constant [33 x i8] c"<3 x i32> mul then shuffle 2,3,1\00"
@s65 = private constant [42 x i8] c"vector phi: sum of 5 rotations of 1,2,3,4\00"
@s66 = private constant [27 x i8] c"rotation phi after 5 steps\00"

declare i32 @printf(ptr, ...)
declare <16 x i8> @llvm.sadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.usub.sat.v16i8(<16 x i8>, <16 x i8>)
declare <2 x double> @llvm.fma.v2f64(<2 x double>, <2 x double>, <2 x double>)
declare <2 x double> @llvm.sqrt.v2f64(<2 x double>)
declare <2 x i64> @llvm.bswap.v2i64(<2 x i64>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x i32> @llvm.ctlz.v4i32(<4 x i32>, i1)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>)
declare <4 x i32> @llvm.fshl.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.umin.v4i32(<4 x i32>, <4 x i32>)
declare <8 x i16> @llvm.abs.v8i16(<8 x i16>, i1)
declare double @llvm.fabs.f64(double)
declare double @llvm.vector.reduce.fmul.v2f64(double, <2 x double>)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmax.v4f32(<4 x float>)
declare float @llvm.vector.reduce.fmaximum.v4f32(<4 x float>)
declare float @llvm.vector.reduce.fmin.v4f32(<4 x float>)
declare i16 @llvm.vector.reduce.add.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.smax.v8i16(<8 x i16>)
declare i32 @llvm.vector.reduce.mul.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.umax.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>)
declare i8 @llvm.vector.reduce.and.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.or.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umin.v16i8(<16 x i8>)

define void @p4i32(ptr %label, <4 x i32> %v) noinline {
  %e0 = extractelement <4 x i32> %v, i32 0
  %e1 = extractelement <4 x i32> %v, i32 1
  %e2 = extractelement <4 x i32> %v, i32 2
  %e3 = extractelement <4 x i32> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @fmt_p4i32, ptr %label, i32 %e0, i32 %e1, i32 %e2, i32 %e3)
  ret void
}
define void @p3i32(ptr %label, <3 x i32> %v) noinline {
  %e0 = extractelement <3 x i32> %v, i32 0
  %e1 = extractelement <3 x i32> %v, i32 1
  %e2 = extractelement <3 x i32> %v, i32 2
  call i32 (ptr, ...) @printf(ptr @fmt_p3i32, ptr %label, i32 %e0, i32 %e1, i32 %e2)
  ret void
}
define void @p8i16(ptr %label, <8 x i16> %v) noinline {
  %e0 = extractelement <8 x i16> %v, i32 0
  %w0 = sext i16 %e0 to i32
  %e1 = extractelement <8 x i16> %v, i32 1
  %w1 = sext i16 %e1 to i32
  %e2 = extractelement <8 x i16> %v, i32 2
  %w2 = sext i16 %e2 to i32
  %e3 = extractelement <8 x i16> %v, i32 3
  %w3 = sext i16 %e3 to i32
  %e4 = extractelement <8 x i16> %v, i32 4
  %w4 = sext i16 %e4 to i32
  %e5 = extractelement <8 x i16> %v, i32 5
  %w5 = sext i16 %e5 to i32
  %e6 = extractelement <8 x i16> %v, i32 6
  %w6 = sext i16 %e6 to i32
  %e7 = extractelement <8 x i16> %v, i32 7
  %w7 = sext i16 %e7 to i32
  call i32 (ptr, ...) @printf(ptr @fmt_p8i16, ptr %label, i32 %w0, i32 %w1, i32 %w2, i32 %w3, i32 %w4, i32 %w5, i32 %w6, i32 %w7)
  ret void
}
define void @p16i8(ptr %label, <16 x i8> %v) noinline {
  %e0 = extractelement <16 x i8> %v, i32 0
  %w0 = sext i8 %e0 to i32
  %e1 = extractelement <16 x i8> %v, i32 1
  %w1 = sext i8 %e1 to i32
  %e2 = extractelement <16 x i8> %v, i32 2
  %w2 = sext i8 %e2 to i32
  %e3 = extractelement <16 x i8> %v, i32 3
  %w3 = sext i8 %e3 to i32
  %e4 = extractelement <16 x i8> %v, i32 4
  %w4 = sext i8 %e4 to i32
  %e5 = extractelement <16 x i8> %v, i32 5
  %w5 = sext i8 %e5 to i32
  %e6 = extractelement <16 x i8> %v, i32 6
  %w6 = sext i8 %e6 to i32
  %e7 = extractelement <16 x i8> %v, i32 7
  %w7 = sext i8 %e7 to i32
  %e8 = extractelement <16 x i8> %v, i32 8
  %w8 = sext i8 %e8 to i32
  %e9 = extractelement <16 x i8> %v, i32 9
  %w9 = sext i8 %e9 to i32
  %e10 = extractelement <16 x i8> %v, i32 10
  %w10 = sext i8 %e10 to i32
  %e11 = extractelement <16 x i8> %v, i32 11
  %w11 = sext i8 %e11 to i32
  %e12 = extractelement <16 x i8> %v, i32 12
  %w12 = sext i8 %e12 to i32
  %e13 = extractelement <16 x i8> %v, i32 13
  %w13 = sext i8 %e13 to i32
  %e14 = extractelement <16 x i8> %v, i32 14
  %w14 = sext i8 %e14 to i32
  %e15 = extractelement <16 x i8> %v, i32 15
  %w15 = sext i8 %e15 to i32
  call i32 (ptr, ...) @printf(ptr @fmt_p16i8, ptr %label, i32 %w0, i32 %w1, i32 %w2, i32 %w3, i32 %w4, i32 %w5, i32 %w6, i32 %w7, i32 %w8, i32 %w9, i32 %w10, i32 %w11, i32 %w12, i32 %w13, i32 %w14, i32 %w15)
  ret void
}
define void @p2i64(ptr %label, <2 x i64> %v) noinline {
  %e0 = extractelement <2 x i64> %v, i32 0
  %e1 = extractelement <2 x i64> %v, i32 1
  call i32 (ptr, ...) @printf(ptr @fmt_p2i64, ptr %label, i64 %e0, i64 %e1)
  ret void
}
define void @p4f32(ptr %label, <4 x float> %v) noinline {
  %e0 = extractelement <4 x float> %v, i32 0
  %w0 = fpext float %e0 to double
  %u0 = fcmp uno double %w0, %w0
  %a0 = call double @llvm.fabs.f64(double %w0)
  %c0 = select i1 %u0, double %a0, double %w0
  %e1 = extractelement <4 x float> %v, i32 1
  %w1 = fpext float %e1 to double
  %u1 = fcmp uno double %w1, %w1
  %a1 = call double @llvm.fabs.f64(double %w1)
  %c1 = select i1 %u1, double %a1, double %w1
  %e2 = extractelement <4 x float> %v, i32 2
  %w2 = fpext float %e2 to double
  %u2 = fcmp uno double %w2, %w2
  %a2 = call double @llvm.fabs.f64(double %w2)
  %c2 = select i1 %u2, double %a2, double %w2
  %e3 = extractelement <4 x float> %v, i32 3
  %w3 = fpext float %e3 to double
  %u3 = fcmp uno double %w3, %w3
  %a3 = call double @llvm.fabs.f64(double %w3)
  %c3 = select i1 %u3, double %a3, double %w3
  call i32 (ptr, ...) @printf(ptr @fmt_p4f32, ptr %label, double %c0, double %c1, double %c2, double %c3)
  ret void
}
define void @p2f64(ptr %label, <2 x double> %v) noinline {
  %e0 = extractelement <2 x double> %v, i32 0
  %u0 = fcmp uno double %e0, %e0
  %a0 = call double @llvm.fabs.f64(double %e0)
  %c0 = select i1 %u0, double %a0, double %e0
  %e1 = extractelement <2 x double> %v, i32 1
  %u1 = fcmp uno double %e1, %e1
  %a1 = call double @llvm.fabs.f64(double %e1)
  %c1 = select i1 %u1, double %a1, double %e1
  call i32 (ptr, ...) @printf(ptr @fmt_p2f64, ptr %label, double %c0, double %c1)
  ret void
}
define void @p8i32(ptr %label, <8 x i32> %v) noinline {
  %e0 = extractelement <8 x i32> %v, i32 0
  %e1 = extractelement <8 x i32> %v, i32 1
  %e2 = extractelement <8 x i32> %v, i32 2
  %e3 = extractelement <8 x i32> %v, i32 3
  %e4 = extractelement <8 x i32> %v, i32 4
  %e5 = extractelement <8 x i32> %v, i32 5
  %e6 = extractelement <8 x i32> %v, i32 6
  %e7 = extractelement <8 x i32> %v, i32 7
  call i32 (ptr, ...) @printf(ptr @fmt_p8i32, ptr %label, i32 %e0, i32 %e1, i32 %e2, i32 %e3, i32 %e4, i32 %e5, i32 %e6, i32 %e7)
  ret void
}

@a4 = global <4 x i32> <i32 -2147483648, i32 -7, i32 100, i32 2147483647>
@b4 = global <4 x i32> <i32 3, i32 2, i32 -7, i32 -1>
@sh4 = global <4 x i32> <i32 0, i32 1, i32 31, i32 5>
@a8 = global <8 x i16> <i16 -32768, i16 -1, i16 300, i16 255, i16 32767, i16 7, i16 -300, i16 16>
@b8 = global <8 x i16> <i16 2, i16 -1, i16 300, i16 257, i16 2, i16 -3, i16 5, i16 4096>
@a16 = global <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 120, i8 -128, i8 -1, i8 127, i8 100, i8 -100, i8 50, i8 -50>
@b16 = global <16 x i8> <i8 10, i8 -1, i8 20, i8 -3, i8 40, i8 5, i8 60, i8 7, i8 10, i8 3, i8 1, i8 1, i8 100, i8 -100, i8 -50, i8 50>
@a2 = global <2 x i64> <i64 -9223372036854775807, i64 1099511627776>
@b2 = global <2 x i64> <i64 10, i64 -3>
@f4 = global <4 x float> <float 1.5, float 0x7FF8000000000000, float -0.0, float 0x7FF0000000000000>
@g4 = global <4 x float> <float 2.5, float 1.0, float 0.0, float 0x7FF0000000000000>
@d2 = global <2 x double> <double 0.1, double -3.0>
@e2 = global <2 x double> <double 0.2, double 0x7FF8000000000000>
@idx = global [4 x i32] [i32 3, i32 0, i32 2, i32 1]
@mask8 = global i8 -91
@r4 = global <4 x float> <float 0x4415AF1D80000000, float 1.0, float 0xC415AF1D80000000, float 1.0>
@n4 = global <4 x float> <float 1.0, float 0x7FF8000000000000, float 3.0, float 2.0>
@c3 = global <3 x i32> <i32 1, i32 2, i32 3>

define i32 @main() {
entry:
  %a4 = load <4 x i32>, ptr @a4
  %b4 = load <4 x i32>, ptr @b4
  %sh4 = load <4 x i32>, ptr @sh4
  %a8 = load <8 x i16>, ptr @a8
  %b8 = load <8 x i16>, ptr @b8
  %a16 = load <16 x i8>, ptr @a16
  %b16 = load <16 x i8>, ptr @b16
  %a2 = load <2 x i64>, ptr @a2
  %b2 = load <2 x i64>, ptr @b2
  %f4 = load <4 x float>, ptr @f4
  %g4 = load <4 x float>, ptr @g4
  %d2 = load <2 x double>, ptr @d2
  %e2 = load <2 x double>, ptr @e2

  ; <4 x i32> arithmetic: every lane wraps or divides on its own
  %add4 = add <4 x i32> %a4, %b4
  call void @p4i32(ptr @s0, <4 x i32> %add4)
  %sub4 = sub <4 x i32> %a4, %b4
  call void @p4i32(ptr @s1, <4 x i32> %sub4)
  %mul4 = mul <4 x i32> %a4, %b4
  call void @p4i32(ptr @s2, <4 x i32> %mul4)
  %sdiv4 = sdiv <4 x i32> %a4, %b4
  call void @p4i32(ptr @s3, <4 x i32> %sdiv4)
  %srem4 = srem <4 x i32> %a4, %b4
  call void @p4i32(ptr @s4, <4 x i32> %srem4)
  %udiv4 = udiv <4 x i32> %a4, %b4
  call void @p4i32(ptr @s5, <4 x i32> %udiv4)
  %urem4 = urem <4 x i32> %a4, %b4
  call void @p4i32(ptr @s6, <4 x i32> %urem4)
  %shl4 = shl <4 x i32> %a4, %sh4
  call void @p4i32(ptr @s7, <4 x i32> %shl4)
  %ashr4 = ashr <4 x i32> %a4, %sh4
  call void @p4i32(ptr @s8, <4 x i32> %ashr4)
  %lshr4 = lshr <4 x i32> %a4, %sh4
  call void @p4i32(ptr @s9, <4 x i32> %lshr4)

  ; <8 x i16>, <16 x i8>, <2 x i64>
  %mul8 = mul <8 x i16> %a8, %b8
  call void @p8i16(ptr @s10, <8 x i16> %mul8)
  %sdiv8 = sdiv <8 x i16> %a8, %b8
  call void @p8i16(ptr @s11, <8 x i16> %sdiv8)
  %add16 = add <16 x i8> %a16, %b16
  call void @p16i8(ptr @s12, <16 x i8> %add16)
  %mul16 = mul <16 x i8> %a16, %b16
  call void @p16i8(ptr @s13, <16 x i8> %mul16)
  %sdiv16 = sdiv <16 x i8> %a16, %b16
  call void @p16i8(ptr @s14, <16 x i8> %sdiv16)
  %mul2 = mul <2 x i64> %a2, %b2
  call void @p2i64(ptr @s15, <2 x i64> %mul2)
  %sdiv2 = sdiv <2 x i64> %a2, %b2
  call void @p2i64(ptr @s16, <2 x i64> %sdiv2)
  %srem2 = srem <2 x i64> %a2, %b2
  call void @p2i64(ptr @s17, <2 x i64> %srem2)

  ; floating point lanes
  %fadd4 = fadd <4 x float> %f4, %g4
  call void @p4f32(ptr @s18, <4 x float> %fadd4)
  %fmul4 = fmul <4 x float> %f4, %g4
  call void @p4f32(ptr @s19, <4 x float> %fmul4)
  %fsub4 = fsub <4 x float> %f4, %g4
  call void @p4f32(ptr @s20, <4 x float> %fsub4)
  %fm3 = extractelement <4 x float> %fmul4, i32 3
  %fdiv2 = fdiv <2 x double> %d2, <double 3.0, double 0.0>
  call void @p2f64(ptr @s21, <2 x double> %fdiv2)
  %fneg2 = fneg <2 x double> %d2
  call void @p2f64(ptr @s22, <2 x double> %fneg2)
  %fadd2 = fadd <2 x double> %d2, %d2
  %fadd2b = fadd <2 x double> %fadd2, %d2
  %x0 = extractelement <2 x double> %fadd2b, i32 0
  %x0eq = fcmp oeq double %x0, 0x3FD3333333333334
  %x0eqw = zext i1 %x0eq to i32
  %fma2 = call <2 x double> @llvm.fma.v2f64(<2 x double> %d2, <2 x double> <double 10.0, double 2.0>, <2 x double> <double -1.0, double 1.0>)
  call void @p2f64(ptr @s23, <2 x double> %fma2)
  %fma2x = extractelement <2 x double> %fma2, i32 0
  %fm3d = fpext float %fm3 to double
  call i32 (ptr, ...) @printf(ptr @s24, ptr @s25, double %fma2x, i32 %x0eqw, double %fm3d)

  ; compares produce <N x i1>; bitcast to an integer shows lane i as bit i
  %cmp4 = icmp slt <4 x i32> %a4, %b4
  %cmp4b = bitcast <4 x i1> %cmp4 to i4
  %cmp4w = zext i4 %cmp4b to i32
  %ucmp4 = icmp ult <4 x i32> %a4, %b4
  %ucmp4b = bitcast <4 x i1> %ucmp4 to i4
  %ucmp4w = zext i4 %ucmp4b to i32
  %cmp8 = icmp sgt <8 x i16> %a8, %b8
  %cmp8b = bitcast <8 x i1> %cmp8 to i8
  %cmp8w = zext i8 %cmp8b to i32
  %cmp16 = icmp eq <16 x i8> %a16, %b16
  %cmp16b = bitcast <16 x i1> %cmp16 to i16
  %cmp16w = zext i16 %cmp16b to i32
  %cmp2 = icmp uge <2 x i64> %a2, %b2
  %cmp2b = bitcast <2 x i1> %cmp2 to i2
  %cmp2w = zext i2 %cmp2b to i32
  call i32 (ptr, ...) @printf(ptr @s26, i32 %cmp4w, i32 %ucmp4w, i32 %cmp8w, i32 %cmp16w, i32 %cmp2w)
  %fo = fcmp olt <4 x float> %f4, %g4
  %fob = bitcast <4 x i1> %fo to i4
  %fow = zext i4 %fob to i32
  %fu = fcmp ult <4 x float> %f4, %g4
  %fub = bitcast <4 x i1> %fu to i4
  %fuw = zext i4 %fub to i32
  %fe = fcmp oeq <4 x float> %f4, %g4
  %feb = bitcast <4 x i1> %fe to i4
  %few = zext i4 %feb to i32
  %fn = fcmp une <2 x double> %d2, %e2
  %fnb = bitcast <2 x i1> %fn to i2
  %fnw = zext i2 %fnb to i32
  %fun = fcmp uno <4 x float> %f4, %g4
  %funb = bitcast <4 x i1> %fun to i4
  %funw = zext i4 %funb to i32
  call i32 (ptr, ...) @printf(ptr @s27, i32 %fow, i32 %fuw, i32 %few, i32 %fnw, i32 %funw)
  %notcmp = xor <4 x i1> %cmp4, <i1 true, i1 true, i1 true, i1 true>
  %both = and <4 x i1> %notcmp, %ucmp4
  %bothb = bitcast <4 x i1> %both to i4
  %bothw = zext i4 %bothb to i32
  %m8 = load i8, ptr @mask8
  %m8v = bitcast i8 %m8 to <8 x i1>
  %sel8 = select <8 x i1> %m8v, <8 x i16> %a8, <8 x i16> %b8
  call void @p8i16(ptr @s28, <8 x i16> %sel8)
  %sel4 = select <4 x i1> %cmp4, <4 x i32> %a4, <4 x i32> %b4
  call void @p4i32(ptr @s29, <4 x i32> %sel4)
  %scalarsel = select i1 %x0eq, <2 x i64> %a2, <2 x i64> %b2
  call void @p2i64(ptr @s30, <2 x i64> %scalarsel)
  call i32 (ptr, ...) @printf(ptr @s31, ptr @s32, i32 %bothw)

  ; shuffles
  %s1 = shufflevector <4 x i32> %a4, <4 x i32> %b4, <4 x i32> <i32 0, i32 5, i32 2, i32 7>
  call void @p4i32(ptr @s33, <4 x i32> %s1)
  %s2 = shufflevector <4 x i32> %a4, <4 x i32> %b4, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  call void @p8i32(ptr @s34, <8 x i32> %s2)
  %s3 = shufflevector <4 x i32> %a4, <4 x i32> poison, <4 x i32> <i32 2, i32 2, i32 2, i32 2>
  call void @p4i32(ptr @s35, <4 x i32> %s3)
  %s4 = shufflevector <16 x i8> %a16, <16 x i8> %b16, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 31, i32 30, i32 29, i32 28, i32 27, i32 26, i32 25, i32 24>
  call void @p16i8(ptr @s36, <16 x i8> %s4)
  %s5 = shufflevector <4 x i32> %a4, <4 x i32> %b4, <4 x i32> <i32 poison, i32 6, i32 poison, i32 0>
  %s5a = extractelement <4 x i32> %s5, i32 1
  %s5b = extractelement <4 x i32> %s5, i32 3
  %s6 = shufflevector <8 x i16> %a8, <8 x i16> poison, <2 x i32> <i32 7, i32 0>
  %s6a = extractelement <2 x i16> %s6, i32 0
  %s6b = extractelement <2 x i16> %s6, i32 1
  %s6aw = sext i16 %s6a to i32
  %s6bw = sext i16 %s6b to i32
  call i32 (ptr, ...) @printf(ptr @s37, i32 %s5a, i32 %s5b, i32 %s6aw, i32 %s6bw)

  ; insert/extract at variable indices
  %i0 = load i32, ptr @idx
  %i1p = getelementptr i32, ptr @idx, i64 1
  %i1 = load i32, ptr %i1p
  %i2p = getelementptr i32, ptr @idx, i64 2
  %i2 = load i32, ptr %i2p
  %ins1 = insertelement <4 x i32> %a4, i32 11, i32 %i0
  %ins2 = insertelement <4 x i32> %ins1, i32 22, i32 %i1
  call void @p4i32(ptr @s38, <4 x i32> %ins2)
  %ex1 = extractelement <4 x i32> %ins2, i32 %i2
  %ex2 = extractelement <16 x i8> %a16, i32 %i0
  %ex2w = sext i8 %ex2 to i32
  %i64idx = zext i32 %i2 to i64
  %i1w = zext i32 %i1 to i64
  %ex3 = extractelement <2 x double> %d2, i64 %i1w
  %ins3 = insertelement <8 x i16> %a8, i16 -5, i64 %i64idx
  %ex4 = extractelement <8 x i16> %ins3, i32 2
  %ex4w = sext i16 %ex4 to i32
  call i32 (ptr, ...) @printf(ptr @s39, i32 %ex1, i32 %ex2w, double %ex3, i32 %ex4w)

  ; bitcasts between vector shapes (little-endian lane order)
  %bc1 = bitcast <4 x i32> %a4 to <2 x i64>
  call void @p2i64(ptr @s40, <2 x i64> %bc1)
  %bc2 = bitcast <2 x i64> %a2 to <16 x i8>
  call void @p16i8(ptr @s41, <16 x i8> %bc2)
  %bc3 = bitcast <4 x float> %f4 to <4 x i32>
  %bc3m = and <4 x i32> %bc3, <i32 -1, i32 2147483647, i32 -1, i32 -1>
  call void @p4i32(ptr @s42, <4 x i32> %bc3m)
  %bc4 = bitcast <8 x i16> %a8 to i128
  %bc4lo = trunc i128 %bc4 to i64
  %bc5 = bitcast <2 x i32> <i32 1, i32 2> to i64
  %bc5v = add i64 %bc5, 0
  %bc6 = bitcast <16 x i1> %cmp16 to <2 x i8>
  %bc6e = extractelement <2 x i8> %bc6, i32 0
  %bc6w = zext i8 %bc6e to i32
  call i32 (ptr, ...) @printf(ptr @s43, i64 %bc4lo, i64 %bc5v, i32 %bc6w)

  ; reductions
  %ra = call i16 @llvm.vector.reduce.add.v8i16(<8 x i16> %a8)
  %raw = sext i16 %ra to i32
  %rm = call i32 @llvm.vector.reduce.mul.v4i32(<4 x i32> %b4)
  %rand = call i8 @llvm.vector.reduce.and.v16i8(<16 x i8> %b16)
  %randw = sext i8 %rand to i32
  %ror = call i8 @llvm.vector.reduce.or.v16i8(<16 x i8> %a16)
  %rorw = sext i8 %ror to i32
  %rxor = call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %a2)
  %rsmax = call i16 @llvm.vector.reduce.smax.v8i16(<8 x i16> %a8)
  %rsmaxw = sext i16 %rsmax to i32
  %rsmin = call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %a4)
  %rumin = call i8 @llvm.vector.reduce.umin.v16i8(<16 x i8> %b16)
  %ruminw = zext i8 %rumin to i32
  %rumax = call i64 @llvm.vector.reduce.umax.v2i64(<2 x i64> %a2)
  call i32 (ptr, ...) @printf(ptr @s44, i32 %raw, i32 %rm, i32 %randw, i32 %rorw, i64 %rxor, i32 %rsmaxw, i32 %rsmin, i32 %ruminw, i64 %rumax)
  %r4 = load <4 x float>, ptr @r4
  %rfa = call float @llvm.vector.reduce.fadd.v4f32(float 0.0, <4 x float> %r4)
  %rfaw = fpext float %rfa to double
  %rfa2 = call float @llvm.vector.reduce.fadd.v4f32(float 0xC415AF1D80000000, <4 x float> %r4)
  %rfa2w = fpext float %rfa2 to double
  %rfm = call double @llvm.vector.reduce.fmul.v2f64(double 3.0, <2 x double> %d2)
  %n4 = load <4 x float>, ptr @n4
  %rfmax = call float @llvm.vector.reduce.fmax.v4f32(<4 x float> %n4)
  %rfmaxw = fpext float %rfmax to double
  %rfmin = call float @llvm.vector.reduce.fmin.v4f32(<4 x float> %n4)
  %rfminw = fpext float %rfmin to double
  %rfmaximum = call float @llvm.vector.reduce.fmaximum.v4f32(<4 x float> %n4)
  %rfmaximum.nan = fcmp uno float %rfmaximum, 0.0
  %rfmaximum.w = zext i1 %rfmaximum.nan to i32
  call i32 (ptr, ...) @printf(ptr @s45, double %rfaw, double %rfa2w, double %rfm, double %rfmaxw, double %rfminw, i32 %rfmaximum.w)

  ; casts
  %lo4 = shufflevector <16 x i8> %a16, <16 x i8> poison, <4 x i32> <i32 8, i32 9, i32 10, i32 11>
  %sx = sext <4 x i8> %lo4 to <4 x i32>
  call void @p4i32(ptr @s46, <4 x i32> %sx)
  %zx = zext <4 x i8> %lo4 to <4 x i32>
  call void @p4i32(ptr @s47, <4 x i32> %zx)
  %tr = trunc <4 x i32> %a4 to <4 x i16>
  %trx = shufflevector <4 x i16> %tr, <4 x i16> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  call void @p8i16(ptr @s48, <8 x i16> %trx)
  %fts = fptosi <4 x float> <float -1.5, float 2.75, float -0.5, float 1.0e9> to <4 x i32>
  call void @p4i32(ptr @s49, <4 x i32> %fts)
  %stf = sitofp <2 x i64> %a2 to <2 x double>
  call void @p2f64(ptr @s50, <2 x double> %stf)
  %utf = uitofp <4 x i32> %a4 to <4 x float>
  call void @p4f32(ptr @s51, <4 x float> %utf)
  %fpt = fptrunc <2 x double> %d2 to <2 x float>
  %fpe = fpext <2 x float> %fpt to <2 x double>
  %fpe0 = extractelement <2 x double> %fpe, i32 0
  call i32 (ptr, ...) @printf(ptr @s52, ptr @s53, double %fpe0)

  ; vector intrinsics
  %pop = call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %a4)
  call void @p4i32(ptr @s54, <4 x i32> %pop)
  %clz = call <4 x i32> @llvm.ctlz.v4i32(<4 x i32> %sh4, i1 false)
  call void @p4i32(ptr @s55, <4 x i32> %clz)
  %umin = call <4 x i32> @llvm.umin.v4i32(<4 x i32> %a4, <4 x i32> %b4)
  call void @p4i32(ptr @s56, <4 x i32> %umin)
  %sat = call <16 x i8> @llvm.sadd.sat.v16i8(<16 x i8> %a16, <16 x i8> %b16)
  call void @p16i8(ptr @s57, <16 x i8> %sat)
  %usat = call <16 x i8> @llvm.usub.sat.v16i8(<16 x i8> %a16, <16 x i8> %b16)
  call void @p16i8(ptr @s58, <16 x i8> %usat)
  %abs = call <8 x i16> @llvm.abs.v8i16(<8 x i16> %a8, i1 false)
  call void @p8i16(ptr @s59, <8 x i16> %abs)
  %fsh = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %a4, <4 x i32> %b4, <4 x i32> <i32 0, i32 4, i32 32, i32 33>)
  call void @p4i32(ptr @s60, <4 x i32> %fsh)
  %sq = call <2 x double> @llvm.sqrt.v2f64(<2 x double> <double 16.0, double 2.0>)
  call void @p2f64(ptr @s61, <2 x double> %sq)
  %mn = call <4 x float> @llvm.minnum.v4f32(<4 x float> <float 1.5, float 0x7FF8000000000000, float -2.0, float 0x7FF0000000000000>, <4 x float> %g4)
  call void @p4f32(ptr @s62, <4 x float> %mn)
  %bsw = call <2 x i64> @llvm.bswap.v2i64(<2 x i64> %a2)
  call void @p2i64(ptr @s63, <2 x i64> %bsw)

  ; an odd-length vector, and a vector phi
  %c3 = load <3 x i32>, ptr @c3
  %c3m = mul <3 x i32> %c3, <i32 10, i32 20, i32 30>
  %c3s = shufflevector <3 x i32> %c3m, <3 x i32> %c3, <3 x i32> <i32 2, i32 3, i32 1>
  call void @p3i32(ptr @s64, <3 x i32> %c3s)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %inext, %loop ]
  %acc = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc2, %loop ]
  %rot = phi <4 x i32> [ <i32 1, i32 2, i32 3, i32 4>, %entry ], [ %rot2, %loop ]
  %acc2 = add <4 x i32> %acc, %rot
  %rot2 = shufflevector <4 x i32> %rot, <4 x i32> poison, <4 x i32> <i32 1, i32 2, i32 3, i32 0>
  %inext = add i32 %i, 1
  %done = icmp eq i32 %inext, 5
  br i1 %done, label %out, label %loop
out:
  call void @p4i32(ptr @s65, <4 x i32> %acc2)
  call void @p4i32(ptr @s66, <4 x i32> %rot2)
  ret i32 0
}

