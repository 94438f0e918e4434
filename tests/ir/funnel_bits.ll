; purpose: fshl/fshr and rotates at i7..i64 with amounts 0, width-1, width and beyond (taken modulo the width), ctpop/ctlz/cttz at i7..i128 including zero input (defined) and the zero-is-poison form on nonzero input, bswap i16..i128 (i48 too), bitreverse i7..i128
; stdout: i7 fshl/fshr 0x5a,0x33 by 0,1,6,7,10,15: 5a/33 34/19 19/34 5a/33 53/26 34/19
; stdout: i7 rotl/rotr 0x5a by 0,1,6,7,10,15: 5a 35 2d 5a 55 35 / 5a 2d 35 5a 2b 2d
; stdout: i8 fshl/fshr 0xab,0x5c by 0,1,7,8,11,17: ab/5c 56/ae ae/56 ab/5c 5a/6b 56/ae
; stdout: i8 rotl/rotr 0xab by 0,1,7,8,11,17: ab 57 d5 ab 5d 57 / ab d5 57 ab 75 d5
; stdout: i16 fshl/fshr 0xabcd,0x1357 by 0,1,15,16,19,33: abcd/1357 579a/89ab 89ab/579a abcd/1357 5e68/a26a 579a/89ab
; stdout: i16 rotl/rotr 0xabcd by 0,1,15,16,19,33: abcd 579b d5e6 abcd 5e6d 579b / abcd d5e6 579b abcd b579 d5e6
; stdout: i32 fshl/fshr 0x89abcdef,0x2468ace0 by 0,1,31,32,35,65: 89abcdef/2468ace0 13579bde/92345670 92345670/13579bde 89abcdef/2468ace0 4d5e6f79/e48d159c 13579bde/92345670
; stdout: i32 rotl/rotr 0x89abcdef by 0,1,31,32,35,65: 89abcdef 13579bdf c4d5e6f7 89abcdef 4d5e6f7c 13579bdf / 89abcdef c4d5e6f7 13579bdf 89abcdef f13579bd c4d5e6f7
; stdout: i64 fshl/fshr 0x123456789abcdef,0xfedcba9876543210 by 0,1,63,64,67,129: 123456789abcdef/fedcba9876543210 2468acf13579bdf/ff6e5d4c3b2a1908 ff6e5d4c3b2a1908/2468acf13579bdf 123456789abcdef/fedcba9876543210 91a2b3c4d5e6f7f/ffdb97530eca8642 2468acf13579bdf/ff6e5d4c3b2a1908
; stdout: i64 rotl/rotr 0x123456789abcdef by 0,1,63,64,67,129: 123456789abcdef 2468acf13579bde 8091a2b3c4d5e6f7 123456789abcdef 91a2b3c4d5e6f78 2468acf13579bde / 123456789abcdef 8091a2b3c4d5e6f7 2468acf13579bde 123456789abcdef e02468acf13579bd 8091a2b3c4d5e6f7
; stdout: i7 0x0: ctpop=0 ctlz=7 cttz=7
; stdout: i7 0x1: ctpop=1 ctlz=6 cttz=0 ctlz.zpoison=6 cttz.zpoison=0
; stdout: i7 0x7f: ctpop=7 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i7 0x40: ctpop=1 ctlz=0 cttz=6 ctlz.zpoison=0 cttz.zpoison=6
; stdout: i7 0xc: ctpop=2 ctlz=3 cttz=2 ctlz.zpoison=3 cttz.zpoison=2
; stdout: i7 0x2a: ctpop=3 ctlz=1 cttz=1 ctlz.zpoison=1 cttz.zpoison=1
; stdout: i8 0x0: ctpop=0 ctlz=8 cttz=8
; stdout: i8 0x1: ctpop=1 ctlz=7 cttz=0 ctlz.zpoison=7 cttz.zpoison=0
; stdout: i8 0xff: ctpop=8 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i8 0x80: ctpop=1 ctlz=0 cttz=7 ctlz.zpoison=0 cttz.zpoison=7
; stdout: i8 0x18: ctpop=2 ctlz=3 cttz=3 ctlz.zpoison=3 cttz.zpoison=3
; stdout: i8 0x2a: ctpop=3 ctlz=2 cttz=1 ctlz.zpoison=2 cttz.zpoison=1
; stdout: i16 0x0: ctpop=0 ctlz=16 cttz=16
; stdout: i16 0x1: ctpop=1 ctlz=15 cttz=0 ctlz.zpoison=15 cttz.zpoison=0
; stdout: i16 0xffff: ctpop=16 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i16 0x8000: ctpop=1 ctlz=0 cttz=15 ctlz.zpoison=0 cttz.zpoison=15
; stdout: i16 0x180: ctpop=2 ctlz=7 cttz=7 ctlz.zpoison=7 cttz.zpoison=7
; stdout: i16 0x2a: ctpop=3 ctlz=10 cttz=1 ctlz.zpoison=10 cttz.zpoison=1
; stdout: i32 0x0: ctpop=0 ctlz=32 cttz=32
; stdout: i32 0x1: ctpop=1 ctlz=31 cttz=0 ctlz.zpoison=31 cttz.zpoison=0
; stdout: i32 0xffffffff: ctpop=32 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i32 0x80000000: ctpop=1 ctlz=0 cttz=31 ctlz.zpoison=0 cttz.zpoison=31
; stdout: i32 0x18000: ctpop=2 ctlz=15 cttz=15 ctlz.zpoison=15 cttz.zpoison=15
; stdout: i32 0x2a: ctpop=3 ctlz=26 cttz=1 ctlz.zpoison=26 cttz.zpoison=1
; stdout: i64 0x0: ctpop=0 ctlz=64 cttz=64
; stdout: i64 0x1: ctpop=1 ctlz=63 cttz=0 ctlz.zpoison=63 cttz.zpoison=0
; stdout: i64 0xffffffffffffffff: ctpop=64 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i64 0x8000000000000000: ctpop=1 ctlz=0 cttz=63 ctlz.zpoison=0 cttz.zpoison=63
; stdout: i64 0x180000000: ctpop=2 ctlz=31 cttz=31 ctlz.zpoison=31 cttz.zpoison=31
; stdout: i64 0x2a: ctpop=3 ctlz=58 cttz=1 ctlz.zpoison=58 cttz.zpoison=1
; stdout: i128 0x0: ctpop=0 ctlz=128 cttz=128
; stdout: i128 0x1: ctpop=1 ctlz=127 cttz=0 ctlz.zpoison=127 cttz.zpoison=0
; stdout: i128 0xffffffffffffffffffffffffffffffff: ctpop=128 ctlz=0 cttz=0 ctlz.zpoison=0 cttz.zpoison=0
; stdout: i128 0x80000000000000000000000000000000: ctpop=1 ctlz=0 cttz=127 ctlz.zpoison=0 cttz.zpoison=127
; stdout: i128 0x18000000000000000: ctpop=2 ctlz=63 cttz=63 ctlz.zpoison=63 cttz.zpoison=63
; stdout: i128 0x2a: ctpop=3 ctlz=122 cttz=1 ctlz.zpoison=122 cttz.zpoison=1
; stdout: i128 0x10000000000000000: ctpop=1 ctlz=63 cttz=64 ctlz.zpoison=63 cttz.zpoison=64
; stdout: i128 0x8000000000000000: ctpop=1 ctlz=64 cttz=63 ctlz.zpoison=64 cttz.zpoison=63
; stdout: bswap i16 0x102: 201
; stdout: bswap i32 0x1020304: 4030201
; stdout: bswap i48 0x10203040506: 60504030201
; stdout: bswap i64 0x102030405060708: 807060504030201
; stdout: bswap i128 0x102030405060708090a0b0c0d0e0f10: 100f0e0d0c0b0a090807060504030201
; stdout: bitreverse i7 0x3: 60
; stdout: bitreverse i8 0x1: 80
; stdout: bitreverse i16 0x8101: 8081
; stdout: bitreverse i32 0x12345678: 1e6a2c48
; stdout: bitreverse i64 0xf01: 80f0000000000000
; stdout: bitreverse i128 0x1: 80000000000000000000000000000000

; each printed line: inputs loaded from their own globals (so no tier can fold them), the instruction or
; intrinsic under test, the results widened (iN to i64, fp to double) and printed
@in0_0 = global i7 -38
@in0_1 = global i7 51
@in0_2 = global i7 0
@in0_3 = global i7 1
@in0_4 = global i7 6
@in0_5 = global i7 7
@in0_6 = global i7 10
@in0_7 = global i7 15
@lab0 = private constant [40 x i8] c"i7 fshl/fshr 0x5a,0x33 by 0,1,6,7,10,15\00"
@mfmt0 = private constant [65 x i8] c"%s: %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx\0A\00"
@in1_10 = global i7 -38
@in1_11 = global i7 51
@in1_12 = global i7 0
@in1_13 = global i7 1
@in1_14 = global i7 6
@in1_15 = global i7 7
@in1_16 = global i7 10
@in1_17 = global i7 15
@lab1 = private constant [35 x i8] c"i7 rotl/rotr 0x5a by 0,1,6,7,10,15\00"
@mfmt1 = private constant [67 x i8] c"%s: %llx %llx %llx %llx %llx %llx / %llx %llx %llx %llx %llx %llx\0A\00"
@in2_20 = global i8 -85
@in2_21 = global i8 92
@in2_22 = global i8 0
@in2_23 = global i8 1
@in2_24 = global i8 7
@in2_25 = global i8 8
@in2_26 = global i8 11
@in2_27 = global i8 17
@lab2 = private constant [40 x i8] c"i8 fshl/fshr 0xab,0x5c by 0,1,7,8,11,17\00"
@mfmt2 = private constant [65 x i8] c"%s: %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx\0A\00"
@in3_30 = global i8 -85
@in3_31 = global i8 92
@in3_32 = global i8 0
@in3_33 = global i8 1
@in3_34 = global i8 7
@in3_35 = global i8 8
@in3_36 = global i8 11
@in3_37 = global i8 17
@lab3 = private constant [35 x i8] c"i8 rotl/rotr 0xab by 0,1,7,8,11,17\00"
@mfmt3 = private constant [67 x i8] c"%s: %llx %llx %llx %llx %llx %llx / %llx %llx %llx %llx %llx %llx\0A\00"
@in4_40 = global i16 -21555
@in4_41 = global i16 4951
@in4_42 = global i16 0
@in4_43 = global i16 1
@in4_44 = global i16 15
@in4_45 = global i16 16
@in4_46 = global i16 19
@in4_47 = global i16 33
@lab4 = private constant [47 x i8] c"i16 fshl/fshr 0xabcd,0x1357 by 0,1,15,16,19,33\00"
@mfmt4 = private constant [65 x i8] c"%s: %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx\0A\00"
@in5_50 = global i16 -21555
@in5_51 = global i16 4951
@in5_52 = global i16 0
@in5_53 = global i16 1
@in5_54 = global i16 15
@in5_55 = global i16 16
@in5_56 = global i16 19
@in5_57 = global i16 33
@lab5 = private constant [40 x i8] c"i16 rotl/rotr 0xabcd by 0,1,15,16,19,33\00"
@mfmt5 = private constant [67 x i8] c"%s: %llx %llx %llx %llx %llx %llx / %llx %llx %llx %llx %llx %llx\0A\00"
@in6_60 = global i32 -1985229329
@in6_61 = global i32 610839776
@in6_62 = global i32 0
@in6_63 = global i32 1
@in6_64 = global i32 31
@in6_65 = global i32 32
@in6_66 = global i32 35
@in6_67 = global i32 65
@lab6 = private constant [55 x i8] c"i32 fshl/fshr 0x89abcdef,0x2468ace0 by 0,1,31,32,35,65\00"
@mfmt6 = private constant [65 x i8] c"%s: %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx\0A\00"
@in7_70 = global i32 -1985229329
@in7_71 = global i32 610839776
@in7_72 = global i32 0
@in7_73 = global i32 1
@in7_74 = global i32 31
@in7_75 = global i32 32
@in7_76 = global i32 35
@in7_77 = global i32 65
@lab7 = private constant [44 x i8] c"i32 rotl/rotr 0x89abcdef by 0,1,31,32,35,65\00"
@mfmt7 = private constant [67 x i8] c"%s: %llx %llx %llx %llx %llx %llx / %llx %llx %llx %llx %llx %llx\0A\00"
@in8_80 = global i64 81985529216486895
@in8_81 = global i64 -81985529216486896
@in8_82 = global i64 0
@in8_83 = global i64 1
@in8_84 = global i64 63
@in8_85 = global i64 64
@in8_86 = global i64 67
@in8_87 = global i64 129
@lab8 = private constant [71 x i8] c"i64 fshl/fshr 0x123456789abcdef,0xfedcba9876543210 by 0,1,63,64,67,129\00"
@mfmt8 = private constant [65 x i8] c"%s: %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx %llx/%llx\0A\00"
@in9_90 = global i64 81985529216486895
@in9_91 = global i64 -81985529216486896
@in9_92 = global i64 0
@in9_93 = global i64 1
@in9_94 = global i64 63
@in9_95 = global i64 64
@in9_96 = global i64 67
@in9_97 = global i64 129
@lab9 = private constant [52 x i8] c"i64 rotl/rotr 0x123456789abcdef by 0,1,63,64,67,129\00"
@mfmt9 = private constant [67 x i8] c"%s: %llx %llx %llx %llx %llx %llx / %llx %llx %llx %llx %llx %llx\0A\00"
@in10_100 = global i7 0
@lab10 = private constant [7 x i8] c"i7 0x0\00"
@mfmt10 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in11_103 = global i7 1
@lab11 = private constant [7 x i8] c"i7 0x1\00"
@mfmt11 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in12_106 = global i7 -1
@lab12 = private constant [8 x i8] c"i7 0x7f\00"
@mfmt12 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in13_109 = global i7 -64
@lab13 = private constant [8 x i8] c"i7 0x40\00"
@mfmt13 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in14_112 = global i7 12
@lab14 = private constant [7 x i8] c"i7 0xc\00"
@mfmt14 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in15_115 = global i7 42
@lab15 = private constant [8 x i8] c"i7 0x2a\00"
@mfmt15 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in16_118 = global i8 0
@lab16 = private constant [7 x i8] c"i8 0x0\00"
@mfmt16 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in17_121 = global i8 1
@lab17 = private constant [7 x i8] c"i8 0x1\00"
@mfmt17 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in18_124 = global i8 -1
@lab18 = private constant [8 x i8] c"i8 0xff\00"
@mfmt18 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in19_127 = global i8 -128
@lab19 = private constant [8 x i8] c"i8 0x80\00"
@mfmt19 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in20_130 = global i8 24
@lab20 = private constant [8 x i8] c"i8 0x18\00"
@mfmt20 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in21_133 = global i8 42
@lab21 = private constant [8 x i8] c"i8 0x2a\00"
@mfmt21 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in22_136 = global i16 0
@lab22 = private constant [8 x i8] c"i16 0x0\00"
@mfmt22 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in23_139 = global i16 1
@lab23 = private constant [8 x i8] c"i16 0x1\00"
@mfmt23 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in24_142 = global i16 -1
@lab24 = private constant [11 x i8] c"i16 0xffff\00"
@mfmt24 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in25_145 = global i16 -32768
@lab25 = private constant [11 x i8] c"i16 0x8000\00"
@mfmt25 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in26_148 = global i16 384
@lab26 = private constant [10 x i8] c"i16 0x180\00"
@mfmt26 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in27_151 = global i16 42
@lab27 = private constant [9 x i8] c"i16 0x2a\00"
@mfmt27 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in28_154 = global i32 0
@lab28 = private constant [8 x i8] c"i32 0x0\00"
@mfmt28 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in29_157 = global i32 1
@lab29 = private constant [8 x i8] c"i32 0x1\00"
@mfmt29 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in30_160 = global i32 -1
@lab30 = private constant [15 x i8] c"i32 0xffffffff\00"
@mfmt30 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in31_163 = global i32 -2147483648
@lab31 = private constant [15 x i8] c"i32 0x80000000\00"
@mfmt31 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in32_166 = global i32 98304
@lab32 = private constant [12 x i8] c"i32 0x18000\00"
@mfmt32 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in33_169 = global i32 42
@lab33 = private constant [9 x i8] c"i32 0x2a\00"
@mfmt33 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in34_172 = global i64 0
@lab34 = private constant [8 x i8] c"i64 0x0\00"
@mfmt34 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in35_175 = global i64 1
@lab35 = private constant [8 x i8] c"i64 0x1\00"
@mfmt35 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in36_178 = global i64 -1
@lab36 = private constant [23 x i8] c"i64 0xffffffffffffffff\00"
@mfmt36 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in37_181 = global i64 -9223372036854775808
@lab37 = private constant [23 x i8] c"i64 0x8000000000000000\00"
@mfmt37 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in38_184 = global i64 6442450944
@lab38 = private constant [16 x i8] c"i64 0x180000000\00"
@mfmt38 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in39_187 = global i64 42
@lab39 = private constant [9 x i8] c"i64 0x2a\00"
@mfmt39 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in40_190 = global i128 0
@lab40 = private constant [9 x i8] c"i128 0x0\00"
@mfmt40 = private constant [36 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld\0A\00"
@in41_193 = global i128 1
@lab41 = private constant [9 x i8] c"i128 0x1\00"
@mfmt41 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in42_196 = global i128 -1
@lab42 = private constant [40 x i8] c"i128 0xffffffffffffffffffffffffffffffff\00"
@mfmt42 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in43_199 = global i128 -170141183460469231731687303715884105728
@lab43 = private constant [40 x i8] c"i128 0x80000000000000000000000000000000\00"
@mfmt43 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in44_202 = global i128 27670116110564327424
@lab44 = private constant [25 x i8] c"i128 0x18000000000000000\00"
@mfmt44 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in45_205 = global i128 42
@lab45 = private constant [10 x i8] c"i128 0x2a\00"
@mfmt45 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in46_208 = global i128 18446744073709551616
@lab46 = private constant [25 x i8] c"i128 0x10000000000000000\00"
@mfmt46 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in47_211 = global i128 9223372036854775808
@lab47 = private constant [24 x i8] c"i128 0x8000000000000000\00"
@mfmt47 = private constant [72 x i8] c"%s: ctpop=%lld ctlz=%lld cttz=%lld ctlz.zpoison=%lld cttz.zpoison=%lld\0A\00"
@in48_214 = global i16 258
@lab48 = private constant [16 x i8] c"bswap i16 0x102\00"
@mfmt48 = private constant [10 x i8] c"%s: %llx\0A\00"
@in49_217 = global i32 16909060
@lab49 = private constant [20 x i8] c"bswap i32 0x1020304\00"
@mfmt49 = private constant [10 x i8] c"%s: %llx\0A\00"
@in50_220 = global i48 1108152157446
@lab50 = private constant [24 x i8] c"bswap i48 0x10203040506\00"
@mfmt50 = private constant [10 x i8] c"%s: %llx\0A\00"
@in51_223 = global i64 72623859790382856
@lab51 = private constant [28 x i8] c"bswap i64 0x102030405060708\00"
@mfmt51 = private constant [10 x i8] c"%s: %llx\0A\00"
@in52_226 = global i128 1339673755198158349044581307228491536
@lab52 = private constant [45 x i8] c"bswap i128 0x102030405060708090a0b0c0d0e0f10\00"
@mfmt52 = private constant [20 x i8] c"%s: %016llx%016llx\0A\00"
@in53_229 = global i7 3
@lab53 = private constant [18 x i8] c"bitreverse i7 0x3\00"
@mfmt53 = private constant [10 x i8] c"%s: %llx\0A\00"
@in54_232 = global i8 1
@lab54 = private constant [18 x i8] c"bitreverse i8 0x1\00"
@mfmt54 = private constant [10 x i8] c"%s: %llx\0A\00"
@in55_235 = global i16 -32511
@lab55 = private constant [22 x i8] c"bitreverse i16 0x8101\00"
@mfmt55 = private constant [10 x i8] c"%s: %llx\0A\00"
@in56_238 = global i32 305419896
@lab56 = private constant [26 x i8] c"bitreverse i32 0x12345678\00"
@mfmt56 = private constant [10 x i8] c"%s: %llx\0A\00"
@in57_241 = global i64 3841
@lab57 = private constant [21 x i8] c"bitreverse i64 0xf01\00"
@mfmt57 = private constant [10 x i8] c"%s: %llx\0A\00"
@in58_244 = global i128 1
@lab58 = private constant [20 x i8] c"bitreverse i128 0x1\00"
@mfmt58 = private constant [20 x i8] c"%s: %016llx%016llx\0A\00"

declare i32 @printf(ptr, ...)
declare i128 @llvm.bitreverse.i128(i128)
declare i128 @llvm.bswap.i128(i128)
declare i128 @llvm.ctlz.i128(i128, i1)
declare i128 @llvm.ctpop.i128(i128)
declare i128 @llvm.cttz.i128(i128, i1)
declare i16 @llvm.bitreverse.i16(i16)
declare i16 @llvm.bswap.i16(i16)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i16 @llvm.ctpop.i16(i16)
declare i16 @llvm.cttz.i16(i16, i1)
declare i16 @llvm.fshl.i16(i16, i16, i16)
declare i16 @llvm.fshr.i16(i16, i16, i16)
declare i32 @llvm.bitreverse.i32(i32)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i48 @llvm.bswap.i48(i48)
declare i64 @llvm.bitreverse.i64(i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.cttz.i64(i64, i1)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
declare i7 @llvm.bitreverse.i7(i7)
declare i7 @llvm.ctlz.i7(i7, i1)
declare i7 @llvm.ctpop.i7(i7)
declare i7 @llvm.cttz.i7(i7, i1)
declare i7 @llvm.fshl.i7(i7, i7, i7)
declare i7 @llvm.fshr.i7(i7, i7, i7)
declare i8 @llvm.bitreverse.i8(i8)
declare i8 @llvm.ctlz.i8(i8, i1)
declare i8 @llvm.ctpop.i8(i8)
declare i8 @llvm.cttz.i8(i8, i1)
declare i8 @llvm.fshl.i8(i8, i8, i8)
declare i8 @llvm.fshr.i8(i8, i8, i8)

define i32 @main() {
entry:
  %in0_1 = load i7, ptr @in0_0
  %in0_2 = load i7, ptr @in0_1
  %in0_3 = load i7, ptr @in0_2
  %in0_4 = load i7, ptr @in0_3
  %in0_5 = load i7, ptr @in0_4
  %in0_6 = load i7, ptr @in0_5
  %in0_7 = load i7, ptr @in0_6
  %in0_8 = load i7, ptr @in0_7
  %r0_0 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_3)
  %r0_0.w = zext i7 %r0_0 to i64
  %r0_1 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_3)
  %r0_1.w = zext i7 %r0_1 to i64
  %r0_2 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_4)
  %r0_2.w = zext i7 %r0_2 to i64
  %r0_3 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_4)
  %r0_3.w = zext i7 %r0_3 to i64
  %r0_4 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_5)
  %r0_4.w = zext i7 %r0_4 to i64
  %r0_5 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_5)
  %r0_5.w = zext i7 %r0_5 to i64
  %r0_6 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_6)
  %r0_6.w = zext i7 %r0_6 to i64
  %r0_7 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_6)
  %r0_7.w = zext i7 %r0_7 to i64
  %r0_8 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_7)
  %r0_8.w = zext i7 %r0_8 to i64
  %r0_9 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_7)
  %r0_9.w = zext i7 %r0_9 to i64
  %r0_10 = call i7 @llvm.fshl.i7(i7 %in0_1, i7 %in0_2, i7 %in0_8)
  %r0_10.w = zext i7 %r0_10 to i64
  %r0_11 = call i7 @llvm.fshr.i7(i7 %in0_1, i7 %in0_2, i7 %in0_8)
  %r0_11.w = zext i7 %r0_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt0, ptr @lab0, i64 %r0_0.w, i64 %r0_1.w, i64 %r0_2.w, i64 %r0_3.w, i64 %r0_4.w, i64 %r0_5.w, i64 %r0_6.w, i64 %r0_7.w, i64 %r0_8.w, i64 %r0_9.w, i64 %r0_10.w, i64 %r0_11.w)
  %in1_11 = load i7, ptr @in1_10
  %in1_12 = load i7, ptr @in1_11
  %in1_13 = load i7, ptr @in1_12
  %in1_14 = load i7, ptr @in1_13
  %in1_15 = load i7, ptr @in1_14
  %in1_16 = load i7, ptr @in1_15
  %in1_17 = load i7, ptr @in1_16
  %in1_18 = load i7, ptr @in1_17
  %r1_0 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_13)
  %r1_0.w = zext i7 %r1_0 to i64
  %r1_1 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_14)
  %r1_1.w = zext i7 %r1_1 to i64
  %r1_2 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_15)
  %r1_2.w = zext i7 %r1_2 to i64
  %r1_3 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_16)
  %r1_3.w = zext i7 %r1_3 to i64
  %r1_4 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_17)
  %r1_4.w = zext i7 %r1_4 to i64
  %r1_5 = call i7 @llvm.fshl.i7(i7 %in1_11, i7 %in1_11, i7 %in1_18)
  %r1_5.w = zext i7 %r1_5 to i64
  %r1_6 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_13)
  %r1_6.w = zext i7 %r1_6 to i64
  %r1_7 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_14)
  %r1_7.w = zext i7 %r1_7 to i64
  %r1_8 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_15)
  %r1_8.w = zext i7 %r1_8 to i64
  %r1_9 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_16)
  %r1_9.w = zext i7 %r1_9 to i64
  %r1_10 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_17)
  %r1_10.w = zext i7 %r1_10 to i64
  %r1_11 = call i7 @llvm.fshr.i7(i7 %in1_11, i7 %in1_11, i7 %in1_18)
  %r1_11.w = zext i7 %r1_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt1, ptr @lab1, i64 %r1_0.w, i64 %r1_1.w, i64 %r1_2.w, i64 %r1_3.w, i64 %r1_4.w, i64 %r1_5.w, i64 %r1_6.w, i64 %r1_7.w, i64 %r1_8.w, i64 %r1_9.w, i64 %r1_10.w, i64 %r1_11.w)
  %in2_21 = load i8, ptr @in2_20
  %in2_22 = load i8, ptr @in2_21
  %in2_23 = load i8, ptr @in2_22
  %in2_24 = load i8, ptr @in2_23
  %in2_25 = load i8, ptr @in2_24
  %in2_26 = load i8, ptr @in2_25
  %in2_27 = load i8, ptr @in2_26
  %in2_28 = load i8, ptr @in2_27
  %r2_0 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_23)
  %r2_0.w = zext i8 %r2_0 to i64
  %r2_1 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_23)
  %r2_1.w = zext i8 %r2_1 to i64
  %r2_2 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_24)
  %r2_2.w = zext i8 %r2_2 to i64
  %r2_3 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_24)
  %r2_3.w = zext i8 %r2_3 to i64
  %r2_4 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_25)
  %r2_4.w = zext i8 %r2_4 to i64
  %r2_5 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_25)
  %r2_5.w = zext i8 %r2_5 to i64
  %r2_6 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_26)
  %r2_6.w = zext i8 %r2_6 to i64
  %r2_7 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_26)
  %r2_7.w = zext i8 %r2_7 to i64
  %r2_8 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_27)
  %r2_8.w = zext i8 %r2_8 to i64
  %r2_9 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_27)
  %r2_9.w = zext i8 %r2_9 to i64
  %r2_10 = call i8 @llvm.fshl.i8(i8 %in2_21, i8 %in2_22, i8 %in2_28)
  %r2_10.w = zext i8 %r2_10 to i64
  %r2_11 = call i8 @llvm.fshr.i8(i8 %in2_21, i8 %in2_22, i8 %in2_28)
  %r2_11.w = zext i8 %r2_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt2, ptr @lab2, i64 %r2_0.w, i64 %r2_1.w, i64 %r2_2.w, i64 %r2_3.w, i64 %r2_4.w, i64 %r2_5.w, i64 %r2_6.w, i64 %r2_7.w, i64 %r2_8.w, i64 %r2_9.w, i64 %r2_10.w, i64 %r2_11.w)
  %in3_31 = load i8, ptr @in3_30
  %in3_32 = load i8, ptr @in3_31
  %in3_33 = load i8, ptr @in3_32
  %in3_34 = load i8, ptr @in3_33
  %in3_35 = load i8, ptr @in3_34
  %in3_36 = load i8, ptr @in3_35
  %in3_37 = load i8, ptr @in3_36
  %in3_38 = load i8, ptr @in3_37
  %r3_0 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_33)
  %r3_0.w = zext i8 %r3_0 to i64
  %r3_1 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_34)
  %r3_1.w = zext i8 %r3_1 to i64
  %r3_2 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_35)
  %r3_2.w = zext i8 %r3_2 to i64
  %r3_3 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_36)
  %r3_3.w = zext i8 %r3_3 to i64
  %r3_4 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_37)
  %r3_4.w = zext i8 %r3_4 to i64
  %r3_5 = call i8 @llvm.fshl.i8(i8 %in3_31, i8 %in3_31, i8 %in3_38)
  %r3_5.w = zext i8 %r3_5 to i64
  %r3_6 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_33)
  %r3_6.w = zext i8 %r3_6 to i64
  %r3_7 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_34)
  %r3_7.w = zext i8 %r3_7 to i64
  %r3_8 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_35)
  %r3_8.w = zext i8 %r3_8 to i64
  %r3_9 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_36)
  %r3_9.w = zext i8 %r3_9 to i64
  %r3_10 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_37)
  %r3_10.w = zext i8 %r3_10 to i64
  %r3_11 = call i8 @llvm.fshr.i8(i8 %in3_31, i8 %in3_31, i8 %in3_38)
  %r3_11.w = zext i8 %r3_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt3, ptr @lab3, i64 %r3_0.w, i64 %r3_1.w, i64 %r3_2.w, i64 %r3_3.w, i64 %r3_4.w, i64 %r3_5.w, i64 %r3_6.w, i64 %r3_7.w, i64 %r3_8.w, i64 %r3_9.w, i64 %r3_10.w, i64 %r3_11.w)
  %in4_41 = load i16, ptr @in4_40
  %in4_42 = load i16, ptr @in4_41
  %in4_43 = load i16, ptr @in4_42
  %in4_44 = load i16, ptr @in4_43
  %in4_45 = load i16, ptr @in4_44
  %in4_46 = load i16, ptr @in4_45
  %in4_47 = load i16, ptr @in4_46
  %in4_48 = load i16, ptr @in4_47
  %r4_0 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_43)
  %r4_0.w = zext i16 %r4_0 to i64
  %r4_1 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_43)
  %r4_1.w = zext i16 %r4_1 to i64
  %r4_2 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_44)
  %r4_2.w = zext i16 %r4_2 to i64
  %r4_3 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_44)
  %r4_3.w = zext i16 %r4_3 to i64
  %r4_4 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_45)
  %r4_4.w = zext i16 %r4_4 to i64
  %r4_5 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_45)
  %r4_5.w = zext i16 %r4_5 to i64
  %r4_6 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_46)
  %r4_6.w = zext i16 %r4_6 to i64
  %r4_7 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_46)
  %r4_7.w = zext i16 %r4_7 to i64
  %r4_8 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_47)
  %r4_8.w = zext i16 %r4_8 to i64
  %r4_9 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_47)
  %r4_9.w = zext i16 %r4_9 to i64
  %r4_10 = call i16 @llvm.fshl.i16(i16 %in4_41, i16 %in4_42, i16 %in4_48)
  %r4_10.w = zext i16 %r4_10 to i64
  %r4_11 = call i16 @llvm.fshr.i16(i16 %in4_41, i16 %in4_42, i16 %in4_48)
  %r4_11.w = zext i16 %r4_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt4, ptr @lab4, i64 %r4_0.w, i64 %r4_1.w, i64 %r4_2.w, i64 %r4_3.w, i64 %r4_4.w, i64 %r4_5.w, i64 %r4_6.w, i64 %r4_7.w, i64 %r4_8.w, i64 %r4_9.w, i64 %r4_10.w, i64 %r4_11.w)
  %in5_51 = load i16, ptr @in5_50
  %in5_52 = load i16, ptr @in5_51
  %in5_53 = load i16, ptr @in5_52
  %in5_54 = load i16, ptr @in5_53
  %in5_55 = load i16, ptr @in5_54
  %in5_56 = load i16, ptr @in5_55
  %in5_57 = load i16, ptr @in5_56
  %in5_58 = load i16, ptr @in5_57
  %r5_0 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_53)
  %r5_0.w = zext i16 %r5_0 to i64
  %r5_1 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_54)
  %r5_1.w = zext i16 %r5_1 to i64
  %r5_2 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_55)
  %r5_2.w = zext i16 %r5_2 to i64
  %r5_3 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_56)
  %r5_3.w = zext i16 %r5_3 to i64
  %r5_4 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_57)
  %r5_4.w = zext i16 %r5_4 to i64
  %r5_5 = call i16 @llvm.fshl.i16(i16 %in5_51, i16 %in5_51, i16 %in5_58)
  %r5_5.w = zext i16 %r5_5 to i64
  %r5_6 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_53)
  %r5_6.w = zext i16 %r5_6 to i64
  %r5_7 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_54)
  %r5_7.w = zext i16 %r5_7 to i64
  %r5_8 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_55)
  %r5_8.w = zext i16 %r5_8 to i64
  %r5_9 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_56)
  %r5_9.w = zext i16 %r5_9 to i64
  %r5_10 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_57)
  %r5_10.w = zext i16 %r5_10 to i64
  %r5_11 = call i16 @llvm.fshr.i16(i16 %in5_51, i16 %in5_51, i16 %in5_58)
  %r5_11.w = zext i16 %r5_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt5, ptr @lab5, i64 %r5_0.w, i64 %r5_1.w, i64 %r5_2.w, i64 %r5_3.w, i64 %r5_4.w, i64 %r5_5.w, i64 %r5_6.w, i64 %r5_7.w, i64 %r5_8.w, i64 %r5_9.w, i64 %r5_10.w, i64 %r5_11.w)
  %in6_61 = load i32, ptr @in6_60
  %in6_62 = load i32, ptr @in6_61
  %in6_63 = load i32, ptr @in6_62
  %in6_64 = load i32, ptr @in6_63
  %in6_65 = load i32, ptr @in6_64
  %in6_66 = load i32, ptr @in6_65
  %in6_67 = load i32, ptr @in6_66
  %in6_68 = load i32, ptr @in6_67
  %r6_0 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_63)
  %r6_0.w = zext i32 %r6_0 to i64
  %r6_1 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_63)
  %r6_1.w = zext i32 %r6_1 to i64
  %r6_2 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_64)
  %r6_2.w = zext i32 %r6_2 to i64
  %r6_3 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_64)
  %r6_3.w = zext i32 %r6_3 to i64
  %r6_4 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_65)
  %r6_4.w = zext i32 %r6_4 to i64
  %r6_5 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_65)
  %r6_5.w = zext i32 %r6_5 to i64
  %r6_6 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_66)
  %r6_6.w = zext i32 %r6_6 to i64
  %r6_7 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_66)
  %r6_7.w = zext i32 %r6_7 to i64
  %r6_8 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_67)
  %r6_8.w = zext i32 %r6_8 to i64
  %r6_9 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_67)
  %r6_9.w = zext i32 %r6_9 to i64
  %r6_10 = call i32 @llvm.fshl.i32(i32 %in6_61, i32 %in6_62, i32 %in6_68)
  %r6_10.w = zext i32 %r6_10 to i64
  %r6_11 = call i32 @llvm.fshr.i32(i32 %in6_61, i32 %in6_62, i32 %in6_68)
  %r6_11.w = zext i32 %r6_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt6, ptr @lab6, i64 %r6_0.w, i64 %r6_1.w, i64 %r6_2.w, i64 %r6_3.w, i64 %r6_4.w, i64 %r6_5.w, i64 %r6_6.w, i64 %r6_7.w, i64 %r6_8.w, i64 %r6_9.w, i64 %r6_10.w, i64 %r6_11.w)
  %in7_71 = load i32, ptr @in7_70
  %in7_72 = load i32, ptr @in7_71
  %in7_73 = load i32, ptr @in7_72
  %in7_74 = load i32, ptr @in7_73
  %in7_75 = load i32, ptr @in7_74
  %in7_76 = load i32, ptr @in7_75
  %in7_77 = load i32, ptr @in7_76
  %in7_78 = load i32, ptr @in7_77
  %r7_0 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_73)
  %r7_0.w = zext i32 %r7_0 to i64
  %r7_1 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_74)
  %r7_1.w = zext i32 %r7_1 to i64
  %r7_2 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_75)
  %r7_2.w = zext i32 %r7_2 to i64
  %r7_3 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_76)
  %r7_3.w = zext i32 %r7_3 to i64
  %r7_4 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_77)
  %r7_4.w = zext i32 %r7_4 to i64
  %r7_5 = call i32 @llvm.fshl.i32(i32 %in7_71, i32 %in7_71, i32 %in7_78)
  %r7_5.w = zext i32 %r7_5 to i64
  %r7_6 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_73)
  %r7_6.w = zext i32 %r7_6 to i64
  %r7_7 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_74)
  %r7_7.w = zext i32 %r7_7 to i64
  %r7_8 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_75)
  %r7_8.w = zext i32 %r7_8 to i64
  %r7_9 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_76)
  %r7_9.w = zext i32 %r7_9 to i64
  %r7_10 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_77)
  %r7_10.w = zext i32 %r7_10 to i64
  %r7_11 = call i32 @llvm.fshr.i32(i32 %in7_71, i32 %in7_71, i32 %in7_78)
  %r7_11.w = zext i32 %r7_11 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt7, ptr @lab7, i64 %r7_0.w, i64 %r7_1.w, i64 %r7_2.w, i64 %r7_3.w, i64 %r7_4.w, i64 %r7_5.w, i64 %r7_6.w, i64 %r7_7.w, i64 %r7_8.w, i64 %r7_9.w, i64 %r7_10.w, i64 %r7_11.w)
  %in8_81 = load i64, ptr @in8_80
  %in8_82 = load i64, ptr @in8_81
  %in8_83 = load i64, ptr @in8_82
  %in8_84 = load i64, ptr @in8_83
  %in8_85 = load i64, ptr @in8_84
  %in8_86 = load i64, ptr @in8_85
  %in8_87 = load i64, ptr @in8_86
  %in8_88 = load i64, ptr @in8_87
  %r8_0 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_83)
  %r8_1 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_83)
  %r8_2 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_84)
  %r8_3 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_84)
  %r8_4 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_85)
  %r8_5 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_85)
  %r8_6 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_86)
  %r8_7 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_86)
  %r8_8 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_87)
  %r8_9 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_87)
  %r8_10 = call i64 @llvm.fshl.i64(i64 %in8_81, i64 %in8_82, i64 %in8_88)
  %r8_11 = call i64 @llvm.fshr.i64(i64 %in8_81, i64 %in8_82, i64 %in8_88)
  call i32 (ptr, ...) @printf(ptr @mfmt8, ptr @lab8, i64 %r8_0, i64 %r8_1, i64 %r8_2, i64 %r8_3, i64 %r8_4, i64 %r8_5, i64 %r8_6, i64 %r8_7, i64 %r8_8, i64 %r8_9, i64 %r8_10, i64 %r8_11)
  %in9_91 = load i64, ptr @in9_90
  %in9_92 = load i64, ptr @in9_91
  %in9_93 = load i64, ptr @in9_92
  %in9_94 = load i64, ptr @in9_93
  %in9_95 = load i64, ptr @in9_94
  %in9_96 = load i64, ptr @in9_95
  %in9_97 = load i64, ptr @in9_96
  %in9_98 = load i64, ptr @in9_97
  %r9_0 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_93)
  %r9_1 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_94)
  %r9_2 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_95)
  %r9_3 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_96)
  %r9_4 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_97)
  %r9_5 = call i64 @llvm.fshl.i64(i64 %in9_91, i64 %in9_91, i64 %in9_98)
  %r9_6 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_93)
  %r9_7 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_94)
  %r9_8 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_95)
  %r9_9 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_96)
  %r9_10 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_97)
  %r9_11 = call i64 @llvm.fshr.i64(i64 %in9_91, i64 %in9_91, i64 %in9_98)
  call i32 (ptr, ...) @printf(ptr @mfmt9, ptr @lab9, i64 %r9_0, i64 %r9_1, i64 %r9_2, i64 %r9_3, i64 %r9_4, i64 %r9_5, i64 %r9_6, i64 %r9_7, i64 %r9_8, i64 %r9_9, i64 %r9_10, i64 %r9_11)
  %in10_101 = load i7, ptr @in10_100
  %r10_0 = call i7 @llvm.ctpop.i7(i7 %in10_101)
  %r10_0.w = zext i7 %r10_0 to i64
  %r10_1 = call i7 @llvm.ctlz.i7(i7 %in10_101, i1 false)
  %r10_1.w = zext i7 %r10_1 to i64
  %r10_2 = call i7 @llvm.cttz.i7(i7 %in10_101, i1 false)
  %r10_2.w = zext i7 %r10_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt10, ptr @lab10, i64 %r10_0.w, i64 %r10_1.w, i64 %r10_2.w)
  %in11_104 = load i7, ptr @in11_103
  %r11_0 = call i7 @llvm.ctpop.i7(i7 %in11_104)
  %r11_0.w = zext i7 %r11_0 to i64
  %r11_1 = call i7 @llvm.ctlz.i7(i7 %in11_104, i1 false)
  %r11_1.w = zext i7 %r11_1 to i64
  %r11_2 = call i7 @llvm.cttz.i7(i7 %in11_104, i1 false)
  %r11_2.w = zext i7 %r11_2 to i64
  %r11_3 = call i7 @llvm.ctlz.i7(i7 %in11_104, i1 true)
  %r11_3.w = zext i7 %r11_3 to i64
  %r11_4 = call i7 @llvm.cttz.i7(i7 %in11_104, i1 true)
  %r11_4.w = zext i7 %r11_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt11, ptr @lab11, i64 %r11_0.w, i64 %r11_1.w, i64 %r11_2.w, i64 %r11_3.w, i64 %r11_4.w)
  %in12_107 = load i7, ptr @in12_106
  %r12_0 = call i7 @llvm.ctpop.i7(i7 %in12_107)
  %r12_0.w = zext i7 %r12_0 to i64
  %r12_1 = call i7 @llvm.ctlz.i7(i7 %in12_107, i1 false)
  %r12_1.w = zext i7 %r12_1 to i64
  %r12_2 = call i7 @llvm.cttz.i7(i7 %in12_107, i1 false)
  %r12_2.w = zext i7 %r12_2 to i64
  %r12_3 = call i7 @llvm.ctlz.i7(i7 %in12_107, i1 true)
  %r12_3.w = zext i7 %r12_3 to i64
  %r12_4 = call i7 @llvm.cttz.i7(i7 %in12_107, i1 true)
  %r12_4.w = zext i7 %r12_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt12, ptr @lab12, i64 %r12_0.w, i64 %r12_1.w, i64 %r12_2.w, i64 %r12_3.w, i64 %r12_4.w)
  %in13_110 = load i7, ptr @in13_109
  %r13_0 = call i7 @llvm.ctpop.i7(i7 %in13_110)
  %r13_0.w = zext i7 %r13_0 to i64
  %r13_1 = call i7 @llvm.ctlz.i7(i7 %in13_110, i1 false)
  %r13_1.w = zext i7 %r13_1 to i64
  %r13_2 = call i7 @llvm.cttz.i7(i7 %in13_110, i1 false)
  %r13_2.w = zext i7 %r13_2 to i64
  %r13_3 = call i7 @llvm.ctlz.i7(i7 %in13_110, i1 true)
  %r13_3.w = zext i7 %r13_3 to i64
  %r13_4 = call i7 @llvm.cttz.i7(i7 %in13_110, i1 true)
  %r13_4.w = zext i7 %r13_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt13, ptr @lab13, i64 %r13_0.w, i64 %r13_1.w, i64 %r13_2.w, i64 %r13_3.w, i64 %r13_4.w)
  %in14_113 = load i7, ptr @in14_112
  %r14_0 = call i7 @llvm.ctpop.i7(i7 %in14_113)
  %r14_0.w = zext i7 %r14_0 to i64
  %r14_1 = call i7 @llvm.ctlz.i7(i7 %in14_113, i1 false)
  %r14_1.w = zext i7 %r14_1 to i64
  %r14_2 = call i7 @llvm.cttz.i7(i7 %in14_113, i1 false)
  %r14_2.w = zext i7 %r14_2 to i64
  %r14_3 = call i7 @llvm.ctlz.i7(i7 %in14_113, i1 true)
  %r14_3.w = zext i7 %r14_3 to i64
  %r14_4 = call i7 @llvm.cttz.i7(i7 %in14_113, i1 true)
  %r14_4.w = zext i7 %r14_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt14, ptr @lab14, i64 %r14_0.w, i64 %r14_1.w, i64 %r14_2.w, i64 %r14_3.w, i64 %r14_4.w)
  %in15_116 = load i7, ptr @in15_115
  %r15_0 = call i7 @llvm.ctpop.i7(i7 %in15_116)
  %r15_0.w = zext i7 %r15_0 to i64
  %r15_1 = call i7 @llvm.ctlz.i7(i7 %in15_116, i1 false)
  %r15_1.w = zext i7 %r15_1 to i64
  %r15_2 = call i7 @llvm.cttz.i7(i7 %in15_116, i1 false)
  %r15_2.w = zext i7 %r15_2 to i64
  %r15_3 = call i7 @llvm.ctlz.i7(i7 %in15_116, i1 true)
  %r15_3.w = zext i7 %r15_3 to i64
  %r15_4 = call i7 @llvm.cttz.i7(i7 %in15_116, i1 true)
  %r15_4.w = zext i7 %r15_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt15, ptr @lab15, i64 %r15_0.w, i64 %r15_1.w, i64 %r15_2.w, i64 %r15_3.w, i64 %r15_4.w)
  %in16_119 = load i8, ptr @in16_118
  %r16_0 = call i8 @llvm.ctpop.i8(i8 %in16_119)
  %r16_0.w = zext i8 %r16_0 to i64
  %r16_1 = call i8 @llvm.ctlz.i8(i8 %in16_119, i1 false)
  %r16_1.w = zext i8 %r16_1 to i64
  %r16_2 = call i8 @llvm.cttz.i8(i8 %in16_119, i1 false)
  %r16_2.w = zext i8 %r16_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt16, ptr @lab16, i64 %r16_0.w, i64 %r16_1.w, i64 %r16_2.w)
  %in17_122 = load i8, ptr @in17_121
  %r17_0 = call i8 @llvm.ctpop.i8(i8 %in17_122)
  %r17_0.w = zext i8 %r17_0 to i64
  %r17_1 = call i8 @llvm.ctlz.i8(i8 %in17_122, i1 false)
  %r17_1.w = zext i8 %r17_1 to i64
  %r17_2 = call i8 @llvm.cttz.i8(i8 %in17_122, i1 false)
  %r17_2.w = zext i8 %r17_2 to i64
  %r17_3 = call i8 @llvm.ctlz.i8(i8 %in17_122, i1 true)
  %r17_3.w = zext i8 %r17_3 to i64
  %r17_4 = call i8 @llvm.cttz.i8(i8 %in17_122, i1 true)
  %r17_4.w = zext i8 %r17_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt17, ptr @lab17, i64 %r17_0.w, i64 %r17_1.w, i64 %r17_2.w, i64 %r17_3.w, i64 %r17_4.w)
  %in18_125 = load i8, ptr @in18_124
  %r18_0 = call i8 @llvm.ctpop.i8(i8 %in18_125)
  %r18_0.w = zext i8 %r18_0 to i64
  %r18_1 = call i8 @llvm.ctlz.i8(i8 %in18_125, i1 false)
  %r18_1.w = zext i8 %r18_1 to i64
  %r18_2 = call i8 @llvm.cttz.i8(i8 %in18_125, i1 false)
  %r18_2.w = zext i8 %r18_2 to i64
  %r18_3 = call i8 @llvm.ctlz.i8(i8 %in18_125, i1 true)
  %r18_3.w = zext i8 %r18_3 to i64
  %r18_4 = call i8 @llvm.cttz.i8(i8 %in18_125, i1 true)
  %r18_4.w = zext i8 %r18_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt18, ptr @lab18, i64 %r18_0.w, i64 %r18_1.w, i64 %r18_2.w, i64 %r18_3.w, i64 %r18_4.w)
  %in19_128 = load i8, ptr @in19_127
  %r19_0 = call i8 @llvm.ctpop.i8(i8 %in19_128)
  %r19_0.w = zext i8 %r19_0 to i64
  %r19_1 = call i8 @llvm.ctlz.i8(i8 %in19_128, i1 false)
  %r19_1.w = zext i8 %r19_1 to i64
  %r19_2 = call i8 @llvm.cttz.i8(i8 %in19_128, i1 false)
  %r19_2.w = zext i8 %r19_2 to i64
  %r19_3 = call i8 @llvm.ctlz.i8(i8 %in19_128, i1 true)
  %r19_3.w = zext i8 %r19_3 to i64
  %r19_4 = call i8 @llvm.cttz.i8(i8 %in19_128, i1 true)
  %r19_4.w = zext i8 %r19_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt19, ptr @lab19, i64 %r19_0.w, i64 %r19_1.w, i64 %r19_2.w, i64 %r19_3.w, i64 %r19_4.w)
  %in20_131 = load i8, ptr @in20_130
  %r20_0 = call i8 @llvm.ctpop.i8(i8 %in20_131)
  %r20_0.w = zext i8 %r20_0 to i64
  %r20_1 = call i8 @llvm.ctlz.i8(i8 %in20_131, i1 false)
  %r20_1.w = zext i8 %r20_1 to i64
  %r20_2 = call i8 @llvm.cttz.i8(i8 %in20_131, i1 false)
  %r20_2.w = zext i8 %r20_2 to i64
  %r20_3 = call i8 @llvm.ctlz.i8(i8 %in20_131, i1 true)
  %r20_3.w = zext i8 %r20_3 to i64
  %r20_4 = call i8 @llvm.cttz.i8(i8 %in20_131, i1 true)
  %r20_4.w = zext i8 %r20_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt20, ptr @lab20, i64 %r20_0.w, i64 %r20_1.w, i64 %r20_2.w, i64 %r20_3.w, i64 %r20_4.w)
  %in21_134 = load i8, ptr @in21_133
  %r21_0 = call i8 @llvm.ctpop.i8(i8 %in21_134)
  %r21_0.w = zext i8 %r21_0 to i64
  %r21_1 = call i8 @llvm.ctlz.i8(i8 %in21_134, i1 false)
  %r21_1.w = zext i8 %r21_1 to i64
  %r21_2 = call i8 @llvm.cttz.i8(i8 %in21_134, i1 false)
  %r21_2.w = zext i8 %r21_2 to i64
  %r21_3 = call i8 @llvm.ctlz.i8(i8 %in21_134, i1 true)
  %r21_3.w = zext i8 %r21_3 to i64
  %r21_4 = call i8 @llvm.cttz.i8(i8 %in21_134, i1 true)
  %r21_4.w = zext i8 %r21_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt21, ptr @lab21, i64 %r21_0.w, i64 %r21_1.w, i64 %r21_2.w, i64 %r21_3.w, i64 %r21_4.w)
  %in22_137 = load i16, ptr @in22_136
  %r22_0 = call i16 @llvm.ctpop.i16(i16 %in22_137)
  %r22_0.w = zext i16 %r22_0 to i64
  %r22_1 = call i16 @llvm.ctlz.i16(i16 %in22_137, i1 false)
  %r22_1.w = zext i16 %r22_1 to i64
  %r22_2 = call i16 @llvm.cttz.i16(i16 %in22_137, i1 false)
  %r22_2.w = zext i16 %r22_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt22, ptr @lab22, i64 %r22_0.w, i64 %r22_1.w, i64 %r22_2.w)
  %in23_140 = load i16, ptr @in23_139
  %r23_0 = call i16 @llvm.ctpop.i16(i16 %in23_140)
  %r23_0.w = zext i16 %r23_0 to i64
  %r23_1 = call i16 @llvm.ctlz.i16(i16 %in23_140, i1 false)
  %r23_1.w = zext i16 %r23_1 to i64
  %r23_2 = call i16 @llvm.cttz.i16(i16 %in23_140, i1 false)
  %r23_2.w = zext i16 %r23_2 to i64
  %r23_3 = call i16 @llvm.ctlz.i16(i16 %in23_140, i1 true)
  %r23_3.w = zext i16 %r23_3 to i64
  %r23_4 = call i16 @llvm.cttz.i16(i16 %in23_140, i1 true)
  %r23_4.w = zext i16 %r23_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt23, ptr @lab23, i64 %r23_0.w, i64 %r23_1.w, i64 %r23_2.w, i64 %r23_3.w, i64 %r23_4.w)
  %in24_143 = load i16, ptr @in24_142
  %r24_0 = call i16 @llvm.ctpop.i16(i16 %in24_143)
  %r24_0.w = zext i16 %r24_0 to i64
  %r24_1 = call i16 @llvm.ctlz.i16(i16 %in24_143, i1 false)
  %r24_1.w = zext i16 %r24_1 to i64
  %r24_2 = call i16 @llvm.cttz.i16(i16 %in24_143, i1 false)
  %r24_2.w = zext i16 %r24_2 to i64
  %r24_3 = call i16 @llvm.ctlz.i16(i16 %in24_143, i1 true)
  %r24_3.w = zext i16 %r24_3 to i64
  %r24_4 = call i16 @llvm.cttz.i16(i16 %in24_143, i1 true)
  %r24_4.w = zext i16 %r24_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt24, ptr @lab24, i64 %r24_0.w, i64 %r24_1.w, i64 %r24_2.w, i64 %r24_3.w, i64 %r24_4.w)
  %in25_146 = load i16, ptr @in25_145
  %r25_0 = call i16 @llvm.ctpop.i16(i16 %in25_146)
  %r25_0.w = zext i16 %r25_0 to i64
  %r25_1 = call i16 @llvm.ctlz.i16(i16 %in25_146, i1 false)
  %r25_1.w = zext i16 %r25_1 to i64
  %r25_2 = call i16 @llvm.cttz.i16(i16 %in25_146, i1 false)
  %r25_2.w = zext i16 %r25_2 to i64
  %r25_3 = call i16 @llvm.ctlz.i16(i16 %in25_146, i1 true)
  %r25_3.w = zext i16 %r25_3 to i64
  %r25_4 = call i16 @llvm.cttz.i16(i16 %in25_146, i1 true)
  %r25_4.w = zext i16 %r25_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt25, ptr @lab25, i64 %r25_0.w, i64 %r25_1.w, i64 %r25_2.w, i64 %r25_3.w, i64 %r25_4.w)
  %in26_149 = load i16, ptr @in26_148
  %r26_0 = call i16 @llvm.ctpop.i16(i16 %in26_149)
  %r26_0.w = zext i16 %r26_0 to i64
  %r26_1 = call i16 @llvm.ctlz.i16(i16 %in26_149, i1 false)
  %r26_1.w = zext i16 %r26_1 to i64
  %r26_2 = call i16 @llvm.cttz.i16(i16 %in26_149, i1 false)
  %r26_2.w = zext i16 %r26_2 to i64
  %r26_3 = call i16 @llvm.ctlz.i16(i16 %in26_149, i1 true)
  %r26_3.w = zext i16 %r26_3 to i64
  %r26_4 = call i16 @llvm.cttz.i16(i16 %in26_149, i1 true)
  %r26_4.w = zext i16 %r26_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt26, ptr @lab26, i64 %r26_0.w, i64 %r26_1.w, i64 %r26_2.w, i64 %r26_3.w, i64 %r26_4.w)
  %in27_152 = load i16, ptr @in27_151
  %r27_0 = call i16 @llvm.ctpop.i16(i16 %in27_152)
  %r27_0.w = zext i16 %r27_0 to i64
  %r27_1 = call i16 @llvm.ctlz.i16(i16 %in27_152, i1 false)
  %r27_1.w = zext i16 %r27_1 to i64
  %r27_2 = call i16 @llvm.cttz.i16(i16 %in27_152, i1 false)
  %r27_2.w = zext i16 %r27_2 to i64
  %r27_3 = call i16 @llvm.ctlz.i16(i16 %in27_152, i1 true)
  %r27_3.w = zext i16 %r27_3 to i64
  %r27_4 = call i16 @llvm.cttz.i16(i16 %in27_152, i1 true)
  %r27_4.w = zext i16 %r27_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt27, ptr @lab27, i64 %r27_0.w, i64 %r27_1.w, i64 %r27_2.w, i64 %r27_3.w, i64 %r27_4.w)
  %in28_155 = load i32, ptr @in28_154
  %r28_0 = call i32 @llvm.ctpop.i32(i32 %in28_155)
  %r28_0.w = zext i32 %r28_0 to i64
  %r28_1 = call i32 @llvm.ctlz.i32(i32 %in28_155, i1 false)
  %r28_1.w = zext i32 %r28_1 to i64
  %r28_2 = call i32 @llvm.cttz.i32(i32 %in28_155, i1 false)
  %r28_2.w = zext i32 %r28_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt28, ptr @lab28, i64 %r28_0.w, i64 %r28_1.w, i64 %r28_2.w)
  %in29_158 = load i32, ptr @in29_157
  %r29_0 = call i32 @llvm.ctpop.i32(i32 %in29_158)
  %r29_0.w = zext i32 %r29_0 to i64
  %r29_1 = call i32 @llvm.ctlz.i32(i32 %in29_158, i1 false)
  %r29_1.w = zext i32 %r29_1 to i64
  %r29_2 = call i32 @llvm.cttz.i32(i32 %in29_158, i1 false)
  %r29_2.w = zext i32 %r29_2 to i64
  %r29_3 = call i32 @llvm.ctlz.i32(i32 %in29_158, i1 true)
  %r29_3.w = zext i32 %r29_3 to i64
  %r29_4 = call i32 @llvm.cttz.i32(i32 %in29_158, i1 true)
  %r29_4.w = zext i32 %r29_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt29, ptr @lab29, i64 %r29_0.w, i64 %r29_1.w, i64 %r29_2.w, i64 %r29_3.w, i64 %r29_4.w)
  %in30_161 = load i32, ptr @in30_160
  %r30_0 = call i32 @llvm.ctpop.i32(i32 %in30_161)
  %r30_0.w = zext i32 %r30_0 to i64
  %r30_1 = call i32 @llvm.ctlz.i32(i32 %in30_161, i1 false)
  %r30_1.w = zext i32 %r30_1 to i64
  %r30_2 = call i32 @llvm.cttz.i32(i32 %in30_161, i1 false)
  %r30_2.w = zext i32 %r30_2 to i64
  %r30_3 = call i32 @llvm.ctlz.i32(i32 %in30_161, i1 true)
  %r30_3.w = zext i32 %r30_3 to i64
  %r30_4 = call i32 @llvm.cttz.i32(i32 %in30_161, i1 true)
  %r30_4.w = zext i32 %r30_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt30, ptr @lab30, i64 %r30_0.w, i64 %r30_1.w, i64 %r30_2.w, i64 %r30_3.w, i64 %r30_4.w)
  %in31_164 = load i32, ptr @in31_163
  %r31_0 = call i32 @llvm.ctpop.i32(i32 %in31_164)
  %r31_0.w = zext i32 %r31_0 to i64
  %r31_1 = call i32 @llvm.ctlz.i32(i32 %in31_164, i1 false)
  %r31_1.w = zext i32 %r31_1 to i64
  %r31_2 = call i32 @llvm.cttz.i32(i32 %in31_164, i1 false)
  %r31_2.w = zext i32 %r31_2 to i64
  %r31_3 = call i32 @llvm.ctlz.i32(i32 %in31_164, i1 true)
  %r31_3.w = zext i32 %r31_3 to i64
  %r31_4 = call i32 @llvm.cttz.i32(i32 %in31_164, i1 true)
  %r31_4.w = zext i32 %r31_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt31, ptr @lab31, i64 %r31_0.w, i64 %r31_1.w, i64 %r31_2.w, i64 %r31_3.w, i64 %r31_4.w)
  %in32_167 = load i32, ptr @in32_166
  %r32_0 = call i32 @llvm.ctpop.i32(i32 %in32_167)
  %r32_0.w = zext i32 %r32_0 to i64
  %r32_1 = call i32 @llvm.ctlz.i32(i32 %in32_167, i1 false)
  %r32_1.w = zext i32 %r32_1 to i64
  %r32_2 = call i32 @llvm.cttz.i32(i32 %in32_167, i1 false)
  %r32_2.w = zext i32 %r32_2 to i64
  %r32_3 = call i32 @llvm.ctlz.i32(i32 %in32_167, i1 true)
  %r32_3.w = zext i32 %r32_3 to i64
  %r32_4 = call i32 @llvm.cttz.i32(i32 %in32_167, i1 true)
  %r32_4.w = zext i32 %r32_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt32, ptr @lab32, i64 %r32_0.w, i64 %r32_1.w, i64 %r32_2.w, i64 %r32_3.w, i64 %r32_4.w)
  %in33_170 = load i32, ptr @in33_169
  %r33_0 = call i32 @llvm.ctpop.i32(i32 %in33_170)
  %r33_0.w = zext i32 %r33_0 to i64
  %r33_1 = call i32 @llvm.ctlz.i32(i32 %in33_170, i1 false)
  %r33_1.w = zext i32 %r33_1 to i64
  %r33_2 = call i32 @llvm.cttz.i32(i32 %in33_170, i1 false)
  %r33_2.w = zext i32 %r33_2 to i64
  %r33_3 = call i32 @llvm.ctlz.i32(i32 %in33_170, i1 true)
  %r33_3.w = zext i32 %r33_3 to i64
  %r33_4 = call i32 @llvm.cttz.i32(i32 %in33_170, i1 true)
  %r33_4.w = zext i32 %r33_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt33, ptr @lab33, i64 %r33_0.w, i64 %r33_1.w, i64 %r33_2.w, i64 %r33_3.w, i64 %r33_4.w)
  %in34_173 = load i64, ptr @in34_172
  %r34_0 = call i64 @llvm.ctpop.i64(i64 %in34_173)
  %r34_1 = call i64 @llvm.ctlz.i64(i64 %in34_173, i1 false)
  %r34_2 = call i64 @llvm.cttz.i64(i64 %in34_173, i1 false)
  call i32 (ptr, ...) @printf(ptr @mfmt34, ptr @lab34, i64 %r34_0, i64 %r34_1, i64 %r34_2)
  %in35_176 = load i64, ptr @in35_175
  %r35_0 = call i64 @llvm.ctpop.i64(i64 %in35_176)
  %r35_1 = call i64 @llvm.ctlz.i64(i64 %in35_176, i1 false)
  %r35_2 = call i64 @llvm.cttz.i64(i64 %in35_176, i1 false)
  %r35_3 = call i64 @llvm.ctlz.i64(i64 %in35_176, i1 true)
  %r35_4 = call i64 @llvm.cttz.i64(i64 %in35_176, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt35, ptr @lab35, i64 %r35_0, i64 %r35_1, i64 %r35_2, i64 %r35_3, i64 %r35_4)
  %in36_179 = load i64, ptr @in36_178
  %r36_0 = call i64 @llvm.ctpop.i64(i64 %in36_179)
  %r36_1 = call i64 @llvm.ctlz.i64(i64 %in36_179, i1 false)
  %r36_2 = call i64 @llvm.cttz.i64(i64 %in36_179, i1 false)
  %r36_3 = call i64 @llvm.ctlz.i64(i64 %in36_179, i1 true)
  %r36_4 = call i64 @llvm.cttz.i64(i64 %in36_179, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt36, ptr @lab36, i64 %r36_0, i64 %r36_1, i64 %r36_2, i64 %r36_3, i64 %r36_4)
  %in37_182 = load i64, ptr @in37_181
  %r37_0 = call i64 @llvm.ctpop.i64(i64 %in37_182)
  %r37_1 = call i64 @llvm.ctlz.i64(i64 %in37_182, i1 false)
  %r37_2 = call i64 @llvm.cttz.i64(i64 %in37_182, i1 false)
  %r37_3 = call i64 @llvm.ctlz.i64(i64 %in37_182, i1 true)
  %r37_4 = call i64 @llvm.cttz.i64(i64 %in37_182, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt37, ptr @lab37, i64 %r37_0, i64 %r37_1, i64 %r37_2, i64 %r37_3, i64 %r37_4)
  %in38_185 = load i64, ptr @in38_184
  %r38_0 = call i64 @llvm.ctpop.i64(i64 %in38_185)
  %r38_1 = call i64 @llvm.ctlz.i64(i64 %in38_185, i1 false)
  %r38_2 = call i64 @llvm.cttz.i64(i64 %in38_185, i1 false)
  %r38_3 = call i64 @llvm.ctlz.i64(i64 %in38_185, i1 true)
  %r38_4 = call i64 @llvm.cttz.i64(i64 %in38_185, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt38, ptr @lab38, i64 %r38_0, i64 %r38_1, i64 %r38_2, i64 %r38_3, i64 %r38_4)
  %in39_188 = load i64, ptr @in39_187
  %r39_0 = call i64 @llvm.ctpop.i64(i64 %in39_188)
  %r39_1 = call i64 @llvm.ctlz.i64(i64 %in39_188, i1 false)
  %r39_2 = call i64 @llvm.cttz.i64(i64 %in39_188, i1 false)
  %r39_3 = call i64 @llvm.ctlz.i64(i64 %in39_188, i1 true)
  %r39_4 = call i64 @llvm.cttz.i64(i64 %in39_188, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt39, ptr @lab39, i64 %r39_0, i64 %r39_1, i64 %r39_2, i64 %r39_3, i64 %r39_4)
  %in40_191 = load i128, ptr @in40_190
  %r40_0 = call i128 @llvm.ctpop.i128(i128 %in40_191)
  %r40_1 = call i128 @llvm.ctlz.i128(i128 %in40_191, i1 false)
  %r40_2 = call i128 @llvm.cttz.i128(i128 %in40_191, i1 false)
  %r40_3 = trunc i128 %r40_0 to i64
  %r40_4 = trunc i128 %r40_1 to i64
  %r40_5 = trunc i128 %r40_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt40, ptr @lab40, i64 %r40_3, i64 %r40_4, i64 %r40_5)
  %in41_194 = load i128, ptr @in41_193
  %r41_0 = call i128 @llvm.ctpop.i128(i128 %in41_194)
  %r41_1 = call i128 @llvm.ctlz.i128(i128 %in41_194, i1 false)
  %r41_2 = call i128 @llvm.cttz.i128(i128 %in41_194, i1 false)
  %r41_3 = call i128 @llvm.ctlz.i128(i128 %in41_194, i1 true)
  %r41_4 = call i128 @llvm.cttz.i128(i128 %in41_194, i1 true)
  %r41_5 = trunc i128 %r41_0 to i64
  %r41_6 = trunc i128 %r41_1 to i64
  %r41_7 = trunc i128 %r41_2 to i64
  %r41_8 = trunc i128 %r41_3 to i64
  %r41_9 = trunc i128 %r41_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt41, ptr @lab41, i64 %r41_5, i64 %r41_6, i64 %r41_7, i64 %r41_8, i64 %r41_9)
  %in42_197 = load i128, ptr @in42_196
  %r42_0 = call i128 @llvm.ctpop.i128(i128 %in42_197)
  %r42_1 = call i128 @llvm.ctlz.i128(i128 %in42_197, i1 false)
  %r42_2 = call i128 @llvm.cttz.i128(i128 %in42_197, i1 false)
  %r42_3 = call i128 @llvm.ctlz.i128(i128 %in42_197, i1 true)
  %r42_4 = call i128 @llvm.cttz.i128(i128 %in42_197, i1 true)
  %r42_5 = trunc i128 %r42_0 to i64
  %r42_6 = trunc i128 %r42_1 to i64
  %r42_7 = trunc i128 %r42_2 to i64
  %r42_8 = trunc i128 %r42_3 to i64
  %r42_9 = trunc i128 %r42_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt42, ptr @lab42, i64 %r42_5, i64 %r42_6, i64 %r42_7, i64 %r42_8, i64 %r42_9)
  %in43_200 = load i128, ptr @in43_199
  %r43_0 = call i128 @llvm.ctpop.i128(i128 %in43_200)
  %r43_1 = call i128 @llvm.ctlz.i128(i128 %in43_200, i1 false)
  %r43_2 = call i128 @llvm.cttz.i128(i128 %in43_200, i1 false)
  %r43_3 = call i128 @llvm.ctlz.i128(i128 %in43_200, i1 true)
  %r43_4 = call i128 @llvm.cttz.i128(i128 %in43_200, i1 true)
  %r43_5 = trunc i128 %r43_0 to i64
  %r43_6 = trunc i128 %r43_1 to i64
  %r43_7 = trunc i128 %r43_2 to i64
  %r43_8 = trunc i128 %r43_3 to i64
  %r43_9 = trunc i128 %r43_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt43, ptr @lab43, i64 %r43_5, i64 %r43_6, i64 %r43_7, i64 %r43_8, i64 %r43_9)
  %in44_203 = load i128, ptr @in44_202
  %r44_0 = call i128 @llvm.ctpop.i128(i128 %in44_203)
  %r44_1 = call i128 @llvm.ctlz.i128(i128 %in44_203, i1 false)
  %r44_2 = call i128 @llvm.cttz.i128(i128 %in44_203, i1 false)
  %r44_3 = call i128 @llvm.ctlz.i128(i128 %in44_203, i1 true)
  %r44_4 = call i128 @llvm.cttz.i128(i128 %in44_203, i1 true)
  %r44_5 = trunc i128 %r44_0 to i64
  %r44_6 = trunc i128 %r44_1 to i64
  %r44_7 = trunc i128 %r44_2 to i64
  %r44_8 = trunc i128 %r44_3 to i64
  %r44_9 = trunc i128 %r44_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt44, ptr @lab44, i64 %r44_5, i64 %r44_6, i64 %r44_7, i64 %r44_8, i64 %r44_9)
  %in45_206 = load i128, ptr @in45_205
  %r45_0 = call i128 @llvm.ctpop.i128(i128 %in45_206)
  %r45_1 = call i128 @llvm.ctlz.i128(i128 %in45_206, i1 false)
  %r45_2 = call i128 @llvm.cttz.i128(i128 %in45_206, i1 false)
  %r45_3 = call i128 @llvm.ctlz.i128(i128 %in45_206, i1 true)
  %r45_4 = call i128 @llvm.cttz.i128(i128 %in45_206, i1 true)
  %r45_5 = trunc i128 %r45_0 to i64
  %r45_6 = trunc i128 %r45_1 to i64
  %r45_7 = trunc i128 %r45_2 to i64
  %r45_8 = trunc i128 %r45_3 to i64
  %r45_9 = trunc i128 %r45_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt45, ptr @lab45, i64 %r45_5, i64 %r45_6, i64 %r45_7, i64 %r45_8, i64 %r45_9)
  %in46_209 = load i128, ptr @in46_208
  %r46_0 = call i128 @llvm.ctpop.i128(i128 %in46_209)
  %r46_1 = call i128 @llvm.ctlz.i128(i128 %in46_209, i1 false)
  %r46_2 = call i128 @llvm.cttz.i128(i128 %in46_209, i1 false)
  %r46_3 = call i128 @llvm.ctlz.i128(i128 %in46_209, i1 true)
  %r46_4 = call i128 @llvm.cttz.i128(i128 %in46_209, i1 true)
  %r46_5 = trunc i128 %r46_0 to i64
  %r46_6 = trunc i128 %r46_1 to i64
  %r46_7 = trunc i128 %r46_2 to i64
  %r46_8 = trunc i128 %r46_3 to i64
  %r46_9 = trunc i128 %r46_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt46, ptr @lab46, i64 %r46_5, i64 %r46_6, i64 %r46_7, i64 %r46_8, i64 %r46_9)
  %in47_212 = load i128, ptr @in47_211
  %r47_0 = call i128 @llvm.ctpop.i128(i128 %in47_212)
  %r47_1 = call i128 @llvm.ctlz.i128(i128 %in47_212, i1 false)
  %r47_2 = call i128 @llvm.cttz.i128(i128 %in47_212, i1 false)
  %r47_3 = call i128 @llvm.ctlz.i128(i128 %in47_212, i1 true)
  %r47_4 = call i128 @llvm.cttz.i128(i128 %in47_212, i1 true)
  %r47_5 = trunc i128 %r47_0 to i64
  %r47_6 = trunc i128 %r47_1 to i64
  %r47_7 = trunc i128 %r47_2 to i64
  %r47_8 = trunc i128 %r47_3 to i64
  %r47_9 = trunc i128 %r47_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt47, ptr @lab47, i64 %r47_5, i64 %r47_6, i64 %r47_7, i64 %r47_8, i64 %r47_9)
  %in48_215 = load i16, ptr @in48_214
  %r48_0 = call i16 @llvm.bswap.i16(i16 %in48_215)
  %r48_1 = add i16 %r48_0, 0
  %r48_1.w = zext i16 %r48_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt48, ptr @lab48, i64 %r48_1.w)
  %in49_218 = load i32, ptr @in49_217
  %r49_0 = call i32 @llvm.bswap.i32(i32 %in49_218)
  %r49_1 = add i32 %r49_0, 0
  %r49_1.w = zext i32 %r49_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt49, ptr @lab49, i64 %r49_1.w)
  %in50_221 = load i48, ptr @in50_220
  %r50_0 = call i48 @llvm.bswap.i48(i48 %in50_221)
  %r50_1 = add i48 %r50_0, 0
  %r50_1.w = zext i48 %r50_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt50, ptr @lab50, i64 %r50_1.w)
  %in51_224 = load i64, ptr @in51_223
  %r51_0 = call i64 @llvm.bswap.i64(i64 %in51_224)
  %r51_1 = add i64 %r51_0, 0
  call i32 (ptr, ...) @printf(ptr @mfmt51, ptr @lab51, i64 %r51_1)
  %in52_227 = load i128, ptr @in52_226
  %r52_0 = call i128 @llvm.bswap.i128(i128 %in52_227)
  %r52_1 = lshr i128 %r52_0, 64
  %r52_2 = trunc i128 %r52_1 to i64
  %r52_3 = trunc i128 %r52_0 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt52, ptr @lab52, i64 %r52_2, i64 %r52_3)
  %in53_230 = load i7, ptr @in53_229
  %r53_0 = call i7 @llvm.bitreverse.i7(i7 %in53_230)
  %r53_1 = add i7 %r53_0, 0
  %r53_1.w = zext i7 %r53_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt53, ptr @lab53, i64 %r53_1.w)
  %in54_233 = load i8, ptr @in54_232
  %r54_0 = call i8 @llvm.bitreverse.i8(i8 %in54_233)
  %r54_1 = add i8 %r54_0, 0
  %r54_1.w = zext i8 %r54_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt54, ptr @lab54, i64 %r54_1.w)
  %in55_236 = load i16, ptr @in55_235
  %r55_0 = call i16 @llvm.bitreverse.i16(i16 %in55_236)
  %r55_1 = add i16 %r55_0, 0
  %r55_1.w = zext i16 %r55_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt55, ptr @lab55, i64 %r55_1.w)
  %in56_239 = load i32, ptr @in56_238
  %r56_0 = call i32 @llvm.bitreverse.i32(i32 %in56_239)
  %r56_1 = add i32 %r56_0, 0
  %r56_1.w = zext i32 %r56_1 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt56, ptr @lab56, i64 %r56_1.w)
  %in57_242 = load i64, ptr @in57_241
  %r57_0 = call i64 @llvm.bitreverse.i64(i64 %in57_242)
  %r57_1 = add i64 %r57_0, 0
  call i32 (ptr, ...) @printf(ptr @mfmt57, ptr @lab57, i64 %r57_1)
  %in58_245 = load i128, ptr @in58_244
  %r58_0 = call i128 @llvm.bitreverse.i128(i128 %in58_245)
  %r58_1 = lshr i128 %r58_0, 64
  %r58_2 = trunc i128 %r58_1 to i64
  %r58_3 = trunc i128 %r58_0 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt58, ptr @lab58, i64 %r58_2, i64 %r58_3)
  ret i32 0
}
