; purpose: fptrunc/fpext rounding (ties, overflow, subnormals), sitofp/uitofp from i1..i64 (values above 2^63, double-rounding traps for float), in-range fptosi/fptoui, fptosi.sat/fptoui.sat with NaN/inf/out-of-range inputs, bitcasts keeping NaN payloads
; stdout: fptrunc 0.1 -> 0x1.99999ap-4
; stdout: fptrunc 1e39 (overflow) -> inf
; stdout: fptrunc 0x1.fffffefffffffp+127 (below max midpoint) -> 0x1.fffffep+127
; stdout: fptrunc 0x1.ffffffp+127 (tie past max) -> inf
; stdout: fptrunc 1e-46 (underflow) -> 0x0p+0
; stdout: fptrunc 1e-40 (subnormal) -> 0x1.16c2p-133
; stdout: fptrunc 1+2^-24 (tie, even down) -> 0x1p+0
; stdout: fptrunc 1+3*2^-24 (tie, even up) -> 0x1.000004p+0
; stdout: fptrunc 1+2^-24+2^-50 -> 0x1.000002p+0
; stdout: fptrunc 2^-150 (tie to zero) -> 0x0p+0
; stdout: fptrunc 3*2^-150 (tie up) -> 0x1p-148
; stdout: fptrunc 2^-150+2^-200 -> 0x1p-149
; stdout: fptrunc -0 -> -0x0p+0
; stdout: fptrunc -inf -> -inf
; stdout: fpext 0.1f -> 0x1.99999ap-4
; stdout: fpext 2^-149 -> 0x1p-149
; stdout: fpext -max -> -0x1.fffffep+127
; stdout: sitofp i1 1 to double -> -0x1p+0
; stdout: uitofp i1 1 to double -> 0x1p+0
; stdout: sitofp i3 -4 to double -> -0x1p+2
; stdout: uitofp i3 4 to double -> 0x1p+2
; stdout: sitofp i8 -128 to double -> -0x1p+7
; stdout: uitofp i8 128 to double -> 0x1p+7
; stdout: uitofp i8 255 to float -> 0x1.fep+7
; stdout: sitofp i16 -32768 to float -> -0x1p+15
; stdout: uitofp i16 65535 to double -> 0x1.fffep+15
; stdout: sitofp i32 -2147483648 to double -> -0x1p+31
; stdout: uitofp i32 4294967295 to double -> 0x1.fffffffep+31
; stdout: sitofp i32 16777217 to float -> 0x1p+24
; stdout: sitofp i32 16777219 to float -> 0x1.000004p+24
; stdout: uitofp i32 4294967295 to float -> 0x1p+32
; stdout: sitofp i32 2147483647 to float -> 0x1p+31
; stdout: sitofp i64 -9223372036854775808 to double -> -0x1p+63
; stdout: sitofp i64 9223372036854775807 to double -> 0x1p+63
; stdout: uitofp i64 9223372036854775809 to double -> 0x1p+63
; stdout: uitofp i64 9223372036854776832 to double -> 0x1p+63
; stdout: uitofp i64 9223372036854776833 to double -> 0x1.0000000000001p+63
; stdout: uitofp i64 9223372036854778880 to double -> 0x1.0000000000002p+63
; stdout: uitofp i64 18446744073709551615 to double -> 0x1p+64
; stdout: sitofp i64 9007199254740993 to double -> 0x1p+53
; stdout: sitofp i64 -9007199254740995 to double -> -0x1.0000000000002p+53
; stdout: sitofp i64 4611686293305294849 to float -> 0x1.000002p+62
; stdout: sitofp i64 -4611686293305294849 to float -> -0x1.000002p+62
; stdout: uitofp i64 9223372586610589697 to float -> 0x1.000002p+63
; stdout: uitofp i64 18446744073709551615 to float -> 0x1p+64
; stdout: sitofp i64 9223372036854775807 to float -> 0x1p+63
; stdout: uitofp nneg i32 12345 to double -> 0x1.81c8p+13
; stdout: fptosi double -1.9 to i32 -> -1
; stdout: fptosi double 2.9 to i32 -> 2
; stdout: fptosi double -0.99 to i32 -> 0
; stdout: fptoui double 0.99 to i32 -> 0
; stdout: fptosi double -128.9 to i8 -> -128
; stdout: fptoui double 255.9 to i8 -> 255
; stdout: fptosi double -1.0 to i1 -> -1
; stdout: fptoui double 1.0 to i1 -> 1
; stdout: fptosi float -32768.5 to i16 -> -32768
; stdout: fptoui double 4e9 to i32 -> 4000000000
; stdout: fptoui float 3e9f to i32 -> 3000000000
; stdout: fptoui double 1.8e19 to i64 -> 18000000000000000000
; stdout: fptoui double 2^63 to i64 -> 9223372036854775808
; stdout: fptosi double -9.2e18 to i64 -> -9200000000000000000
; stdout: fptosi float -0x1p63f to i64 -> -9223372036854775808
; stdout: fptoui float 0x1.fffffep+63f to i64 -> 18446742974197923840
; stdout: fptosi double 1e10 to i35 -> 10000000000
; stdout: fpto[su]i.sat nan: i8 0/0 i16 0/0 i32 0/0 i64 0/0
; stdout: fpto[su]i.sat -nan: i8 0/0 i16 0/0 i32 0/0 i64 0/0
; stdout: fpto[su]i.sat +inf: i8 127/255 i16 32767/65535 i32 2147483647/4294967295 i64 9223372036854775807/18446744073709551615
; stdout: fpto[su]i.sat -inf: i8 -128/0 i16 -32768/0 i32 -2147483648/0 i64 -9223372036854775808/0
; stdout: fpto[su]i.sat 1e20: i8 127/255 i16 32767/65535 i32 2147483647/4294967295 i64 9223372036854775807/18446744073709551615
; stdout: fpto[su]i.sat -1e20: i8 -128/0 i16 -32768/0 i32 -2147483648/0 i64 -9223372036854775808/0
; stdout: fpto[su]i.sat 300.7: i8 127/255 i16 300/300 i32 300/300 i64 300/300
; stdout: fpto[su]i.sat -300.7: i8 -128/0 i16 -300/0 i32 -300/0 i64 -300/0
; stdout: fpto[su]i.sat 127.9: i8 127/127 i16 127/127 i32 127/127 i64 127/127
; stdout: fpto[su]i.sat -128.9: i8 -128/0 i16 -128/0 i32 -128/0 i64 -128/0
; stdout: fpto[su]i.sat -0.9: i8 0/0 i16 0/0 i32 0/0 i64 0/0
; stdout: fpto[su]i.sat 255.5: i8 127/255 i16 255/255 i32 255/255 i64 255/255
; stdout: fpto[su]i.sat 65535.9: i8 127/255 i16 32767/65535 i32 65535/65535 i64 65535/65535
; stdout: fpto[su]i.sat -1.5: i8 -1/0 i16 -1/0 i32 -1/0 i64 -1/0
; stdout: fpto[su]i.sat 2^63: i8 127/255 i16 32767/65535 i32 2147483647/4294967295 i64 9223372036854775807/9223372036854775808
; stdout: fpto[su]i.sat 2^64: i8 127/255 i16 32767/65535 i32 2147483647/4294967295 i64 9223372036854775807/18446744073709551615
; stdout: fptosi.sat.i32 float 2147483648f -> 2147483647
; stdout: fptoui.sat.i32 float 2147483648f -> 2147483648
; stdout: fptosi.sat.i32 float -2147483904f -> -2147483648
; stdout: fptoui.sat.i32 float -2147483904f -> 0
; stdout: fptosi.sat.i32 float nan f -> 0
; stdout: fptoui.sat.i32 float nan f -> 0
; stdout: fptosi.sat.i64 float 1e30f -> 9223372036854775807
; stdout: fptoui.sat.i64 float 1e30f -> 18446744073709551615
; stdout: fptosi.sat.i7 float -5.5f -> -5
; stdout: fptoui.sat.i7 float -5.5f -> 0
; stdout: fptosi.sat.i7 float 100.5f -> 63
; stdout: fptoui.sat.i7 float 100.5f -> 100
; stdout: bitcast float -0 to i32 -> 0x80000000
; stdout: bitcast float 1.0 to i32 -> 0x3f800000
; stdout: bitcast double 1.0 to i64 -> 0x3ff0000000000000
; stdout: bitcast double -inf to i64 -> 0xfff0000000000000
; stdout: bitcast i64 0x400921fb54442d18 to double -> 0x1.921fb54442d18p+1
; stdout: bitcast i32 0x00000001 to float -> 0x1p-149
; stdout: bitcast i32 0xff7fffff to float -> -0x1.fffffep+127
; stdout: snan i32 0x7fa00001 -> float -> call -> i32 -> 0x7fa00001
; stdout: snan i64 0xfff0000000000001 -> double -> memory -> i64 -> 0xfff0000000000001

; each printed line: inputs loaded from their own globals (so no tier can fold them), the instruction or
; intrinsic under test, the results widened (iN to i64, fp to double) and printed
@fmt_a = private constant [10 x i8] c"%s -> %a\0A\00"
@fmt_s = private constant [12 x i8] c"%s -> %lld\0A\00"
@fmt_u = private constant [12 x i8] c"%s -> %llu\0A\00"
@fmt_x = private constant [14 x i8] c"%s -> 0x%llx\0A\00"
@in0_0 = global double 0x3FB999999999999A
@lab0 = private constant [12 x i8] c"fptrunc 0.1\00"
@in1_2 = global double 0x48078287F49C4A1D
@lab1 = private constant [24 x i8] c"fptrunc 1e39 (overflow)\00"
@in2_4 = global double 0x47EFFFFFEFFFFFFF
@lab2 = private constant [52 x i8] c"fptrunc 0x1.fffffefffffffp+127 (below max midpoint)\00"
@in3_6 = global double 0x47EFFFFFF0000000
@lab3 = private constant [39 x i8] c"fptrunc 0x1.ffffffp+127 (tie past max)\00"
@in4_8 = global double 0x366244CE242C5561
@lab4 = private constant [26 x i8] c"fptrunc 1e-46 (underflow)\00"
@in5_10 = global double 0x37A16C262777579C
@lab5 = private constant [26 x i8] c"fptrunc 1e-40 (subnormal)\00"
@in6_12 = global double 0x3FF0000010000000
@lab6 = private constant [33 x i8] c"fptrunc 1+2^-24 (tie, even down)\00"
@in7_14 = global double 0x3FF0000030000000
@lab7 = private constant [33 x i8] c"fptrunc 1+3*2^-24 (tie, even up)\00"
@in8_16 = global double 0x3FF0000010000004
@lab8 = private constant [22 x i8] c"fptrunc 1+2^-24+2^-50\00"
@in9_18 = global double 0x3690000000000000
@lab9 = private constant [29 x i8] c"fptrunc 2^-150 (tie to zero)\00"
@in10_20 = global double 0x36A8000000000000
@lab10 = private constant [26 x i8] c"fptrunc 3*2^-150 (tie up)\00"
@in11_22 = global double 0x3690000000000004
@lab11 = private constant [22 x i8] c"fptrunc 2^-150+2^-200\00"
@in12_24 = global double 0x8000000000000000
@lab12 = private constant [11 x i8] c"fptrunc -0\00"
@in13_26 = global double 0xFFF0000000000000
@lab13 = private constant [13 x i8] c"fptrunc -inf\00"
@in14_28 = global float 0x3FB99999A0000000
@lab14 = private constant [11 x i8] c"fpext 0.1f\00"
@in15_30 = global float 0x36A0000000000000
@lab15 = private constant [13 x i8] c"fpext 2^-149\00"
@in16_32 = global float 0xC7EFFFFFE0000000
@lab16 = private constant [11 x i8] c"fpext -max\00"
@in17_34 = global i1 1
@lab17 = private constant [22 x i8] c"sitofp i1 1 to double\00"
@in18_36 = global i1 1
@lab18 = private constant [22 x i8] c"uitofp i1 1 to double\00"
@in19_38 = global i3 -4
@lab19 = private constant [23 x i8] c"sitofp i3 -4 to double\00"
@in20_40 = global i3 -4
@lab20 = private constant [22 x i8] c"uitofp i3 4 to double\00"
@in21_42 = global i8 -128
@lab21 = private constant [25 x i8] c"sitofp i8 -128 to double\00"
@in22_44 = global i8 -128
@lab22 = private constant [24 x i8] c"uitofp i8 128 to double\00"
@in23_46 = global i8 -1
@lab23 = private constant [23 x i8] c"uitofp i8 255 to float\00"
@in24_48 = global i16 -32768
@lab24 = private constant [27 x i8] c"sitofp i16 -32768 to float\00"
@in25_50 = global i16 -1
@lab25 = private constant [27 x i8] c"uitofp i16 65535 to double\00"
@in26_52 = global i32 -2147483648
@lab26 = private constant [33 x i8] c"sitofp i32 -2147483648 to double\00"
@in27_54 = global i32 -1
@lab27 = private constant [32 x i8] c"uitofp i32 4294967295 to double\00"
@in28_56 = global i32 16777217
@lab28 = private constant [29 x i8] c"sitofp i32 16777217 to float\00"
@in29_58 = global i32 16777219
@lab29 = private constant [29 x i8] c"sitofp i32 16777219 to float\00"
@in30_60 = global i32 -1
@lab30 = private constant [31 x i8] c"uitofp i32 4294967295 to float\00"
@in31_62 = global i32 2147483647
@lab31 = private constant [31 x i8] c"sitofp i32 2147483647 to float\00"
@in32_64 = global i64 -9223372036854775808
@lab32 = private constant [42 x i8] c"sitofp i64 -9223372036854775808 to double\00"
@in33_66 = global i64 9223372036854775807
@lab33 = private constant [41 x i8] c"sitofp i64 9223372036854775807 to double\00"
@in34_68 = global i64 -9223372036854775807
@lab34 = private constant [41 x i8] c"uitofp i64 9223372036854775809 to double\00"
@in35_70 = global i64 -9223372036854774784
@lab35 = private constant [41 x i8] c"uitofp i64 9223372036854776832 to double\00"
@in36_72 = global i64 -9223372036854774783
@lab36 = private constant [41 x i8] c"uitofp i64 9223372036854776833 to double\00"
@in37_74 = global i64 -9223372036854772736
@lab37 = private constant [41 x i8] c"uitofp i64 9223372036854778880 to double\00"
@in38_76 = global i64 -1
@lab38 = private constant [42 x i8] c"uitofp i64 18446744073709551615 to double\00"
@in39_78 = global i64 9007199254740993
@lab39 = private constant [38 x i8] c"sitofp i64 9007199254740993 to double\00"
@in40_80 = global i64 -9007199254740995
@lab40 = private constant [39 x i8] c"sitofp i64 -9007199254740995 to double\00"
@in41_82 = global i64 4611686293305294849
@lab41 = private constant [40 x i8] c"sitofp i64 4611686293305294849 to float\00"
@in42_84 = global i64 -4611686293305294849
@lab42 = private constant [41 x i8] c"sitofp i64 -4611686293305294849 to float\00"
@in43_86 = global i64 -9223371487098961919
@lab43 = private constant [40 x i8] c"uitofp i64 9223372586610589697 to float\00"
@in44_88 = global i64 -1
@lab44 = private constant [41 x i8] c"uitofp i64 18446744073709551615 to float\00"
@in45_90 = global i64 9223372036854775807
@lab45 = private constant [40 x i8] c"sitofp i64 9223372036854775807 to float\00"
@in46_92 = global i32 12345
@lab46 = private constant [32 x i8] c"uitofp nneg i32 12345 to double\00"
@in47_94 = global double 0xBFFE666666666666
@lab47 = private constant [26 x i8] c"fptosi double -1.9 to i32\00"
@in48_96 = global double 0x4007333333333333
@lab48 = private constant [25 x i8] c"fptosi double 2.9 to i32\00"
@in49_98 = global double 0xBFEFAE147AE147AE
@lab49 = private constant [27 x i8] c"fptosi double -0.99 to i32\00"
@in50_100 = global double 0x3FEFAE147AE147AE
@lab50 = private constant [26 x i8] c"fptoui double 0.99 to i32\00"
@in51_102 = global double 0xC0601CCCCCCCCCCD
@lab51 = private constant [27 x i8] c"fptosi double -128.9 to i8\00"
@in52_104 = global double 0x406FFCCCCCCCCCCD
@lab52 = private constant [26 x i8] c"fptoui double 255.9 to i8\00"
@in53_106 = global double 0xBFF0000000000000
@lab53 = private constant [25 x i8] c"fptosi double -1.0 to i1\00"
@in54_108 = global double 0x3FF0000000000000
@lab54 = private constant [24 x i8] c"fptoui double 1.0 to i1\00"
@in55_110 = global float 0xC0E0001000000000
@lab55 = private constant [29 x i8] c"fptosi float -32768.5 to i16\00"
@in56_112 = global double 0x41EDCD6500000000
@lab56 = private constant [25 x i8] c"fptoui double 4e9 to i32\00"
@in57_114 = global float 0x41E65A0BC0000000
@lab57 = private constant [25 x i8] c"fptoui float 3e9f to i32\00"
@in58_116 = global double 0x43EF399B1438A100
@lab58 = private constant [28 x i8] c"fptoui double 1.8e19 to i64\00"
@in59_118 = global double 0x43E0000000000000
@lab59 = private constant [26 x i8] c"fptoui double 2^63 to i64\00"
@in60_120 = global double 0xC3DFEB3DD0676600
@lab60 = private constant [29 x i8] c"fptosi double -9.2e18 to i64\00"
@in61_122 = global float 0xC3E0000000000000
@lab61 = private constant [29 x i8] c"fptosi float -0x1p63f to i64\00"
@in62_124 = global float 0x43EFFFFFE0000000
@lab62 = private constant [36 x i8] c"fptoui float 0x1.fffffep+63f to i64\00"
@in63_126 = global double 0x4202A05F20000000
@lab63 = private constant [26 x i8] c"fptosi double 1e10 to i35\00"
@in64_128 = global double 0x7FF8000000000000
@lab64 = private constant [4 x i8] c"nan\00"
@mfmt64 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in65_131 = global double 0xFFF8000000000000
@lab65 = private constant [5 x i8] c"-nan\00"
@mfmt65 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in66_134 = global double 0x7FF0000000000000
@lab66 = private constant [5 x i8] c"+inf\00"
@mfmt66 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in67_137 = global double 0xFFF0000000000000
@lab67 = private constant [5 x i8] c"-inf\00"
@mfmt67 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in68_140 = global double 0x4415AF1D78B58C40
@lab68 = private constant [5 x i8] c"1e20\00"
@mfmt68 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in69_143 = global double 0xC415AF1D78B58C40
@lab69 = private constant [6 x i8] c"-1e20\00"
@mfmt69 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in70_146 = global double 0x4072CB3333333333
@lab70 = private constant [6 x i8] c"300.7\00"
@mfmt70 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in71_149 = global double 0xC072CB3333333333
@lab71 = private constant [7 x i8] c"-300.7\00"
@mfmt71 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in72_152 = global double 0x405FF9999999999A
@lab72 = private constant [6 x i8] c"127.9\00"
@mfmt72 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in73_155 = global double 0xC0601CCCCCCCCCCD
@lab73 = private constant [7 x i8] c"-128.9\00"
@mfmt73 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in74_158 = global double 0xBFECCCCCCCCCCCCD
@lab74 = private constant [5 x i8] c"-0.9\00"
@mfmt74 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in75_161 = global double 0x406FF00000000000
@lab75 = private constant [6 x i8] c"255.5\00"
@mfmt75 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in76_164 = global double 0x40EFFFFCCCCCCCCD
@lab76 = private constant [8 x i8] c"65535.9\00"
@mfmt76 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in77_167 = global double 0xBFF8000000000000
@lab77 = private constant [5 x i8] c"-1.5\00"
@mfmt77 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in78_170 = global double 0x43E0000000000000
@lab78 = private constant [5 x i8] c"2^63\00"
@mfmt78 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in79_173 = global double 0x43F0000000000000
@lab79 = private constant [5 x i8] c"2^64\00"
@mfmt79 = private constant [74 x i8] c"fpto[su]i.sat %s: i8 %lld/%llu i16 %lld/%llu i32 %lld/%llu i64 %lld/%llu\0A\00"
@in80_176 = global float 0x41E0000000000000
@lab80 = private constant [33 x i8] c"fptosi.sat.i32 float 2147483648f\00"
@in81_178 = global float 0x41E0000000000000
@lab81 = private constant [33 x i8] c"fptoui.sat.i32 float 2147483648f\00"
@in82_180 = global float 0xC1E0000020000000
@lab82 = private constant [34 x i8] c"fptosi.sat.i32 float -2147483904f\00"
@in83_182 = global float 0xC1E0000020000000
@lab83 = private constant [34 x i8] c"fptoui.sat.i32 float -2147483904f\00"
@in84_184 = global float 0x7FF8000000000000
@lab84 = private constant [27 x i8] c"fptosi.sat.i32 float nan f\00"
@in85_186 = global float 0x7FF8000000000000
@lab85 = private constant [27 x i8] c"fptoui.sat.i32 float nan f\00"
@in86_188 = global float 0x46293E5940000000
@lab86 = private constant [27 x i8] c"fptosi.sat.i64 float 1e30f\00"
@in87_190 = global float 0x46293E5940000000
@lab87 = private constant [27 x i8] c"fptoui.sat.i64 float 1e30f\00"
@in88_192 = global float 0xC016000000000000
@lab88 = private constant [26 x i8] c"fptosi.sat.i7 float -5.5f\00"
@in89_194 = global float 0xC016000000000000
@lab89 = private constant [26 x i8] c"fptoui.sat.i7 float -5.5f\00"
@in90_196 = global float 0x4059200000000000
@lab90 = private constant [27 x i8] c"fptosi.sat.i7 float 100.5f\00"
@in91_198 = global float 0x4059200000000000
@lab91 = private constant [27 x i8] c"fptoui.sat.i7 float 100.5f\00"
@in92_200 = global float 0x8000000000000000
@lab92 = private constant [24 x i8] c"bitcast float -0 to i32\00"
@in93_202 = global float 0x3FF0000000000000
@lab93 = private constant [25 x i8] c"bitcast float 1.0 to i32\00"
@in94_204 = global double 0x3FF0000000000000
@lab94 = private constant [26 x i8] c"bitcast double 1.0 to i64\00"
@in95_206 = global double 0xFFF0000000000000
@lab95 = private constant [27 x i8] c"bitcast double -inf to i64\00"
@in96_208 = global i64 4614256656552045848
@lab96 = private constant [41 x i8] c"bitcast i64 0x400921fb54442d18 to double\00"
@in97_210 = global i32 1
@lab97 = private constant [32 x i8] c"bitcast i32 0x00000001 to float\00"
@in98_212 = global i32 -8388609
@lab98 = private constant [32 x i8] c"bitcast i32 0xff7fffff to float\00"
@in99_214 = global i32 2141192193
@lab99 = private constant [44 x i8] c"snan i32 0x7fa00001 -> float -> call -> i32\00"
@in100_216 = global i64 -4503599627370495
@lab100 = private constant [55 x i8] c"snan i64 0xfff0000000000001 -> double -> memory -> i64\00"
@fslot = global float 0.0
@dslot = global double 0.0

declare i32 @printf(ptr, ...)
declare i16 @llvm.fptosi.sat.i16.f64(double)
declare i16 @llvm.fptoui.sat.i16.f64(double)
declare i32 @llvm.fptosi.sat.i32.f32(float)
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i32 @llvm.fptoui.sat.i32.f32(float)
declare i32 @llvm.fptoui.sat.i32.f64(double)
declare i64 @llvm.fptosi.sat.i64.f32(float)
declare i64 @llvm.fptosi.sat.i64.f64(double)
declare i64 @llvm.fptoui.sat.i64.f32(float)
declare i64 @llvm.fptoui.sat.i64.f64(double)
declare i7 @llvm.fptosi.sat.i7.f32(float)
declare i7 @llvm.fptoui.sat.i7.f32(float)
declare i8 @llvm.fptosi.sat.i8.f64(double)
declare i8 @llvm.fptoui.sat.i8.f64(double)

define float @fpass(float %f) noinline {
  ret float %f
}

define i32 @snan32(i32 %bits) noinline {
  %f = bitcast i32 %bits to float
  %g = call float @fpass(float %f)
  %r = bitcast float %g to i32
  ret i32 %r
}

define i64 @snan64(i64 %bits) noinline {
  %d = bitcast i64 %bits to double
  store volatile double %d, ptr @dslot
  %e = load volatile double, ptr @dslot
  %r = bitcast double %e to i64
  ret i64 %r
}

define i32 @main() {
entry:
  %in0_1 = load double, ptr @in0_0
  %r0 = fptrunc double %in0_1 to float
  %r0.w = fpext float %r0 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab0, double %r0.w)
  %in1_3 = load double, ptr @in1_2
  %r1 = fptrunc double %in1_3 to float
  %r1.w = fpext float %r1 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab1, double %r1.w)
  %in2_5 = load double, ptr @in2_4
  %r2 = fptrunc double %in2_5 to float
  %r2.w = fpext float %r2 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab2, double %r2.w)
  %in3_7 = load double, ptr @in3_6
  %r3 = fptrunc double %in3_7 to float
  %r3.w = fpext float %r3 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab3, double %r3.w)
  %in4_9 = load double, ptr @in4_8
  %r4 = fptrunc double %in4_9 to float
  %r4.w = fpext float %r4 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab4, double %r4.w)
  %in5_11 = load double, ptr @in5_10
  %r5 = fptrunc double %in5_11 to float
  %r5.w = fpext float %r5 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab5, double %r5.w)
  %in6_13 = load double, ptr @in6_12
  %r6 = fptrunc double %in6_13 to float
  %r6.w = fpext float %r6 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab6, double %r6.w)
  %in7_15 = load double, ptr @in7_14
  %r7 = fptrunc double %in7_15 to float
  %r7.w = fpext float %r7 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab7, double %r7.w)
  %in8_17 = load double, ptr @in8_16
  %r8 = fptrunc double %in8_17 to float
  %r8.w = fpext float %r8 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab8, double %r8.w)
  %in9_19 = load double, ptr @in9_18
  %r9 = fptrunc double %in9_19 to float
  %r9.w = fpext float %r9 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab9, double %r9.w)
  %in10_21 = load double, ptr @in10_20
  %r10 = fptrunc double %in10_21 to float
  %r10.w = fpext float %r10 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab10, double %r10.w)
  %in11_23 = load double, ptr @in11_22
  %r11 = fptrunc double %in11_23 to float
  %r11.w = fpext float %r11 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab11, double %r11.w)
  %in12_25 = load double, ptr @in12_24
  %r12 = fptrunc double %in12_25 to float
  %r12.w = fpext float %r12 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab12, double %r12.w)
  %in13_27 = load double, ptr @in13_26
  %r13 = fptrunc double %in13_27 to float
  %r13.w = fpext float %r13 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab13, double %r13.w)
  %in14_29 = load float, ptr @in14_28
  %r14 = fpext float %in14_29 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab14, double %r14)
  %in15_31 = load float, ptr @in15_30
  %r15 = fpext float %in15_31 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab15, double %r15)
  %in16_33 = load float, ptr @in16_32
  %r16 = fpext float %in16_33 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab16, double %r16)
  %in17_35 = load i1, ptr @in17_34
  %r17 = sitofp i1 %in17_35 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab17, double %r17)
  %in18_37 = load i1, ptr @in18_36
  %r18 = uitofp i1 %in18_37 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab18, double %r18)
  %in19_39 = load i3, ptr @in19_38
  %r19 = sitofp i3 %in19_39 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab19, double %r19)
  %in20_41 = load i3, ptr @in20_40
  %r20 = uitofp i3 %in20_41 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab20, double %r20)
  %in21_43 = load i8, ptr @in21_42
  %r21 = sitofp i8 %in21_43 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab21, double %r21)
  %in22_45 = load i8, ptr @in22_44
  %r22 = uitofp i8 %in22_45 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab22, double %r22)
  %in23_47 = load i8, ptr @in23_46
  %r23 = uitofp i8 %in23_47 to float
  %r23.w = fpext float %r23 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab23, double %r23.w)
  %in24_49 = load i16, ptr @in24_48
  %r24 = sitofp i16 %in24_49 to float
  %r24.w = fpext float %r24 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab24, double %r24.w)
  %in25_51 = load i16, ptr @in25_50
  %r25 = uitofp i16 %in25_51 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab25, double %r25)
  %in26_53 = load i32, ptr @in26_52
  %r26 = sitofp i32 %in26_53 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab26, double %r26)
  %in27_55 = load i32, ptr @in27_54
  %r27 = uitofp i32 %in27_55 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab27, double %r27)
  %in28_57 = load i32, ptr @in28_56
  %r28 = sitofp i32 %in28_57 to float
  %r28.w = fpext float %r28 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab28, double %r28.w)
  %in29_59 = load i32, ptr @in29_58
  %r29 = sitofp i32 %in29_59 to float
  %r29.w = fpext float %r29 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab29, double %r29.w)
  %in30_61 = load i32, ptr @in30_60
  %r30 = uitofp i32 %in30_61 to float
  %r30.w = fpext float %r30 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab30, double %r30.w)
  %in31_63 = load i32, ptr @in31_62
  %r31 = sitofp i32 %in31_63 to float
  %r31.w = fpext float %r31 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab31, double %r31.w)
  %in32_65 = load i64, ptr @in32_64
  %r32 = sitofp i64 %in32_65 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab32, double %r32)
  %in33_67 = load i64, ptr @in33_66
  %r33 = sitofp i64 %in33_67 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab33, double %r33)
  %in34_69 = load i64, ptr @in34_68
  %r34 = uitofp i64 %in34_69 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab34, double %r34)
  %in35_71 = load i64, ptr @in35_70
  %r35 = uitofp i64 %in35_71 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab35, double %r35)
  %in36_73 = load i64, ptr @in36_72
  %r36 = uitofp i64 %in36_73 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab36, double %r36)
  %in37_75 = load i64, ptr @in37_74
  %r37 = uitofp i64 %in37_75 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab37, double %r37)
  %in38_77 = load i64, ptr @in38_76
  %r38 = uitofp i64 %in38_77 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab38, double %r38)
  %in39_79 = load i64, ptr @in39_78
  %r39 = sitofp i64 %in39_79 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab39, double %r39)
  %in40_81 = load i64, ptr @in40_80
  %r40 = sitofp i64 %in40_81 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab40, double %r40)
  %in41_83 = load i64, ptr @in41_82
  %r41 = sitofp i64 %in41_83 to float
  %r41.w = fpext float %r41 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab41, double %r41.w)
  %in42_85 = load i64, ptr @in42_84
  %r42 = sitofp i64 %in42_85 to float
  %r42.w = fpext float %r42 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab42, double %r42.w)
  %in43_87 = load i64, ptr @in43_86
  %r43 = uitofp i64 %in43_87 to float
  %r43.w = fpext float %r43 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab43, double %r43.w)
  %in44_89 = load i64, ptr @in44_88
  %r44 = uitofp i64 %in44_89 to float
  %r44.w = fpext float %r44 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab44, double %r44.w)
  %in45_91 = load i64, ptr @in45_90
  %r45 = sitofp i64 %in45_91 to float
  %r45.w = fpext float %r45 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab45, double %r45.w)
  %in46_93 = load i32, ptr @in46_92
  %r46 = uitofp nneg i32 %in46_93 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab46, double %r46)
  %in47_95 = load double, ptr @in47_94
  %r47 = fptosi double %in47_95 to i32
  %r47.w = sext i32 %r47 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab47, i64 %r47.w)
  %in48_97 = load double, ptr @in48_96
  %r48 = fptosi double %in48_97 to i32
  %r48.w = sext i32 %r48 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab48, i64 %r48.w)
  %in49_99 = load double, ptr @in49_98
  %r49 = fptosi double %in49_99 to i32
  %r49.w = sext i32 %r49 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab49, i64 %r49.w)
  %in50_101 = load double, ptr @in50_100
  %r50 = fptoui double %in50_101 to i32
  %r50.w = zext i32 %r50 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab50, i64 %r50.w)
  %in51_103 = load double, ptr @in51_102
  %r51 = fptosi double %in51_103 to i8
  %r51.w = sext i8 %r51 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab51, i64 %r51.w)
  %in52_105 = load double, ptr @in52_104
  %r52 = fptoui double %in52_105 to i8
  %r52.w = zext i8 %r52 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab52, i64 %r52.w)
  %in53_107 = load double, ptr @in53_106
  %r53 = fptosi double %in53_107 to i1
  %r53.w = sext i1 %r53 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab53, i64 %r53.w)
  %in54_109 = load double, ptr @in54_108
  %r54 = fptoui double %in54_109 to i1
  %r54.w = zext i1 %r54 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab54, i64 %r54.w)
  %in55_111 = load float, ptr @in55_110
  %r55 = fptosi float %in55_111 to i16
  %r55.w = sext i16 %r55 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab55, i64 %r55.w)
  %in56_113 = load double, ptr @in56_112
  %r56 = fptoui double %in56_113 to i32
  %r56.w = zext i32 %r56 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab56, i64 %r56.w)
  %in57_115 = load float, ptr @in57_114
  %r57 = fptoui float %in57_115 to i32
  %r57.w = zext i32 %r57 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab57, i64 %r57.w)
  %in58_117 = load double, ptr @in58_116
  %r58 = fptoui double %in58_117 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab58, i64 %r58)
  %in59_119 = load double, ptr @in59_118
  %r59 = fptoui double %in59_119 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab59, i64 %r59)
  %in60_121 = load double, ptr @in60_120
  %r60 = fptosi double %in60_121 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab60, i64 %r60)
  %in61_123 = load float, ptr @in61_122
  %r61 = fptosi float %in61_123 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab61, i64 %r61)
  %in62_125 = load float, ptr @in62_124
  %r62 = fptoui float %in62_125 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab62, i64 %r62)
  %in63_127 = load double, ptr @in63_126
  %r63 = fptosi double %in63_127 to i35
  %r63.w = sext i35 %r63 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab63, i64 %r63.w)
  %in64_129 = load double, ptr @in64_128
  %r64_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in64_129)
  %r64_0.w = sext i8 %r64_0 to i64
  %r64_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in64_129)
  %r64_1.w = zext i8 %r64_1 to i64
  %r64_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in64_129)
  %r64_2.w = sext i16 %r64_2 to i64
  %r64_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in64_129)
  %r64_3.w = zext i16 %r64_3 to i64
  %r64_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in64_129)
  %r64_4.w = sext i32 %r64_4 to i64
  %r64_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in64_129)
  %r64_5.w = zext i32 %r64_5 to i64
  %r64_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in64_129)
  %r64_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in64_129)
  call i32 (ptr, ...) @printf(ptr @mfmt64, ptr @lab64, i64 %r64_0.w, i64 %r64_1.w, i64 %r64_2.w, i64 %r64_3.w, i64 %r64_4.w, i64 %r64_5.w, i64 %r64_6, i64 %r64_7)
  %in65_132 = load double, ptr @in65_131
  %r65_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in65_132)
  %r65_0.w = sext i8 %r65_0 to i64
  %r65_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in65_132)
  %r65_1.w = zext i8 %r65_1 to i64
  %r65_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in65_132)
  %r65_2.w = sext i16 %r65_2 to i64
  %r65_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in65_132)
  %r65_3.w = zext i16 %r65_3 to i64
  %r65_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in65_132)
  %r65_4.w = sext i32 %r65_4 to i64
  %r65_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in65_132)
  %r65_5.w = zext i32 %r65_5 to i64
  %r65_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in65_132)
  %r65_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in65_132)
  call i32 (ptr, ...) @printf(ptr @mfmt65, ptr @lab65, i64 %r65_0.w, i64 %r65_1.w, i64 %r65_2.w, i64 %r65_3.w, i64 %r65_4.w, i64 %r65_5.w, i64 %r65_6, i64 %r65_7)
  %in66_135 = load double, ptr @in66_134
  %r66_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in66_135)
  %r66_0.w = sext i8 %r66_0 to i64
  %r66_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in66_135)
  %r66_1.w = zext i8 %r66_1 to i64
  %r66_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in66_135)
  %r66_2.w = sext i16 %r66_2 to i64
  %r66_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in66_135)
  %r66_3.w = zext i16 %r66_3 to i64
  %r66_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in66_135)
  %r66_4.w = sext i32 %r66_4 to i64
  %r66_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in66_135)
  %r66_5.w = zext i32 %r66_5 to i64
  %r66_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in66_135)
  %r66_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in66_135)
  call i32 (ptr, ...) @printf(ptr @mfmt66, ptr @lab66, i64 %r66_0.w, i64 %r66_1.w, i64 %r66_2.w, i64 %r66_3.w, i64 %r66_4.w, i64 %r66_5.w, i64 %r66_6, i64 %r66_7)
  %in67_138 = load double, ptr @in67_137
  %r67_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in67_138)
  %r67_0.w = sext i8 %r67_0 to i64
  %r67_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in67_138)
  %r67_1.w = zext i8 %r67_1 to i64
  %r67_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in67_138)
  %r67_2.w = sext i16 %r67_2 to i64
  %r67_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in67_138)
  %r67_3.w = zext i16 %r67_3 to i64
  %r67_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in67_138)
  %r67_4.w = sext i32 %r67_4 to i64
  %r67_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in67_138)
  %r67_5.w = zext i32 %r67_5 to i64
  %r67_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in67_138)
  %r67_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in67_138)
  call i32 (ptr, ...) @printf(ptr @mfmt67, ptr @lab67, i64 %r67_0.w, i64 %r67_1.w, i64 %r67_2.w, i64 %r67_3.w, i64 %r67_4.w, i64 %r67_5.w, i64 %r67_6, i64 %r67_7)
  %in68_141 = load double, ptr @in68_140
  %r68_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in68_141)
  %r68_0.w = sext i8 %r68_0 to i64
  %r68_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in68_141)
  %r68_1.w = zext i8 %r68_1 to i64
  %r68_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in68_141)
  %r68_2.w = sext i16 %r68_2 to i64
  %r68_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in68_141)
  %r68_3.w = zext i16 %r68_3 to i64
  %r68_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in68_141)
  %r68_4.w = sext i32 %r68_4 to i64
  %r68_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in68_141)
  %r68_5.w = zext i32 %r68_5 to i64
  %r68_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in68_141)
  %r68_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in68_141)
  call i32 (ptr, ...) @printf(ptr @mfmt68, ptr @lab68, i64 %r68_0.w, i64 %r68_1.w, i64 %r68_2.w, i64 %r68_3.w, i64 %r68_4.w, i64 %r68_5.w, i64 %r68_6, i64 %r68_7)
  %in69_144 = load double, ptr @in69_143
  %r69_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in69_144)
  %r69_0.w = sext i8 %r69_0 to i64
  %r69_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in69_144)
  %r69_1.w = zext i8 %r69_1 to i64
  %r69_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in69_144)
  %r69_2.w = sext i16 %r69_2 to i64
  %r69_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in69_144)
  %r69_3.w = zext i16 %r69_3 to i64
  %r69_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in69_144)
  %r69_4.w = sext i32 %r69_4 to i64
  %r69_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in69_144)
  %r69_5.w = zext i32 %r69_5 to i64
  %r69_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in69_144)
  %r69_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in69_144)
  call i32 (ptr, ...) @printf(ptr @mfmt69, ptr @lab69, i64 %r69_0.w, i64 %r69_1.w, i64 %r69_2.w, i64 %r69_3.w, i64 %r69_4.w, i64 %r69_5.w, i64 %r69_6, i64 %r69_7)
  %in70_147 = load double, ptr @in70_146
  %r70_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in70_147)
  %r70_0.w = sext i8 %r70_0 to i64
  %r70_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in70_147)
  %r70_1.w = zext i8 %r70_1 to i64
  %r70_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in70_147)
  %r70_2.w = sext i16 %r70_2 to i64
  %r70_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in70_147)
  %r70_3.w = zext i16 %r70_3 to i64
  %r70_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in70_147)
  %r70_4.w = sext i32 %r70_4 to i64
  %r70_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in70_147)
  %r70_5.w = zext i32 %r70_5 to i64
  %r70_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in70_147)
  %r70_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in70_147)
  call i32 (ptr, ...) @printf(ptr @mfmt70, ptr @lab70, i64 %r70_0.w, i64 %r70_1.w, i64 %r70_2.w, i64 %r70_3.w, i64 %r70_4.w, i64 %r70_5.w, i64 %r70_6, i64 %r70_7)
  %in71_150 = load double, ptr @in71_149
  %r71_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in71_150)
  %r71_0.w = sext i8 %r71_0 to i64
  %r71_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in71_150)
  %r71_1.w = zext i8 %r71_1 to i64
  %r71_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in71_150)
  %r71_2.w = sext i16 %r71_2 to i64
  %r71_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in71_150)
  %r71_3.w = zext i16 %r71_3 to i64
  %r71_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in71_150)
  %r71_4.w = sext i32 %r71_4 to i64
  %r71_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in71_150)
  %r71_5.w = zext i32 %r71_5 to i64
  %r71_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in71_150)
  %r71_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in71_150)
  call i32 (ptr, ...) @printf(ptr @mfmt71, ptr @lab71, i64 %r71_0.w, i64 %r71_1.w, i64 %r71_2.w, i64 %r71_3.w, i64 %r71_4.w, i64 %r71_5.w, i64 %r71_6, i64 %r71_7)
  %in72_153 = load double, ptr @in72_152
  %r72_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in72_153)
  %r72_0.w = sext i8 %r72_0 to i64
  %r72_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in72_153)
  %r72_1.w = zext i8 %r72_1 to i64
  %r72_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in72_153)
  %r72_2.w = sext i16 %r72_2 to i64
  %r72_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in72_153)
  %r72_3.w = zext i16 %r72_3 to i64
  %r72_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in72_153)
  %r72_4.w = sext i32 %r72_4 to i64
  %r72_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in72_153)
  %r72_5.w = zext i32 %r72_5 to i64
  %r72_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in72_153)
  %r72_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in72_153)
  call i32 (ptr, ...) @printf(ptr @mfmt72, ptr @lab72, i64 %r72_0.w, i64 %r72_1.w, i64 %r72_2.w, i64 %r72_3.w, i64 %r72_4.w, i64 %r72_5.w, i64 %r72_6, i64 %r72_7)
  %in73_156 = load double, ptr @in73_155
  %r73_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in73_156)
  %r73_0.w = sext i8 %r73_0 to i64
  %r73_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in73_156)
  %r73_1.w = zext i8 %r73_1 to i64
  %r73_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in73_156)
  %r73_2.w = sext i16 %r73_2 to i64
  %r73_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in73_156)
  %r73_3.w = zext i16 %r73_3 to i64
  %r73_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in73_156)
  %r73_4.w = sext i32 %r73_4 to i64
  %r73_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in73_156)
  %r73_5.w = zext i32 %r73_5 to i64
  %r73_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in73_156)
  %r73_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in73_156)
  call i32 (ptr, ...) @printf(ptr @mfmt73, ptr @lab73, i64 %r73_0.w, i64 %r73_1.w, i64 %r73_2.w, i64 %r73_3.w, i64 %r73_4.w, i64 %r73_5.w, i64 %r73_6, i64 %r73_7)
  %in74_159 = load double, ptr @in74_158
  %r74_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in74_159)
  %r74_0.w = sext i8 %r74_0 to i64
  %r74_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in74_159)
  %r74_1.w = zext i8 %r74_1 to i64
  %r74_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in74_159)
  %r74_2.w = sext i16 %r74_2 to i64
  %r74_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in74_159)
  %r74_3.w = zext i16 %r74_3 to i64
  %r74_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in74_159)
  %r74_4.w = sext i32 %r74_4 to i64
  %r74_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in74_159)
  %r74_5.w = zext i32 %r74_5 to i64
  %r74_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in74_159)
  %r74_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in74_159)
  call i32 (ptr, ...) @printf(ptr @mfmt74, ptr @lab74, i64 %r74_0.w, i64 %r74_1.w, i64 %r74_2.w, i64 %r74_3.w, i64 %r74_4.w, i64 %r74_5.w, i64 %r74_6, i64 %r74_7)
  %in75_162 = load double, ptr @in75_161
  %r75_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in75_162)
  %r75_0.w = sext i8 %r75_0 to i64
  %r75_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in75_162)
  %r75_1.w = zext i8 %r75_1 to i64
  %r75_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in75_162)
  %r75_2.w = sext i16 %r75_2 to i64
  %r75_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in75_162)
  %r75_3.w = zext i16 %r75_3 to i64
  %r75_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in75_162)
  %r75_4.w = sext i32 %r75_4 to i64
  %r75_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in75_162)
  %r75_5.w = zext i32 %r75_5 to i64
  %r75_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in75_162)
  %r75_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in75_162)
  call i32 (ptr, ...) @printf(ptr @mfmt75, ptr @lab75, i64 %r75_0.w, i64 %r75_1.w, i64 %r75_2.w, i64 %r75_3.w, i64 %r75_4.w, i64 %r75_5.w, i64 %r75_6, i64 %r75_7)
  %in76_165 = load double, ptr @in76_164
  %r76_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in76_165)
  %r76_0.w = sext i8 %r76_0 to i64
  %r76_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in76_165)
  %r76_1.w = zext i8 %r76_1 to i64
  %r76_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in76_165)
  %r76_2.w = sext i16 %r76_2 to i64
  %r76_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in76_165)
  %r76_3.w = zext i16 %r76_3 to i64
  %r76_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in76_165)
  %r76_4.w = sext i32 %r76_4 to i64
  %r76_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in76_165)
  %r76_5.w = zext i32 %r76_5 to i64
  %r76_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in76_165)
  %r76_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in76_165)
  call i32 (ptr, ...) @printf(ptr @mfmt76, ptr @lab76, i64 %r76_0.w, i64 %r76_1.w, i64 %r76_2.w, i64 %r76_3.w, i64 %r76_4.w, i64 %r76_5.w, i64 %r76_6, i64 %r76_7)
  %in77_168 = load double, ptr @in77_167
  %r77_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in77_168)
  %r77_0.w = sext i8 %r77_0 to i64
  %r77_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in77_168)
  %r77_1.w = zext i8 %r77_1 to i64
  %r77_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in77_168)
  %r77_2.w = sext i16 %r77_2 to i64
  %r77_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in77_168)
  %r77_3.w = zext i16 %r77_3 to i64
  %r77_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in77_168)
  %r77_4.w = sext i32 %r77_4 to i64
  %r77_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in77_168)
  %r77_5.w = zext i32 %r77_5 to i64
  %r77_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in77_168)
  %r77_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in77_168)
  call i32 (ptr, ...) @printf(ptr @mfmt77, ptr @lab77, i64 %r77_0.w, i64 %r77_1.w, i64 %r77_2.w, i64 %r77_3.w, i64 %r77_4.w, i64 %r77_5.w, i64 %r77_6, i64 %r77_7)
  %in78_171 = load double, ptr @in78_170
  %r78_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in78_171)
  %r78_0.w = sext i8 %r78_0 to i64
  %r78_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in78_171)
  %r78_1.w = zext i8 %r78_1 to i64
  %r78_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in78_171)
  %r78_2.w = sext i16 %r78_2 to i64
  %r78_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in78_171)
  %r78_3.w = zext i16 %r78_3 to i64
  %r78_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in78_171)
  %r78_4.w = sext i32 %r78_4 to i64
  %r78_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in78_171)
  %r78_5.w = zext i32 %r78_5 to i64
  %r78_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in78_171)
  %r78_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in78_171)
  call i32 (ptr, ...) @printf(ptr @mfmt78, ptr @lab78, i64 %r78_0.w, i64 %r78_1.w, i64 %r78_2.w, i64 %r78_3.w, i64 %r78_4.w, i64 %r78_5.w, i64 %r78_6, i64 %r78_7)
  %in79_174 = load double, ptr @in79_173
  %r79_0 = call i8 @llvm.fptosi.sat.i8.f64(double %in79_174)
  %r79_0.w = sext i8 %r79_0 to i64
  %r79_1 = call i8 @llvm.fptoui.sat.i8.f64(double %in79_174)
  %r79_1.w = zext i8 %r79_1 to i64
  %r79_2 = call i16 @llvm.fptosi.sat.i16.f64(double %in79_174)
  %r79_2.w = sext i16 %r79_2 to i64
  %r79_3 = call i16 @llvm.fptoui.sat.i16.f64(double %in79_174)
  %r79_3.w = zext i16 %r79_3 to i64
  %r79_4 = call i32 @llvm.fptosi.sat.i32.f64(double %in79_174)
  %r79_4.w = sext i32 %r79_4 to i64
  %r79_5 = call i32 @llvm.fptoui.sat.i32.f64(double %in79_174)
  %r79_5.w = zext i32 %r79_5 to i64
  %r79_6 = call i64 @llvm.fptosi.sat.i64.f64(double %in79_174)
  %r79_7 = call i64 @llvm.fptoui.sat.i64.f64(double %in79_174)
  call i32 (ptr, ...) @printf(ptr @mfmt79, ptr @lab79, i64 %r79_0.w, i64 %r79_1.w, i64 %r79_2.w, i64 %r79_3.w, i64 %r79_4.w, i64 %r79_5.w, i64 %r79_6, i64 %r79_7)
  %in80_177 = load float, ptr @in80_176
  %r80 = call i32 @llvm.fptosi.sat.i32.f32(float %in80_177)
  %r80.w = sext i32 %r80 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab80, i64 %r80.w)
  %in81_179 = load float, ptr @in81_178
  %r81 = call i32 @llvm.fptoui.sat.i32.f32(float %in81_179)
  %r81.w = zext i32 %r81 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab81, i64 %r81.w)
  %in82_181 = load float, ptr @in82_180
  %r82 = call i32 @llvm.fptosi.sat.i32.f32(float %in82_181)
  %r82.w = sext i32 %r82 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab82, i64 %r82.w)
  %in83_183 = load float, ptr @in83_182
  %r83 = call i32 @llvm.fptoui.sat.i32.f32(float %in83_183)
  %r83.w = zext i32 %r83 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab83, i64 %r83.w)
  %in84_185 = load float, ptr @in84_184
  %r84 = call i32 @llvm.fptosi.sat.i32.f32(float %in84_185)
  %r84.w = sext i32 %r84 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab84, i64 %r84.w)
  %in85_187 = load float, ptr @in85_186
  %r85 = call i32 @llvm.fptoui.sat.i32.f32(float %in85_187)
  %r85.w = zext i32 %r85 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab85, i64 %r85.w)
  %in86_189 = load float, ptr @in86_188
  %r86 = call i64 @llvm.fptosi.sat.i64.f32(float %in86_189)
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab86, i64 %r86)
  %in87_191 = load float, ptr @in87_190
  %r87 = call i64 @llvm.fptoui.sat.i64.f32(float %in87_191)
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab87, i64 %r87)
  %in88_193 = load float, ptr @in88_192
  %r88 = call i7 @llvm.fptosi.sat.i7.f32(float %in88_193)
  %r88.w = sext i7 %r88 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab88, i64 %r88.w)
  %in89_195 = load float, ptr @in89_194
  %r89 = call i7 @llvm.fptoui.sat.i7.f32(float %in89_195)
  %r89.w = zext i7 %r89 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab89, i64 %r89.w)
  %in90_197 = load float, ptr @in90_196
  %r90 = call i7 @llvm.fptosi.sat.i7.f32(float %in90_197)
  %r90.w = sext i7 %r90 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_s, ptr @lab90, i64 %r90.w)
  %in91_199 = load float, ptr @in91_198
  %r91 = call i7 @llvm.fptoui.sat.i7.f32(float %in91_199)
  %r91.w = zext i7 %r91 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_u, ptr @lab91, i64 %r91.w)
  %in92_201 = load float, ptr @in92_200
  %r92 = bitcast float %in92_201 to i32
  %r92.w = zext i32 %r92 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab92, i64 %r92.w)
  %in93_203 = load float, ptr @in93_202
  %r93 = bitcast float %in93_203 to i32
  %r93.w = zext i32 %r93 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab93, i64 %r93.w)
  %in94_205 = load double, ptr @in94_204
  %r94 = bitcast double %in94_205 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab94, i64 %r94)
  %in95_207 = load double, ptr @in95_206
  %r95 = bitcast double %in95_207 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab95, i64 %r95)
  %in96_209 = load i64, ptr @in96_208
  %r96 = bitcast i64 %in96_209 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab96, double %r96)
  %in97_211 = load i32, ptr @in97_210
  %r97 = bitcast i32 %in97_211 to float
  %r97.w = fpext float %r97 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab97, double %r97.w)
  %in98_213 = load i32, ptr @in98_212
  %r98 = bitcast i32 %in98_213 to float
  %r98.w = fpext float %r98 to double
  call i32 (ptr, ...) @printf(ptr @fmt_a, ptr @lab98, double %r98.w)
  %in99_215 = load i32, ptr @in99_214
  %r99 = call i32 @snan32(i32 %in99_215)
  %r99.w = zext i32 %r99 to i64
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab99, i64 %r99.w)
  %in100_217 = load i64, ptr @in100_216
  %r100 = call i64 @snan64(i64 %in100_217)
  call i32 (ptr, ...) @printf(ptr @fmt_x, ptr @lab100, i64 %r100)
  ret i32 0
}
