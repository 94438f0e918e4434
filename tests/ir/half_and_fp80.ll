; purpose: half (fptrunc rounding and overflow, per-operation rounding, frem/sqrt/fma, conversions, bits), bfloat widening, x86_fp80 (64-bit mantissa arithmetic, rounding to double, range past double, fcmp, int round trips, frem/sqrt, ABI through a call, printf %La/%Lg) and fp128
; stdout: half fptrunc float 1+2^-11 (tie, even down) -> 0x1p+0
; stdout: half fptrunc float 1+3*2^-11 (tie, even up) -> 0x1.008p+0
; stdout: half fptrunc float 65519 -> 0x1.ffcp+15
; stdout: half fptrunc float 65520 (overflow) -> inf
; stdout: half fptrunc float 2^-24 (min subnormal) -> 0x1p-24
; stdout: half fptrunc float 2^-25 (tie to zero) -> 0x0p+0
; stdout: half fptrunc float 3*2^-26 -> 0x1p-24
; stdout: half fptrunc float 0.1 -> 0x1.998p-4
; stdout: half fptrunc float -0 -> -0x0p+0
; stdout: half fptrunc float 1e-8 -> 0x0p+0
; stdout: half fptrunc double 1+2^-11+2^-40 (no double rounding) -> 0x1.004p+0
; stdout: half fptrunc double 65504.000001 -> 0x1.ffcp+15
; stdout: half 1 + 2^-11 + 2^-11 + 2^-11 (rounded each step) -> 0x1p+0
; stdout: half 300*300, 1/3, 1-2^-12, 65504+16, 65504+15.99, -(2.5) -> inf 0x1.554p-2 0x1p+0 inf 0x1.ffcp+15 -0x1.4p+1
; stdout: half frem (5.5,2), sqrt(2), fma(0.1,10,-1), fabs(-2) -> 0x1.8p+0 0x1.6ap+0 -0x1p-12 0x1p+1
; stdout: half fcmp 1 vs 1+2^-10: olt oeq; uno(nan) -> 1 0 1
; stdout: half sitofp 2049 2051 65504 70000 -3 -> 0x1p+11 0x1.008p+11 0x1.ffcp+15 inf -0x1.8p+1
; stdout: half fptosi -65504 2.5 / fptoui 65504 -> -65504 2 65504
; stdout: half bits: 1.0 inf -0 max -> 0x3c00 0x7c00 0x8000 0x7bff
; stdout: half from bits 0x0001 0x03ff 0x7bff -> 0x1p-24 0x1.ff8p-15 0x1.ffcp+15
; stdout: half fpext to double 0x1.ffcp+15, 2^-24 -> 0x1.ffcp+15 0x1p-24
; stdout: bfloat from bits 0x3fc0 0x7f80 0x0001 0xc049 -> fpext -> 0x1.8p+0 inf 0x1p-133 -0x1.92p+1
; stdout: fp80 1+2^-63: %La, %.21Lg, fptrunc -> 0x8.000000000000001p-3 1.00000000000000000011 0x1p+0
; stdout: fp80 fptrunc 1+2^-53 (tie), 1+2^-53+2^-63, 1+3*2^-53 -> 0x1p+0 0x1.0000000000001p+0 0x1.0000000000002p+0
; stdout: fp80 (1+2^-63)^2, 1/3, 10/3, -2/3 -> 0x8.000000000000002p-3 0xa.aaaaaaaaaaaaaabp-5 0xd.555555555555555p-2 -0xa.aaaaaaaaaaaaaabp-4
; stdout: fp80 beyond double: 1e300^2, ^4, ^8, ^16, 1e300^16*1e300 (overflow), 1e300/1e4800, that/1e450 (subnormal) -> 1e+600 1e+1200 1e+2400 1e+4800 inf 1e-4500 1.09356e-4950
; stdout: fp80 fcmp 1+2^-63 vs 1: oeq ogt; 0/0: uno oeq une -> 0 1 1 0 1
; stdout: fp80 sitofp INT64_MAX, INT64_MIN; uitofp 2^64-1 (all exact) -> 9223372036854775807 -9223372036854775808 18446744073709551615
; stdout: fp80 round trips: fptosi(sitofp INT64_MAX), fptoui(uitofp 2^64-1), fptosi -2.9, fptoui 2^63+1 -> 9223372036854775807 18446744073709551615 -2 9223372036854775809
; stdout: fp80 frem (-5.5,2) (1e600,3); sqrt(2); floor(-2.5); fabs(-0.5); fpext 0.1 -> -0xcp-3 0x8p-2 0xb.504f333f9de6484p-3 -0xcp-2 0x8p-4 0xc.cccccccccccdp-7
; stdout: fp80 through a call: (a*b)+c with a=1+2^-63 -> 0xc.000000000000001p-1
; stdout: fp128 (1+2^-100)-1, 1/3, (1+2^-100)>1, fptosi 2^112+1 -> 0x1p-100 0x1.5555555555555p-2 1 0x1000000000000:0000000000000001 0xa.aaaaaaaaaaaaaabp-5

; each printed line: inputs loaded from their own globals (so no tier can fold them), the instruction or
; intrinsic under test, the results widened (iN to i64, fp to double) and printed
@in0_0 = global float 0x3FF0020000000000
@lab0 = private constant [44 x i8] c"half fptrunc float 1+2^-11 (tie, even down)\00"
@mfmt0 = private constant [10 x i8] c"%s -> %a\0A\00"
@in1_3 = global float 0x3FF0060000000000
@lab1 = private constant [44 x i8] c"half fptrunc float 1+3*2^-11 (tie, even up)\00"
@mfmt1 = private constant [10 x i8] c"%s -> %a\0A\00"
@in2_6 = global float 0x40EFFDE000000000
@lab2 = private constant [25 x i8] c"half fptrunc float 65519\00"
@mfmt2 = private constant [10 x i8] c"%s -> %a\0A\00"
@in3_9 = global float 0x40EFFE0000000000
@lab3 = private constant [36 x i8] c"half fptrunc float 65520 (overflow)\00"
@mfmt3 = private constant [10 x i8] c"%s -> %a\0A\00"
@in4_12 = global float 0x3E70000000000000
@lab4 = private constant [41 x i8] c"half fptrunc float 2^-24 (min subnormal)\00"
@mfmt4 = private constant [10 x i8] c"%s -> %a\0A\00"
@in5_15 = global float 0x3E60000000000000
@lab5 = private constant [39 x i8] c"half fptrunc float 2^-25 (tie to zero)\00"
@mfmt5 = private constant [10 x i8] c"%s -> %a\0A\00"
@in6_18 = global float 0x3E68000000000000
@lab6 = private constant [27 x i8] c"half fptrunc float 3*2^-26\00"
@mfmt6 = private constant [10 x i8] c"%s -> %a\0A\00"
@in7_21 = global float 0x3FB99999A0000000
@lab7 = private constant [23 x i8] c"half fptrunc float 0.1\00"
@mfmt7 = private constant [10 x i8] c"%s -> %a\0A\00"
@in8_24 = global float 0x8000000000000000
@lab8 = private constant [22 x i8] c"half fptrunc float -0\00"
@mfmt8 = private constant [10 x i8] c"%s -> %a\0A\00"
@in9_27 = global float 0x3E45798EE0000000
@lab9 = private constant [24 x i8] c"half fptrunc float 1e-8\00"
@mfmt9 = private constant [10 x i8] c"%s -> %a\0A\00"
@in10_30 = global double 0x3FF0020000001000
@lab10 = private constant [55 x i8] c"half fptrunc double 1+2^-11+2^-40 (no double rounding)\00"
@mfmt10 = private constant [10 x i8] c"%s -> %a\0A\00"
@in11_33 = global double 0x40EFFC00000218DF
@lab11 = private constant [33 x i8] c"half fptrunc double 65504.000001\00"
@mfmt11 = private constant [10 x i8] c"%s -> %a\0A\00"
@in12_36 = global half 0xH3C00
@in12_37 = global half 0xH1000
@lab12 = private constant [51 x i8] c"half 1 + 2^-11 + 2^-11 + 2^-11 (rounded each step)\00"
@mfmt12 = private constant [10 x i8] c"%s -> %a\0A\00"
@in13_40 = global half 0xH5CB0
@in13_41 = global half 0xH3C00
@in13_42 = global half 0xH4200
@in13_43 = global half 0xH0C00
@in13_44 = global half 0xH7BFF
@in13_45 = global half 0xH4C00
@in13_46 = global half 0xH4B80
@in13_47 = global half 0xH4100
@lab13 = private constant [58 x i8] c"half 300*300, 1/3, 1-2^-12, 65504+16, 65504+15.99, -(2.5)\00"
@mfmt13 = private constant [25 x i8] c"%s -> %a %a %a %a %a %a\0A\00"
@in14_50 = global half 0xH4580
@in14_51 = global half 0xH4000
@in14_52 = global half 0xH2E66
@in14_53 = global half 0xH4900
@in14_54 = global half 0xHBC00
@in14_55 = global half 0xHC000
@lab14 = private constant [53 x i8] c"half frem (5.5,2), sqrt(2), fma(0.1,10,-1), fabs(-2)\00"
@mfmt14 = private constant [19 x i8] c"%s -> %a %a %a %a\0A\00"
@in15_58 = global half 0xH3C00
@in15_59 = global half 0xH3C01
@in15_60 = global half 0xH7E00
@lab15 = private constant [42 x i8] c"half fcmp 1 vs 1+2^-10: olt oeq; uno(nan)\00"
@mfmt15 = private constant [22 x i8] c"%s -> %lld %lld %lld\0A\00"
@in16_63 = global i32 2049
@in16_64 = global i32 2051
@in16_65 = global i32 65504
@in16_66 = global i32 70000
@in16_67 = global i32 -3
@lab16 = private constant [37 x i8] c"half sitofp 2049 2051 65504 70000 -3\00"
@mfmt16 = private constant [22 x i8] c"%s -> %a %a %a %a %a\0A\00"
@in17_70 = global half 0xHFBFF
@in17_71 = global half 0xH4100
@in17_72 = global half 0xH7BFF
@lab17 = private constant [38 x i8] c"half fptosi -65504 2.5 / fptoui 65504\00"
@mfmt17 = private constant [22 x i8] c"%s -> %lld %lld %lld\0A\00"
@in18_75 = global half 0xH3C00
@in18_76 = global half 0xH7C00
@in18_77 = global half 0xH8000
@in18_78 = global half 0xH7BFF
@lab18 = private constant [26 x i8] c"half bits: 1.0 inf -0 max\00"
@mfmt18 = private constant [35 x i8] c"%s -> 0x%llx 0x%llx 0x%llx 0x%llx\0A\00"
@in19_81 = global i16 1
@in19_82 = global i16 1023
@in19_83 = global i16 31743
@lab19 = private constant [36 x i8] c"half from bits 0x0001 0x03ff 0x7bff\00"
@mfmt19 = private constant [16 x i8] c"%s -> %a %a %a\0A\00"
@in20_86 = global half 0xH7BFF
@in20_87 = global half 0xH0001
@lab20 = private constant [40 x i8] c"half fpext to double 0x1.ffcp+15, 2^-24\00"
@mfmt20 = private constant [13 x i8] c"%s -> %a %a\0A\00"
@in21_90 = global i16 16320
@in21_91 = global i16 32640
@in21_92 = global i16 1
@in21_93 = global i16 -16311
@lab21 = private constant [54 x i8] c"bfloat from bits 0x3fc0 0x7f80 0x0001 0xc049 -> fpext\00"
@mfmt21 = private constant [19 x i8] c"%s -> %a %a %a %a\0A\00"
@in22_96 = global x86_fp80 0xK3FFF8000000000000000
@in22_97 = global x86_fp80 0xK3FC08000000000000000
@lab22 = private constant [35 x i8] c"fp80 1+2^-63: %La, %.21Lg, fptrunc\00"
@mfmt22 = private constant [21 x i8] c"%s -> %La %.21Lg %a\0A\00"
@in23_100 = global x86_fp80 0xK3FFF8000000000000000
@in23_101 = global x86_fp80 0xK3FCA8000000000000000
@in23_102 = global x86_fp80 0xK3FC08000000000000000
@in23_103 = global x86_fp80 0xK3FCBC000000000000000
@lab23 = private constant [53 x i8] c"fp80 fptrunc 1+2^-53 (tie), 1+2^-53+2^-63, 1+3*2^-53\00"
@mfmt23 = private constant [16 x i8] c"%s -> %a %a %a\0A\00"
@in24_106 = global x86_fp80 0xK3FFF8000000000000000
@in24_107 = global x86_fp80 0xK3FC08000000000000000
@in24_108 = global x86_fp80 0xK4000C000000000000000
@in24_109 = global x86_fp80 0xK4002A000000000000000
@in24_110 = global x86_fp80 0xKC0008000000000000000
@lab24 = private constant [34 x i8] c"fp80 (1+2^-63)^2, 1/3, 10/3, -2/3\00"
@mfmt24 = private constant [23 x i8] c"%s -> %La %La %La %La\0A\00"
@in25_113 = global x86_fp80 0xK43E3BF21E44003ACE000
@in25_114 = global x86_fp80 0xK41F19C69A97284B57800
@lab25 = private constant [106 x i8] c"fp80 beyond double: 1e300^2, ^4, ^8, ^16, 1e300^16*1e300 (overflow), 1e300/1e4800, that/1e450 (subnormal)\00"
@mfmt25 = private constant [35 x i8] c"%s -> %Lg %Lg %Lg %Lg %Lg %Lg %Lg\0A\00"
@in26_117 = global x86_fp80 0xK3FFF8000000000000000
@in26_118 = global x86_fp80 0xK3FC08000000000000000
@in26_119 = global x86_fp80 0xK00000000000000000000
@lab26 = private constant [50 x i8] c"fp80 fcmp 1+2^-63 vs 1: oeq ogt; 0/0: uno oeq une\00"
@mfmt26 = private constant [32 x i8] c"%s -> %lld %lld %lld %lld %lld\0A\00"
@in27_122 = global i64 9223372036854775807
@in27_123 = global i64 -9223372036854775808
@in27_124 = global i64 -1
@lab27 = private constant [60 x i8] c"fp80 sitofp INT64_MAX, INT64_MIN; uitofp 2^64-1 (all exact)\00"
@mfmt27 = private constant [25 x i8] c"%s -> %.0Lf %.0Lf %.0Lf\0A\00"
@in28_127 = global i64 9223372036854775807
@in28_128 = global i64 -1
@in28_129 = global x86_fp80 0xKC000B999999999999800
@in28_130 = global x86_fp80 0xK403E8000000000000000
@in28_131 = global x86_fp80 0xK3FFF8000000000000000
@lab28 = private constant [94 x i8] c"fp80 round trips: fptosi(sitofp INT64_MAX), fptoui(uitofp 2^64-1), fptosi -2.9, fptoui 2^63+1\00"
@mfmt28 = private constant [27 x i8] c"%s -> %lld %llu %lld %llu\0A\00"
@in29_134 = global x86_fp80 0xKC001B000000000000000
@in29_135 = global x86_fp80 0xK40008000000000000000
@in29_136 = global x86_fp80 0xK43E3BF21E44003ACE000
@in29_137 = global x86_fp80 0xK4000C000000000000000
@in29_138 = global x86_fp80 0xKC000A000000000000000
@in29_139 = global x86_fp80 0xKBFFE8000000000000000
@in29_140 = global double 0x3FB999999999999A
@lab29 = private constant [74 x i8] c"fp80 frem (-5.5,2) (1e600,3); sqrt(2); floor(-2.5); fabs(-0.5); fpext 0.1\00"
@mfmt29 = private constant [31 x i8] c"%s -> %La %La %La %La %La %La\0A\00"
@in30_143 = global x86_fp80 0xK3FFF8000000000000000
@in30_144 = global x86_fp80 0xK3FC08000000000000000
@in30_145 = global x86_fp80 0xK4000C000000000000000
@lab30 = private constant [44 x i8] c"fp80 through a call: (a*b)+c with a=1+2^-63\00"
@mfmt30 = private constant [11 x i8] c"%s -> %La\0A\00"
@in31_148 = global double 0x3FF0000000000000
@in31_149 = global double 0x39B0000000000000
@in31_150 = global double 0x4008000000000000
@in31_151 = global double 0x46F0000000000000
@lab31 = private constant [54 x i8] c"fp128 (1+2^-100)-1, 1/3, (1+2^-100)>1, fptosi 2^112+1\00"
@mfmt31 = private constant [37 x i8] c"%s -> %a %a %lld 0x%llx:%016llx %La\0A\00"

declare i32 @printf(ptr, ...)
declare half @llvm.fabs.f16(half)
declare half @llvm.fma.f16(half, half, half)
declare half @llvm.sqrt.f16(half)
declare x86_fp80 @llvm.fabs.f80(x86_fp80)
declare x86_fp80 @llvm.floor.f80(x86_fp80)
declare x86_fp80 @llvm.sqrt.f80(x86_fp80)

define x86_fp80 @muladd80(x86_fp80 %a, x86_fp80 %b, x86_fp80 %c) noinline {
  %p = fmul x86_fp80 %a, %b
  %s = fadd x86_fp80 %p, %c
  ret x86_fp80 %s
}

define i32 @main() {
entry:
  %in0_1 = load float, ptr @in0_0
  %r0_0 = fptrunc float %in0_1 to half
  %r0_0.w = fpext half %r0_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt0, ptr @lab0, double %r0_0.w)
  %in1_4 = load float, ptr @in1_3
  %r1_0 = fptrunc float %in1_4 to half
  %r1_0.w = fpext half %r1_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt1, ptr @lab1, double %r1_0.w)
  %in2_7 = load float, ptr @in2_6
  %r2_0 = fptrunc float %in2_7 to half
  %r2_0.w = fpext half %r2_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt2, ptr @lab2, double %r2_0.w)
  %in3_10 = load float, ptr @in3_9
  %r3_0 = fptrunc float %in3_10 to half
  %r3_0.w = fpext half %r3_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt3, ptr @lab3, double %r3_0.w)
  %in4_13 = load float, ptr @in4_12
  %r4_0 = fptrunc float %in4_13 to half
  %r4_0.w = fpext half %r4_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt4, ptr @lab4, double %r4_0.w)
  %in5_16 = load float, ptr @in5_15
  %r5_0 = fptrunc float %in5_16 to half
  %r5_0.w = fpext half %r5_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt5, ptr @lab5, double %r5_0.w)
  %in6_19 = load float, ptr @in6_18
  %r6_0 = fptrunc float %in6_19 to half
  %r6_0.w = fpext half %r6_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt6, ptr @lab6, double %r6_0.w)
  %in7_22 = load float, ptr @in7_21
  %r7_0 = fptrunc float %in7_22 to half
  %r7_0.w = fpext half %r7_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt7, ptr @lab7, double %r7_0.w)
  %in8_25 = load float, ptr @in8_24
  %r8_0 = fptrunc float %in8_25 to half
  %r8_0.w = fpext half %r8_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt8, ptr @lab8, double %r8_0.w)
  %in9_28 = load float, ptr @in9_27
  %r9_0 = fptrunc float %in9_28 to half
  %r9_0.w = fpext half %r9_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt9, ptr @lab9, double %r9_0.w)
  %in10_31 = load double, ptr @in10_30
  %r10_0 = fptrunc double %in10_31 to half
  %r10_0.w = fpext half %r10_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt10, ptr @lab10, double %r10_0.w)
  %in11_34 = load double, ptr @in11_33
  %r11_0 = fptrunc double %in11_34 to half
  %r11_0.w = fpext half %r11_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt11, ptr @lab11, double %r11_0.w)
  %in12_37 = load half, ptr @in12_36
  %in12_38 = load half, ptr @in12_37
  %r12_0 = fadd half %in12_37, %in12_38
  %r12_1 = fadd half %r12_0, %in12_38
  %r12_2 = fadd half %r12_1, %in12_38
  %r12_2.w = fpext half %r12_2 to double
  call i32 (ptr, ...) @printf(ptr @mfmt12, ptr @lab12, double %r12_2.w)
  %in13_41 = load half, ptr @in13_40
  %in13_42 = load half, ptr @in13_41
  %in13_43 = load half, ptr @in13_42
  %in13_44 = load half, ptr @in13_43
  %in13_45 = load half, ptr @in13_44
  %in13_46 = load half, ptr @in13_45
  %in13_47 = load half, ptr @in13_46
  %in13_48 = load half, ptr @in13_47
  %r13_0 = fmul half %in13_41, %in13_41
  %r13_0.w = fpext half %r13_0 to double
  %r13_1 = fdiv half %in13_42, %in13_43
  %r13_1.w = fpext half %r13_1 to double
  %r13_2 = fsub half %in13_42, %in13_44
  %r13_2.w = fpext half %r13_2 to double
  %r13_3 = fadd half %in13_45, %in13_46
  %r13_3.w = fpext half %r13_3 to double
  %r13_4 = fadd half %in13_45, %in13_47
  %r13_4.w = fpext half %r13_4 to double
  %r13_5 = fneg half %in13_48
  %r13_5.w = fpext half %r13_5 to double
  call i32 (ptr, ...) @printf(ptr @mfmt13, ptr @lab13, double %r13_0.w, double %r13_1.w, double %r13_2.w, double %r13_3.w, double %r13_4.w, double %r13_5.w)
  %in14_51 = load half, ptr @in14_50
  %in14_52 = load half, ptr @in14_51
  %in14_53 = load half, ptr @in14_52
  %in14_54 = load half, ptr @in14_53
  %in14_55 = load half, ptr @in14_54
  %in14_56 = load half, ptr @in14_55
  %r14_0 = frem half %in14_51, %in14_52
  %r14_0.w = fpext half %r14_0 to double
  %r14_1 = call half @llvm.sqrt.f16(half %in14_52)
  %r14_1.w = fpext half %r14_1 to double
  %r14_2 = call half @llvm.fma.f16(half %in14_53, half %in14_54, half %in14_55)
  %r14_2.w = fpext half %r14_2 to double
  %r14_3 = call half @llvm.fabs.f16(half %in14_56)
  %r14_3.w = fpext half %r14_3 to double
  call i32 (ptr, ...) @printf(ptr @mfmt14, ptr @lab14, double %r14_0.w, double %r14_1.w, double %r14_2.w, double %r14_3.w)
  %in15_59 = load half, ptr @in15_58
  %in15_60 = load half, ptr @in15_59
  %in15_61 = load half, ptr @in15_60
  %r15_0 = fcmp olt half %in15_59, %in15_60
  %r15_0.w = zext i1 %r15_0 to i64
  %r15_1 = fcmp oeq half %in15_59, %in15_60
  %r15_1.w = zext i1 %r15_1 to i64
  %r15_2 = fcmp uno half %in15_61, %in15_59
  %r15_2.w = zext i1 %r15_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt15, ptr @lab15, i64 %r15_0.w, i64 %r15_1.w, i64 %r15_2.w)
  %in16_64 = load i32, ptr @in16_63
  %in16_65 = load i32, ptr @in16_64
  %in16_66 = load i32, ptr @in16_65
  %in16_67 = load i32, ptr @in16_66
  %in16_68 = load i32, ptr @in16_67
  %r16_0 = sitofp i32 %in16_64 to half
  %r16_0.w = fpext half %r16_0 to double
  %r16_1 = sitofp i32 %in16_65 to half
  %r16_1.w = fpext half %r16_1 to double
  %r16_2 = sitofp i32 %in16_66 to half
  %r16_2.w = fpext half %r16_2 to double
  %r16_3 = sitofp i32 %in16_67 to half
  %r16_3.w = fpext half %r16_3 to double
  %r16_4 = sitofp i32 %in16_68 to half
  %r16_4.w = fpext half %r16_4 to double
  call i32 (ptr, ...) @printf(ptr @mfmt16, ptr @lab16, double %r16_0.w, double %r16_1.w, double %r16_2.w, double %r16_3.w, double %r16_4.w)
  %in17_71 = load half, ptr @in17_70
  %in17_72 = load half, ptr @in17_71
  %in17_73 = load half, ptr @in17_72
  %r17_0 = fptosi half %in17_71 to i32
  %r17_0.w = sext i32 %r17_0 to i64
  %r17_1 = fptosi half %in17_72 to i8
  %r17_1.w = sext i8 %r17_1 to i64
  %r17_2 = fptoui half %in17_73 to i16
  %r17_2.w = zext i16 %r17_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt17, ptr @lab17, i64 %r17_0.w, i64 %r17_1.w, i64 %r17_2.w)
  %in18_76 = load half, ptr @in18_75
  %in18_77 = load half, ptr @in18_76
  %in18_78 = load half, ptr @in18_77
  %in18_79 = load half, ptr @in18_78
  %r18_0 = bitcast half %in18_76 to i16
  %r18_0.w = zext i16 %r18_0 to i64
  %r18_1 = bitcast half %in18_77 to i16
  %r18_1.w = zext i16 %r18_1 to i64
  %r18_2 = bitcast half %in18_78 to i16
  %r18_2.w = zext i16 %r18_2 to i64
  %r18_3 = bitcast half %in18_79 to i16
  %r18_3.w = zext i16 %r18_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt18, ptr @lab18, i64 %r18_0.w, i64 %r18_1.w, i64 %r18_2.w, i64 %r18_3.w)
  %in19_82 = load i16, ptr @in19_81
  %in19_83 = load i16, ptr @in19_82
  %in19_84 = load i16, ptr @in19_83
  %r19_0 = bitcast i16 %in19_82 to half
  %r19_0.w = fpext half %r19_0 to double
  %r19_1 = bitcast i16 %in19_83 to half
  %r19_1.w = fpext half %r19_1 to double
  %r19_2 = bitcast i16 %in19_84 to half
  %r19_2.w = fpext half %r19_2 to double
  call i32 (ptr, ...) @printf(ptr @mfmt19, ptr @lab19, double %r19_0.w, double %r19_1.w, double %r19_2.w)
  %in20_87 = load half, ptr @in20_86
  %in20_88 = load half, ptr @in20_87
  %r20_0 = fpext half %in20_87 to double
  %r20_1 = fpext half %in20_88 to double
  call i32 (ptr, ...) @printf(ptr @mfmt20, ptr @lab20, double %r20_0, double %r20_1)
  %in21_91 = load i16, ptr @in21_90
  %in21_92 = load i16, ptr @in21_91
  %in21_93 = load i16, ptr @in21_92
  %in21_94 = load i16, ptr @in21_93
  %r21_0 = bitcast i16 %in21_91 to bfloat
  %r21_1 = bitcast i16 %in21_92 to bfloat
  %r21_2 = bitcast i16 %in21_93 to bfloat
  %r21_3 = bitcast i16 %in21_94 to bfloat
  %r21_4 = fpext bfloat %r21_0 to double
  %r21_5 = fpext bfloat %r21_1 to double
  %r21_6 = fpext bfloat %r21_2 to double
  %r21_7 = fpext bfloat %r21_3 to double
  call i32 (ptr, ...) @printf(ptr @mfmt21, ptr @lab21, double %r21_4, double %r21_5, double %r21_6, double %r21_7)
  %in22_97 = load x86_fp80, ptr @in22_96
  %in22_98 = load x86_fp80, ptr @in22_97
  %r22_0 = fadd x86_fp80 %in22_97, %in22_98
  %r22_1 = fadd x86_fp80 %in22_97, %in22_98
  %r22_2 = fptrunc x86_fp80 %r22_0 to double
  call i32 (ptr, ...) @printf(ptr @mfmt22, ptr @lab22, x86_fp80 %r22_0, x86_fp80 %r22_1, double %r22_2)
  %in23_101 = load x86_fp80, ptr @in23_100
  %in23_102 = load x86_fp80, ptr @in23_101
  %in23_103 = load x86_fp80, ptr @in23_102
  %in23_104 = load x86_fp80, ptr @in23_103
  %r23_0 = fadd x86_fp80 %in23_101, %in23_102
  %r23_1 = fptrunc x86_fp80 %r23_0 to double
  %r23_2 = fadd x86_fp80 %r23_0, %in23_103
  %r23_3 = fptrunc x86_fp80 %r23_2 to double
  %r23_4 = fadd x86_fp80 %in23_101, %in23_104
  %r23_5 = fptrunc x86_fp80 %r23_4 to double
  call i32 (ptr, ...) @printf(ptr @mfmt23, ptr @lab23, double %r23_1, double %r23_3, double %r23_5)
  %in24_107 = load x86_fp80, ptr @in24_106
  %in24_108 = load x86_fp80, ptr @in24_107
  %in24_109 = load x86_fp80, ptr @in24_108
  %in24_110 = load x86_fp80, ptr @in24_109
  %in24_111 = load x86_fp80, ptr @in24_110
  %r24_0 = fadd x86_fp80 %in24_107, %in24_108
  %r24_1 = fmul x86_fp80 %r24_0, %r24_0
  %r24_2 = fdiv x86_fp80 %in24_107, %in24_109
  %r24_3 = fdiv x86_fp80 %in24_110, %in24_109
  %r24_4 = fdiv x86_fp80 %in24_111, %in24_109
  call i32 (ptr, ...) @printf(ptr @mfmt24, ptr @lab24, x86_fp80 %r24_1, x86_fp80 %r24_2, x86_fp80 %r24_3, x86_fp80 %r24_4)
  %in25_114 = load x86_fp80, ptr @in25_113
  %in25_115 = load x86_fp80, ptr @in25_114
  %r25_0 = fmul x86_fp80 %in25_114, %in25_114
  %r25_1 = fmul x86_fp80 %r25_0, %r25_0
  %r25_2 = fmul x86_fp80 %r25_1, %r25_1
  %r25_3 = fmul x86_fp80 %r25_2, %r25_2
  %r25_4 = fmul x86_fp80 %r25_3, %in25_114
  %r25_5 = fdiv x86_fp80 %in25_114, %r25_3
  %r25_6 = fmul x86_fp80 %in25_114, %in25_115
  %r25_7 = fdiv x86_fp80 %r25_5, %r25_6
  call i32 (ptr, ...) @printf(ptr @mfmt25, ptr @lab25, x86_fp80 %r25_0, x86_fp80 %r25_1, x86_fp80 %r25_2, x86_fp80 %r25_3, x86_fp80 %r25_4, x86_fp80 %r25_5, x86_fp80 %r25_7)
  %in26_118 = load x86_fp80, ptr @in26_117
  %in26_119 = load x86_fp80, ptr @in26_118
  %in26_120 = load x86_fp80, ptr @in26_119
  %r26_0 = fadd x86_fp80 %in26_118, %in26_119
  %r26_1 = fcmp oeq x86_fp80 %r26_0, %in26_118
  %r26_1.w = zext i1 %r26_1 to i64
  %r26_2 = fcmp ogt x86_fp80 %r26_0, %in26_118
  %r26_2.w = zext i1 %r26_2 to i64
  %r26_3 = fdiv x86_fp80 %in26_120, %in26_120
  %r26_4 = fcmp uno x86_fp80 %r26_3, %r26_3
  %r26_4.w = zext i1 %r26_4 to i64
  %r26_5 = fcmp oeq x86_fp80 %r26_3, %r26_3
  %r26_5.w = zext i1 %r26_5 to i64
  %r26_6 = fcmp une x86_fp80 %r26_3, %in26_118
  %r26_6.w = zext i1 %r26_6 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt26, ptr @lab26, i64 %r26_1.w, i64 %r26_2.w, i64 %r26_4.w, i64 %r26_5.w, i64 %r26_6.w)
  %in27_123 = load i64, ptr @in27_122
  %in27_124 = load i64, ptr @in27_123
  %in27_125 = load i64, ptr @in27_124
  %r27_0 = sitofp i64 %in27_123 to x86_fp80
  %r27_1 = sitofp i64 %in27_124 to x86_fp80
  %r27_2 = uitofp i64 %in27_125 to x86_fp80
  call i32 (ptr, ...) @printf(ptr @mfmt27, ptr @lab27, x86_fp80 %r27_0, x86_fp80 %r27_1, x86_fp80 %r27_2)
  %in28_128 = load i64, ptr @in28_127
  %in28_129 = load i64, ptr @in28_128
  %in28_130 = load x86_fp80, ptr @in28_129
  %in28_131 = load x86_fp80, ptr @in28_130
  %in28_132 = load x86_fp80, ptr @in28_131
  %r28_0 = sitofp i64 %in28_128 to x86_fp80
  %r28_1 = fptosi x86_fp80 %r28_0 to i64
  %r28_2 = uitofp i64 %in28_129 to x86_fp80
  %r28_3 = fptoui x86_fp80 %r28_2 to i64
  %r28_4 = fptosi x86_fp80 %in28_130 to i32
  %r28_4.w = sext i32 %r28_4 to i64
  %r28_5 = fadd x86_fp80 %in28_131, %in28_132
  %r28_6 = fptoui x86_fp80 %r28_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt28, ptr @lab28, i64 %r28_1, i64 %r28_3, i64 %r28_4.w, i64 %r28_6)
  %in29_135 = load x86_fp80, ptr @in29_134
  %in29_136 = load x86_fp80, ptr @in29_135
  %in29_137 = load x86_fp80, ptr @in29_136
  %in29_138 = load x86_fp80, ptr @in29_137
  %in29_139 = load x86_fp80, ptr @in29_138
  %in29_140 = load x86_fp80, ptr @in29_139
  %in29_141 = load double, ptr @in29_140
  %r29_0 = frem x86_fp80 %in29_135, %in29_136
  %r29_1 = fmul x86_fp80 %in29_137, %in29_137
  %r29_2 = frem x86_fp80 %r29_1, %in29_138
  %r29_3 = call x86_fp80 @llvm.sqrt.f80(x86_fp80 %in29_136)
  %r29_4 = call x86_fp80 @llvm.floor.f80(x86_fp80 %in29_139)
  %r29_5 = call x86_fp80 @llvm.fabs.f80(x86_fp80 %in29_140)
  %r29_6 = fpext double %in29_141 to x86_fp80
  call i32 (ptr, ...) @printf(ptr @mfmt29, ptr @lab29, x86_fp80 %r29_0, x86_fp80 %r29_2, x86_fp80 %r29_3, x86_fp80 %r29_4, x86_fp80 %r29_5, x86_fp80 %r29_6)
  %in30_144 = load x86_fp80, ptr @in30_143
  %in30_145 = load x86_fp80, ptr @in30_144
  %in30_146 = load x86_fp80, ptr @in30_145
  %r30_0 = fadd x86_fp80 %in30_144, %in30_145
  %r30_1 = call x86_fp80 @muladd80(x86_fp80 %r30_0, x86_fp80 %in30_146, x86_fp80 %in30_146)
  call i32 (ptr, ...) @printf(ptr @mfmt30, ptr @lab30, x86_fp80 %r30_1)
  %in31_149 = load double, ptr @in31_148
  %in31_150 = load double, ptr @in31_149
  %in31_151 = load double, ptr @in31_150
  %in31_152 = load double, ptr @in31_151
  %r31_0 = fpext double %in31_149 to fp128
  %r31_1 = fpext double %in31_150 to fp128
  %r31_2 = fadd fp128 %r31_0, %r31_1
  %r31_3 = fsub fp128 %r31_2, %r31_0
  %r31_4 = fptrunc fp128 %r31_3 to double
  %r31_5 = fpext double %in31_151 to fp128
  %r31_6 = fdiv fp128 %r31_0, %r31_5
  %r31_7 = fptrunc fp128 %r31_6 to double
  %r31_8 = fcmp ogt fp128 %r31_2, %r31_0
  %r31_8.w = zext i1 %r31_8 to i64
  %r31_9 = fpext double %in31_152 to fp128
  %r31_10 = fadd fp128 %r31_9, %r31_0
  %r31_11 = fptosi fp128 %r31_10 to i128
  %r31_12 = lshr i128 %r31_11, 64
  %r31_13 = trunc i128 %r31_12 to i64
  %r31_14 = trunc i128 %r31_11 to i64
  %r31_15 = fptrunc fp128 %r31_6 to x86_fp80
  call i32 (ptr, ...) @printf(ptr @mfmt31, ptr @lab31, double %r31_4, double %r31_7, i64 %r31_8.w, i64 %r31_13, i64 %r31_14, x86_fp80 %r31_15)
  ret i32 0
}
