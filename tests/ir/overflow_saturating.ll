; purpose: {s,u}{add,sub,mul}.with.overflow at i8..i128, {s,u}{add,sub}.sat and {s,u}shl.sat at i8..i64, smin/smax/umin/umax/scmp/ucmp (i3 too), abs of INT_MIN without poison, and fixed-point smul/umul/sdiv/udiv.fix(.sat)
; stdout: i8 127,1: sadd=-128/1 uadd=128/0 ssub=126/0 usub=126/0 smul=127/0 umul=127/0
; stdout: i8 -128,-1: sadd=127/1 uadd=127/1 ssub=-127/0 usub=129/1 smul=-128/1 umul=128/1
; stdout: i8 -1,-1: sadd=-2/0 uadd=254/1 ssub=0/0 usub=0/0 smul=1/0 umul=1/1
; stdout: i8 8,16: sadd=24/0 uadd=24/0 ssub=-8/0 usub=248/1 smul=-128/1 umul=128/0
; stdout: i8 3,-5: sadd=-2/0 uadd=254/0 ssub=8/0 usub=8/1 smul=-15/0 umul=241/1
; stdout: i8 0,-128: sadd=-128/0 uadd=128/0 ssub=-128/1 usub=128/1 smul=0/0 umul=0/0
; stdout: i8 -128,-128: sadd=0/1 uadd=0/1 ssub=0/0 usub=0/0 smul=0/1 umul=0/1
; stdout: i16 32767,1: sadd=-32768/1 uadd=32768/0 ssub=32766/0 usub=32766/0 smul=32767/0 umul=32767/0
; stdout: i16 -32768,-1: sadd=32767/1 uadd=32767/1 ssub=-32767/0 usub=32769/1 smul=-32768/1 umul=32768/1
; stdout: i16 -1,-1: sadd=-2/0 uadd=65534/1 ssub=0/0 usub=0/0 smul=1/0 umul=1/1
; stdout: i16 128,256: sadd=384/0 uadd=384/0 ssub=-128/0 usub=65408/1 smul=-32768/1 umul=32768/0
; stdout: i16 3,-5: sadd=-2/0 uadd=65534/0 ssub=8/0 usub=8/1 smul=-15/0 umul=65521/1
; stdout: i16 0,-32768: sadd=-32768/0 uadd=32768/0 ssub=-32768/1 usub=32768/1 smul=0/0 umul=0/0
; stdout: i16 -32768,-32768: sadd=0/1 uadd=0/1 ssub=0/0 usub=0/0 smul=0/1 umul=0/1
; stdout: i32 2147483647,1: sadd=-2147483648/1 uadd=2147483648/0 ssub=2147483646/0 usub=2147483646/0 smul=2147483647/0 umul=2147483647/0
; stdout: i32 -2147483648,-1: sadd=2147483647/1 uadd=2147483647/1 ssub=-2147483647/0 usub=2147483649/1 smul=-2147483648/1 umul=2147483648/1
; stdout: i32 -1,-1: sadd=-2/0 uadd=4294967294/1 ssub=0/0 usub=0/0 smul=1/0 umul=1/1
; stdout: i32 32768,65536: sadd=98304/0 uadd=98304/0 ssub=-32768/0 usub=4294934528/1 smul=-2147483648/1 umul=2147483648/0
; stdout: i32 3,-5: sadd=-2/0 uadd=4294967294/0 ssub=8/0 usub=8/1 smul=-15/0 umul=4294967281/1
; stdout: i32 0,-2147483648: sadd=-2147483648/0 uadd=2147483648/0 ssub=-2147483648/1 usub=2147483648/1 smul=0/0 umul=0/0
; stdout: i32 -2147483648,-2147483648: sadd=0/1 uadd=0/1 ssub=0/0 usub=0/0 smul=0/1 umul=0/1
; stdout: i64 9223372036854775807,1: sadd=-9223372036854775808/1 uadd=9223372036854775808/0 ssub=9223372036854775806/0 usub=9223372036854775806/0 smul=9223372036854775807/0 umul=9223372036854775807/0
; stdout: i64 -9223372036854775808,-1: sadd=9223372036854775807/1 uadd=9223372036854775807/1 ssub=-9223372036854775807/0 usub=9223372036854775809/1 smul=-9223372036854775808/1 umul=9223372036854775808/1
; stdout: i64 -1,-1: sadd=-2/0 uadd=18446744073709551614/1 ssub=0/0 usub=0/0 smul=1/0 umul=1/1
; stdout: i64 2147483648,4294967296: sadd=6442450944/0 uadd=6442450944/0 ssub=-2147483648/0 usub=18446744071562067968/1 smul=-9223372036854775808/1 umul=9223372036854775808/0
; stdout: i64 3,-5: sadd=-2/0 uadd=18446744073709551614/0 ssub=8/0 usub=8/1 smul=-15/0 umul=18446744073709551601/1
; stdout: i64 0,-9223372036854775808: sadd=-9223372036854775808/0 uadd=9223372036854775808/0 ssub=-9223372036854775808/1 usub=9223372036854775808/1 smul=0/0 umul=0/0
; stdout: i64 -9223372036854775808,-9223372036854775808: sadd=0/1 uadd=0/1 ssub=0/0 usub=0/0 smul=0/1 umul=0/1
; stdout: i128 170141183460469231731687303715884105727,1: sadd=8000000000000000:0/1 uadd=8000000000000000:0/0 smul=7fffffffffffffff:ffffffffffffffff/0 umul=7fffffffffffffff:ffffffffffffffff/0
; stdout: i128 18446744073709551616,9223372036854775808: sadd=1:8000000000000000/0 uadd=1:8000000000000000/0 smul=8000000000000000:0/1 umul=8000000000000000:0/0
; stdout: i128 -18446744073709551616,9223372036854775808: sadd=ffffffffffffffff:8000000000000000/0 uadd=ffffffffffffffff:8000000000000000/0 smul=8000000000000000:0/0 umul=8000000000000000:0/1
; stdout: i128 -1,-1: sadd=ffffffffffffffff:fffffffffffffffe/0 uadd=ffffffffffffffff:fffffffffffffffe/1 smul=0:1/0 umul=0:1/1
; stdout: i8 127,1: sadd.sat=127 uadd.sat=128 ssub.sat=126 usub.sat=126
; stdout: i8 -128,-1: sadd.sat=-128 uadd.sat=255 ssub.sat=-127 usub.sat=0
; stdout: i8 -1,-1: sadd.sat=-2 uadd.sat=255 ssub.sat=0 usub.sat=0
; stdout: i8 5,7: sadd.sat=12 uadd.sat=12 ssub.sat=-2 usub.sat=0
; stdout: i8 -128,127: sadd.sat=-1 uadd.sat=255 ssub.sat=-128 usub.sat=1
; stdout: i8 1,-1: sadd.sat=0 uadd.sat=255 ssub.sat=2 usub.sat=0
; stdout: i8 1 shl 6: sshl.sat=64 ushl.sat=64 shl=64
; stdout: i8 1 shl 7: sshl.sat=127 ushl.sat=128 shl=-128
; stdout: i8 -1 shl 7: sshl.sat=-128 ushl.sat=255 shl=-128
; stdout: i8 3 shl 6: sshl.sat=127 ushl.sat=192 shl=-64
; stdout: i8 -3 shl 6: sshl.sat=-128 ushl.sat=255 shl=64
; stdout: i8 64 shl 1: sshl.sat=127 ushl.sat=128 shl=-128
; stdout: i8 -128 shl 0: sshl.sat=-128 ushl.sat=128 shl=-128
; stdout: i16 32767,1: sadd.sat=32767 uadd.sat=32768 ssub.sat=32766 usub.sat=32766
; stdout: i16 -32768,-1: sadd.sat=-32768 uadd.sat=65535 ssub.sat=-32767 usub.sat=0
; stdout: i16 -1,-1: sadd.sat=-2 uadd.sat=65535 ssub.sat=0 usub.sat=0
; stdout: i16 5,7: sadd.sat=12 uadd.sat=12 ssub.sat=-2 usub.sat=0
; stdout: i16 -32768,32767: sadd.sat=-1 uadd.sat=65535 ssub.sat=-32768 usub.sat=1
; stdout: i16 1,-1: sadd.sat=0 uadd.sat=65535 ssub.sat=2 usub.sat=0
; stdout: i16 1 shl 14: sshl.sat=16384 ushl.sat=16384 shl=16384
; stdout: i16 1 shl 15: sshl.sat=32767 ushl.sat=32768 shl=-32768
; stdout: i16 -1 shl 15: sshl.sat=-32768 ushl.sat=65535 shl=-32768
; stdout: i16 3 shl 14: sshl.sat=32767 ushl.sat=49152 shl=-16384
; stdout: i16 -3 shl 14: sshl.sat=-32768 ushl.sat=65535 shl=16384
; stdout: i16 16384 shl 1: sshl.sat=32767 ushl.sat=32768 shl=-32768
; stdout: i16 -32768 shl 0: sshl.sat=-32768 ushl.sat=32768 shl=-32768
; stdout: i32 2147483647,1: sadd.sat=2147483647 uadd.sat=2147483648 ssub.sat=2147483646 usub.sat=2147483646
; stdout: i32 -2147483648,-1: sadd.sat=-2147483648 uadd.sat=4294967295 ssub.sat=-2147483647 usub.sat=0
; stdout: i32 -1,-1: sadd.sat=-2 uadd.sat=4294967295 ssub.sat=0 usub.sat=0
; stdout: i32 5,7: sadd.sat=12 uadd.sat=12 ssub.sat=-2 usub.sat=0
; stdout: i32 -2147483648,2147483647: sadd.sat=-1 uadd.sat=4294967295 ssub.sat=-2147483648 usub.sat=1
; stdout: i32 1,-1: sadd.sat=0 uadd.sat=4294967295 ssub.sat=2 usub.sat=0
; stdout: i32 1 shl 30: sshl.sat=1073741824 ushl.sat=1073741824 shl=1073741824
; stdout: i32 1 shl 31: sshl.sat=2147483647 ushl.sat=2147483648 shl=-2147483648
; stdout: i32 -1 shl 31: sshl.sat=-2147483648 ushl.sat=4294967295 shl=-2147483648
; stdout: i32 3 shl 30: sshl.sat=2147483647 ushl.sat=3221225472 shl=-1073741824
; stdout: i32 -3 shl 30: sshl.sat=-2147483648 ushl.sat=4294967295 shl=1073741824
; stdout: i32 1073741824 shl 1: sshl.sat=2147483647 ushl.sat=2147483648 shl=-2147483648
; stdout: i32 -2147483648 shl 0: sshl.sat=-2147483648 ushl.sat=2147483648 shl=-2147483648
; stdout: i64 9223372036854775807,1: sadd.sat=9223372036854775807 uadd.sat=9223372036854775808 ssub.sat=9223372036854775806 usub.sat=9223372036854775806
; stdout: i64 -9223372036854775808,-1: sadd.sat=-9223372036854775808 uadd.sat=18446744073709551615 ssub.sat=-9223372036854775807 usub.sat=0
; stdout: i64 -1,-1: sadd.sat=-2 uadd.sat=18446744073709551615 ssub.sat=0 usub.sat=0
; stdout: i64 5,7: sadd.sat=12 uadd.sat=12 ssub.sat=-2 usub.sat=0
; stdout: i64 -9223372036854775808,9223372036854775807: sadd.sat=-1 uadd.sat=18446744073709551615 ssub.sat=-9223372036854775808 usub.sat=1
; stdout: i64 1,-1: sadd.sat=0 uadd.sat=18446744073709551615 ssub.sat=2 usub.sat=0
; stdout: i64 1 shl 62: sshl.sat=4611686018427387904 ushl.sat=4611686018427387904 shl=4611686018427387904
; stdout: i64 1 shl 63: sshl.sat=9223372036854775807 ushl.sat=9223372036854775808 shl=-9223372036854775808
; stdout: i64 -1 shl 63: sshl.sat=-9223372036854775808 ushl.sat=18446744073709551615 shl=-9223372036854775808
; stdout: i64 3 shl 62: sshl.sat=9223372036854775807 ushl.sat=13835058055282163712 shl=-4611686018427387904
; stdout: i64 -3 shl 62: sshl.sat=-9223372036854775808 ushl.sat=18446744073709551615 shl=4611686018427387904
; stdout: i64 4611686018427387904 shl 1: sshl.sat=9223372036854775807 ushl.sat=9223372036854775808 shl=-9223372036854775808
; stdout: i64 -9223372036854775808 shl 0: sshl.sat=-9223372036854775808 ushl.sat=9223372036854775808 shl=-9223372036854775808
; stdout: i8 -1,1: smin=-1 smax=1 umin=1 umax=255 scmp=-1 ucmp=1
; stdout: i8 -128,127: smin=-128 smax=127 umin=127 umax=128 scmp=-1 ucmp=1
; stdout: i8 0,-1: smin=-1 smax=0 umin=0 umax=255 scmp=1 ucmp=-1
; stdout: i8 7,7: smin=7 smax=7 umin=7 umax=7 scmp=0 ucmp=0
; stdout: i8 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min): -128 5 127 0 7
; stdout: i32 -1,1: smin=-1 smax=1 umin=1 umax=4294967295 scmp=-1 ucmp=1
; stdout: i32 -2147483648,2147483647: smin=-2147483648 smax=2147483647 umin=2147483647 umax=2147483648 scmp=-1 ucmp=1
; stdout: i32 0,-1: smin=-1 smax=0 umin=0 umax=4294967295 scmp=1 ucmp=-1
; stdout: i32 7,7: smin=7 smax=7 umin=7 umax=7 scmp=0 ucmp=0
; stdout: i32 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min): -2147483648 5 2147483647 0 7
; stdout: i64 -1,1: smin=-1 smax=1 umin=1 umax=18446744073709551615 scmp=-1 ucmp=1
; stdout: i64 -9223372036854775808,9223372036854775807: smin=-9223372036854775808 smax=9223372036854775807 umin=9223372036854775807 umax=9223372036854775808 scmp=-1 ucmp=1
; stdout: i64 0,-1: smin=-1 smax=0 umin=0 umax=18446744073709551615 scmp=1 ucmp=-1
; stdout: i64 7,7: smin=7 smax=7 umin=7 umax=7 scmp=0 ucmp=0
; stdout: i64 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min): -9223372036854775808 5 9223372036854775807 0 7
; stdout: i3 scmp/ucmp (-4,3) and smin/umax (-4,3): -1 1 -4 4
; stdout: Q16 smul.fix 1.5*2.5, -1.5*2.5; umul.fix 1.5*2.5; scale 0: -3*5: 0x3c000 -245760 0x3c000 -15
; stdout: Q16 smul.fix.sat 30000*30000, -30000*30000; umul.fix.sat max*max, max*1.0: 2147483647 -2147483648 4294967295 4294967295
; stdout: Q16 sdiv.fix 3.75/1.5, -3.75/1.5; udiv.fix 7/2; sdiv.fix.sat MIN/-1.0; udiv.fix.sat 60000/0.5: 0x28000 -163840 0x38000 2147483647 4294967295

; each printed line: inputs loaded from their own globals (so no tier can fold them), the instruction or
; intrinsic under test, the results widened (iN to i64, fp to double) and printed
@in0_0 = global i8 127
@in0_1 = global i8 1
@lab0 = private constant [9 x i8] c"i8 127,1\00"
@mfmt0 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in1_4 = global i8 -128
@in1_5 = global i8 -1
@lab1 = private constant [11 x i8] c"i8 -128,-1\00"
@mfmt1 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in2_8 = global i8 -1
@in2_9 = global i8 -1
@lab2 = private constant [9 x i8] c"i8 -1,-1\00"
@mfmt2 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in3_12 = global i8 8
@in3_13 = global i8 16
@lab3 = private constant [8 x i8] c"i8 8,16\00"
@mfmt3 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in4_16 = global i8 3
@in4_17 = global i8 -5
@lab4 = private constant [8 x i8] c"i8 3,-5\00"
@mfmt4 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in5_20 = global i8 0
@in5_21 = global i8 -128
@lab5 = private constant [10 x i8] c"i8 0,-128\00"
@mfmt5 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in6_24 = global i8 -128
@in6_25 = global i8 -128
@lab6 = private constant [13 x i8] c"i8 -128,-128\00"
@mfmt6 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in7_28 = global i16 32767
@in7_29 = global i16 1
@lab7 = private constant [12 x i8] c"i16 32767,1\00"
@mfmt7 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in8_32 = global i16 -32768
@in8_33 = global i16 -1
@lab8 = private constant [14 x i8] c"i16 -32768,-1\00"
@mfmt8 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in9_36 = global i16 -1
@in9_37 = global i16 -1
@lab9 = private constant [10 x i8] c"i16 -1,-1\00"
@mfmt9 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in10_40 = global i16 128
@in10_41 = global i16 256
@lab10 = private constant [12 x i8] c"i16 128,256\00"
@mfmt10 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in11_44 = global i16 3
@in11_45 = global i16 -5
@lab11 = private constant [9 x i8] c"i16 3,-5\00"
@mfmt11 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in12_48 = global i16 0
@in12_49 = global i16 -32768
@lab12 = private constant [13 x i8] c"i16 0,-32768\00"
@mfmt12 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in13_52 = global i16 -32768
@in13_53 = global i16 -32768
@lab13 = private constant [18 x i8] c"i16 -32768,-32768\00"
@mfmt13 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in14_56 = global i32 2147483647
@in14_57 = global i32 1
@lab14 = private constant [17 x i8] c"i32 2147483647,1\00"
@mfmt14 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in15_60 = global i32 -2147483648
@in15_61 = global i32 -1
@lab15 = private constant [19 x i8] c"i32 -2147483648,-1\00"
@mfmt15 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in16_64 = global i32 -1
@in16_65 = global i32 -1
@lab16 = private constant [10 x i8] c"i32 -1,-1\00"
@mfmt16 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in17_68 = global i32 32768
@in17_69 = global i32 65536
@lab17 = private constant [16 x i8] c"i32 32768,65536\00"
@mfmt17 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in18_72 = global i32 3
@in18_73 = global i32 -5
@lab18 = private constant [9 x i8] c"i32 3,-5\00"
@mfmt18 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in19_76 = global i32 0
@in19_77 = global i32 -2147483648
@lab19 = private constant [18 x i8] c"i32 0,-2147483648\00"
@mfmt19 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in20_80 = global i32 -2147483648
@in20_81 = global i32 -2147483648
@lab20 = private constant [28 x i8] c"i32 -2147483648,-2147483648\00"
@mfmt20 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in21_84 = global i64 9223372036854775807
@in21_85 = global i64 1
@lab21 = private constant [26 x i8] c"i64 9223372036854775807,1\00"
@mfmt21 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in22_88 = global i64 -9223372036854775808
@in22_89 = global i64 -1
@lab22 = private constant [28 x i8] c"i64 -9223372036854775808,-1\00"
@mfmt22 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in23_92 = global i64 -1
@in23_93 = global i64 -1
@lab23 = private constant [10 x i8] c"i64 -1,-1\00"
@mfmt23 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in24_96 = global i64 2147483648
@in24_97 = global i64 4294967296
@lab24 = private constant [26 x i8] c"i64 2147483648,4294967296\00"
@mfmt24 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in25_100 = global i64 3
@in25_101 = global i64 -5
@lab25 = private constant [9 x i8] c"i64 3,-5\00"
@mfmt25 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in26_104 = global i64 0
@in26_105 = global i64 -9223372036854775808
@lab26 = private constant [27 x i8] c"i64 0,-9223372036854775808\00"
@mfmt26 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in27_108 = global i64 -9223372036854775808
@in27_109 = global i64 -9223372036854775808
@lab27 = private constant [46 x i8] c"i64 -9223372036854775808,-9223372036854775808\00"
@mfmt27 = private constant [95 x i8] c"%s: sadd=%lld/%lld uadd=%llu/%lld ssub=%lld/%lld usub=%llu/%lld smul=%lld/%lld umul=%llu/%lld\0A\00"
@in28_112 = global i128 170141183460469231731687303715884105727
@in28_113 = global i128 1
@lab28 = private constant [47 x i8] c"i128 170141183460469231731687303715884105727,1\00"
@mfmt28 = private constant [85 x i8] c"%s: sadd=%llx:%llx/%lld uadd=%llx:%llx/%lld smul=%llx:%llx/%lld umul=%llx:%llx/%lld\0A\00"
@in29_116 = global i128 18446744073709551616
@in29_117 = global i128 9223372036854775808
@lab29 = private constant [46 x i8] c"i128 18446744073709551616,9223372036854775808\00"
@mfmt29 = private constant [85 x i8] c"%s: sadd=%llx:%llx/%lld uadd=%llx:%llx/%lld smul=%llx:%llx/%lld umul=%llx:%llx/%lld\0A\00"
@in30_120 = global i128 -18446744073709551616
@in30_121 = global i128 9223372036854775808
@lab30 = private constant [47 x i8] c"i128 -18446744073709551616,9223372036854775808\00"
@mfmt30 = private constant [85 x i8] c"%s: sadd=%llx:%llx/%lld uadd=%llx:%llx/%lld smul=%llx:%llx/%lld umul=%llx:%llx/%lld\0A\00"
@in31_124 = global i128 -1
@in31_125 = global i128 -1
@lab31 = private constant [11 x i8] c"i128 -1,-1\00"
@mfmt31 = private constant [85 x i8] c"%s: sadd=%llx:%llx/%lld uadd=%llx:%llx/%lld smul=%llx:%llx/%lld umul=%llx:%llx/%lld\0A\00"
@in32_128 = global i8 127
@in32_129 = global i8 1
@lab32 = private constant [9 x i8] c"i8 127,1\00"
@mfmt32 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in33_132 = global i8 -128
@in33_133 = global i8 -1
@lab33 = private constant [11 x i8] c"i8 -128,-1\00"
@mfmt33 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in34_136 = global i8 -1
@in34_137 = global i8 -1
@lab34 = private constant [9 x i8] c"i8 -1,-1\00"
@mfmt34 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in35_140 = global i8 5
@in35_141 = global i8 7
@lab35 = private constant [7 x i8] c"i8 5,7\00"
@mfmt35 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in36_144 = global i8 -128
@in36_145 = global i8 127
@lab36 = private constant [12 x i8] c"i8 -128,127\00"
@mfmt36 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in37_148 = global i8 1
@in37_149 = global i8 -1
@lab37 = private constant [8 x i8] c"i8 1,-1\00"
@mfmt37 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in38_152 = global i8 1
@in38_153 = global i8 6
@lab38 = private constant [11 x i8] c"i8 1 shl 6\00"
@mfmt38 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in39_156 = global i8 1
@in39_157 = global i8 7
@lab39 = private constant [11 x i8] c"i8 1 shl 7\00"
@mfmt39 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in40_160 = global i8 -1
@in40_161 = global i8 7
@lab40 = private constant [12 x i8] c"i8 -1 shl 7\00"
@mfmt40 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in41_164 = global i8 3
@in41_165 = global i8 6
@lab41 = private constant [11 x i8] c"i8 3 shl 6\00"
@mfmt41 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in42_168 = global i8 -3
@in42_169 = global i8 6
@lab42 = private constant [12 x i8] c"i8 -3 shl 6\00"
@mfmt42 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in43_172 = global i8 64
@in43_173 = global i8 1
@lab43 = private constant [12 x i8] c"i8 64 shl 1\00"
@mfmt43 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in44_176 = global i8 -128
@in44_177 = global i8 0
@lab44 = private constant [14 x i8] c"i8 -128 shl 0\00"
@mfmt44 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in45_180 = global i16 32767
@in45_181 = global i16 1
@lab45 = private constant [12 x i8] c"i16 32767,1\00"
@mfmt45 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in46_184 = global i16 -32768
@in46_185 = global i16 -1
@lab46 = private constant [14 x i8] c"i16 -32768,-1\00"
@mfmt46 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in47_188 = global i16 -1
@in47_189 = global i16 -1
@lab47 = private constant [10 x i8] c"i16 -1,-1\00"
@mfmt47 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in48_192 = global i16 5
@in48_193 = global i16 7
@lab48 = private constant [8 x i8] c"i16 5,7\00"
@mfmt48 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in49_196 = global i16 -32768
@in49_197 = global i16 32767
@lab49 = private constant [17 x i8] c"i16 -32768,32767\00"
@mfmt49 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in50_200 = global i16 1
@in50_201 = global i16 -1
@lab50 = private constant [9 x i8] c"i16 1,-1\00"
@mfmt50 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in51_204 = global i16 1
@in51_205 = global i16 14
@lab51 = private constant [13 x i8] c"i16 1 shl 14\00"
@mfmt51 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in52_208 = global i16 1
@in52_209 = global i16 15
@lab52 = private constant [13 x i8] c"i16 1 shl 15\00"
@mfmt52 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in53_212 = global i16 -1
@in53_213 = global i16 15
@lab53 = private constant [14 x i8] c"i16 -1 shl 15\00"
@mfmt53 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in54_216 = global i16 3
@in54_217 = global i16 14
@lab54 = private constant [13 x i8] c"i16 3 shl 14\00"
@mfmt54 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in55_220 = global i16 -3
@in55_221 = global i16 14
@lab55 = private constant [14 x i8] c"i16 -3 shl 14\00"
@mfmt55 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in56_224 = global i16 16384
@in56_225 = global i16 1
@lab56 = private constant [16 x i8] c"i16 16384 shl 1\00"
@mfmt56 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in57_228 = global i16 -32768
@in57_229 = global i16 0
@lab57 = private constant [17 x i8] c"i16 -32768 shl 0\00"
@mfmt57 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in58_232 = global i32 2147483647
@in58_233 = global i32 1
@lab58 = private constant [17 x i8] c"i32 2147483647,1\00"
@mfmt58 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in59_236 = global i32 -2147483648
@in59_237 = global i32 -1
@lab59 = private constant [19 x i8] c"i32 -2147483648,-1\00"
@mfmt59 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in60_240 = global i32 -1
@in60_241 = global i32 -1
@lab60 = private constant [10 x i8] c"i32 -1,-1\00"
@mfmt60 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in61_244 = global i32 5
@in61_245 = global i32 7
@lab61 = private constant [8 x i8] c"i32 5,7\00"
@mfmt61 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in62_248 = global i32 -2147483648
@in62_249 = global i32 2147483647
@lab62 = private constant [27 x i8] c"i32 -2147483648,2147483647\00"
@mfmt62 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in63_252 = global i32 1
@in63_253 = global i32 -1
@lab63 = private constant [9 x i8] c"i32 1,-1\00"
@mfmt63 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in64_256 = global i32 1
@in64_257 = global i32 30
@lab64 = private constant [13 x i8] c"i32 1 shl 30\00"
@mfmt64 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in65_260 = global i32 1
@in65_261 = global i32 31
@lab65 = private constant [13 x i8] c"i32 1 shl 31\00"
@mfmt65 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in66_264 = global i32 -1
@in66_265 = global i32 31
@lab66 = private constant [14 x i8] c"i32 -1 shl 31\00"
@mfmt66 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in67_268 = global i32 3
@in67_269 = global i32 30
@lab67 = private constant [13 x i8] c"i32 3 shl 30\00"
@mfmt67 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in68_272 = global i32 -3
@in68_273 = global i32 30
@lab68 = private constant [14 x i8] c"i32 -3 shl 30\00"
@mfmt68 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in69_276 = global i32 1073741824
@in69_277 = global i32 1
@lab69 = private constant [21 x i8] c"i32 1073741824 shl 1\00"
@mfmt69 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in70_280 = global i32 -2147483648
@in70_281 = global i32 0
@lab70 = private constant [22 x i8] c"i32 -2147483648 shl 0\00"
@mfmt70 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in71_284 = global i64 9223372036854775807
@in71_285 = global i64 1
@lab71 = private constant [26 x i8] c"i64 9223372036854775807,1\00"
@mfmt71 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in72_288 = global i64 -9223372036854775808
@in72_289 = global i64 -1
@lab72 = private constant [28 x i8] c"i64 -9223372036854775808,-1\00"
@mfmt72 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in73_292 = global i64 -1
@in73_293 = global i64 -1
@lab73 = private constant [10 x i8] c"i64 -1,-1\00"
@mfmt73 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in74_296 = global i64 5
@in74_297 = global i64 7
@lab74 = private constant [8 x i8] c"i64 5,7\00"
@mfmt74 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in75_300 = global i64 -9223372036854775808
@in75_301 = global i64 9223372036854775807
@lab75 = private constant [45 x i8] c"i64 -9223372036854775808,9223372036854775807\00"
@mfmt75 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in76_304 = global i64 1
@in76_305 = global i64 -1
@lab76 = private constant [9 x i8] c"i64 1,-1\00"
@mfmt76 = private constant [61 x i8] c"%s: sadd.sat=%lld uadd.sat=%llu ssub.sat=%lld usub.sat=%llu\0A\00"
@in77_308 = global i64 1
@in77_309 = global i64 62
@lab77 = private constant [13 x i8] c"i64 1 shl 62\00"
@mfmt77 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in78_312 = global i64 1
@in78_313 = global i64 63
@lab78 = private constant [13 x i8] c"i64 1 shl 63\00"
@mfmt78 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in79_316 = global i64 -1
@in79_317 = global i64 63
@lab79 = private constant [14 x i8] c"i64 -1 shl 63\00"
@mfmt79 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in80_320 = global i64 3
@in80_321 = global i64 62
@lab80 = private constant [13 x i8] c"i64 3 shl 62\00"
@mfmt80 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in81_324 = global i64 -3
@in81_325 = global i64 62
@lab81 = private constant [14 x i8] c"i64 -3 shl 62\00"
@mfmt81 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in82_328 = global i64 4611686018427387904
@in82_329 = global i64 1
@lab82 = private constant [30 x i8] c"i64 4611686018427387904 shl 1\00"
@mfmt82 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in83_332 = global i64 -9223372036854775808
@in83_333 = global i64 0
@lab83 = private constant [31 x i8] c"i64 -9223372036854775808 shl 0\00"
@mfmt83 = private constant [42 x i8] c"%s: sshl.sat=%lld ushl.sat=%llu shl=%lld\0A\00"
@in84_336 = global i8 -1
@in84_337 = global i8 1
@lab84 = private constant [8 x i8] c"i8 -1,1\00"
@mfmt84 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in85_340 = global i8 -128
@in85_341 = global i8 127
@lab85 = private constant [12 x i8] c"i8 -128,127\00"
@mfmt85 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in86_344 = global i8 0
@in86_345 = global i8 -1
@lab86 = private constant [8 x i8] c"i8 0,-1\00"
@mfmt86 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in87_348 = global i8 7
@in87_349 = global i8 7
@lab87 = private constant [7 x i8] c"i8 7,7\00"
@mfmt87 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in88_352 = global i8 -128
@in88_353 = global i8 -5
@in88_354 = global i8 127
@in88_355 = global i8 0
@in88_356 = global i8 -7
@lab88 = private constant [63 x i8] c"i8 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min)\00"
@mfmt88 = private constant [30 x i8] c"%s: %lld %lld %lld %lld %lld\0A\00"
@in89_359 = global i32 -1
@in89_360 = global i32 1
@lab89 = private constant [9 x i8] c"i32 -1,1\00"
@mfmt89 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in90_363 = global i32 -2147483648
@in90_364 = global i32 2147483647
@lab90 = private constant [27 x i8] c"i32 -2147483648,2147483647\00"
@mfmt90 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in91_367 = global i32 0
@in91_368 = global i32 -1
@lab91 = private constant [9 x i8] c"i32 0,-1\00"
@mfmt91 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in92_371 = global i32 7
@in92_372 = global i32 7
@lab92 = private constant [8 x i8] c"i32 7,7\00"
@mfmt92 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in93_375 = global i32 -2147483648
@in93_376 = global i32 -5
@in93_377 = global i32 2147483647
@in93_378 = global i32 0
@in93_379 = global i32 -7
@lab93 = private constant [64 x i8] c"i32 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min)\00"
@mfmt93 = private constant [30 x i8] c"%s: %lld %lld %lld %lld %lld\0A\00"
@in94_382 = global i64 -1
@in94_383 = global i64 1
@lab94 = private constant [9 x i8] c"i64 -1,1\00"
@mfmt94 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in95_386 = global i64 -9223372036854775808
@in95_387 = global i64 9223372036854775807
@lab95 = private constant [45 x i8] c"i64 -9223372036854775808,9223372036854775807\00"
@mfmt95 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in96_390 = global i64 0
@in96_391 = global i64 -1
@lab96 = private constant [9 x i8] c"i64 0,-1\00"
@mfmt96 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in97_394 = global i64 7
@in97_395 = global i64 7
@lab97 = private constant [8 x i8] c"i64 7,7\00"
@mfmt97 = private constant [65 x i8] c"%s: smin=%lld smax=%lld umin=%llu umax=%llu scmp=%lld ucmp=%lld\0A\00"
@in98_398 = global i64 -9223372036854775808
@in98_399 = global i64 -5
@in98_400 = global i64 9223372036854775807
@in98_401 = global i64 0
@in98_402 = global i64 -7
@lab98 = private constant [64 x i8] c"i64 abs of MIN (not poison), -5, MAX, 0; abs(-7, poison-on-min)\00"
@mfmt98 = private constant [30 x i8] c"%s: %lld %lld %lld %lld %lld\0A\00"
@in99_405 = global i3 -4
@in99_406 = global i3 3
@lab99 = private constant [41 x i8] c"i3 scmp/ucmp (-4,3) and smin/umax (-4,3)\00"
@mfmt99 = private constant [25 x i8] c"%s: %lld %lld %lld %lld\0A\00"
@in100_409 = global i32 98304
@in100_410 = global i32 163840
@in100_411 = global i32 -98304
@in100_412 = global i32 -3
@in100_413 = global i32 5
@lab100 = private constant [64 x i8] c"Q16 smul.fix 1.5*2.5, -1.5*2.5; umul.fix 1.5*2.5; scale 0: -3*5\00"
@mfmt100 = private constant [29 x i8] c"%s: 0x%llx %lld 0x%llx %lld\0A\00"
@in101_416 = global i32 1966080000
@in101_417 = global i32 -1966080000
@in101_418 = global i32 65536
@in101_419 = global i32 -1
@lab101 = private constant [74 x i8] c"Q16 smul.fix.sat 30000*30000, -30000*30000; umul.fix.sat max*max, max*1.0\00"
@mfmt101 = private constant [25 x i8] c"%s: %lld %lld %llu %llu\0A\00"
@in102_422 = global i32 245760
@in102_423 = global i32 98304
@in102_424 = global i32 -245760
@in102_425 = global i32 458752
@in102_426 = global i32 131072
@in102_427 = global i32 -2147483648
@in102_428 = global i32 -65536
@in102_429 = global i32 -362807296
@in102_430 = global i32 32768
@lab102 = private constant [94 x i8] c"Q16 sdiv.fix 3.75/1.5, -3.75/1.5; udiv.fix 7/2; sdiv.fix.sat MIN/-1.0; udiv.fix.sat 60000/0.5\00"
@mfmt102 = private constant [34 x i8] c"%s: 0x%llx %lld 0x%llx %lld %llu\0A\00"

declare i32 @printf(ptr, ...)
declare i16 @llvm.sadd.sat.i16(i16, i16)
declare i16 @llvm.sshl.sat.i16(i16, i16)
declare i16 @llvm.ssub.sat.i16(i16, i16)
declare i16 @llvm.uadd.sat.i16(i16, i16)
declare i16 @llvm.ushl.sat.i16(i16, i16)
declare i16 @llvm.usub.sat.i16(i16, i16)
declare i2 @llvm.scmp.i2.i3(i3, i3)
declare i2 @llvm.ucmp.i2.i3(i3, i3)
declare i3 @llvm.smin.i3(i3, i3)
declare i3 @llvm.umax.i3(i3, i3)
declare i32 @llvm.abs.i32(i32, i1)
declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.sdiv.fix.i32(i32, i32, i32)
declare i32 @llvm.sdiv.fix.sat.i32(i32, i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.smin.i32(i32, i32)
declare i32 @llvm.smul.fix.i32(i32, i32, i32)
declare i32 @llvm.smul.fix.sat.i32(i32, i32, i32)
declare i32 @llvm.sshl.sat.i32(i32, i32)
declare i32 @llvm.ssub.sat.i32(i32, i32)
declare i32 @llvm.uadd.sat.i32(i32, i32)
declare i32 @llvm.ucmp.i32.i32(i32, i32)
declare i32 @llvm.ucmp.i32.i64(i64, i64)
declare i32 @llvm.ucmp.i32.i8(i8, i8)
declare i32 @llvm.udiv.fix.i32(i32, i32, i32)
declare i32 @llvm.udiv.fix.sat.i32(i32, i32, i32)
declare i32 @llvm.umax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.umul.fix.i32(i32, i32, i32)
declare i32 @llvm.umul.fix.sat.i32(i32, i32, i32)
declare i32 @llvm.ushl.sat.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
declare i64 @llvm.abs.i64(i64, i1)
declare i64 @llvm.sadd.sat.i64(i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.sshl.sat.i64(i64, i64)
declare i64 @llvm.ssub.sat.i64(i64, i64)
declare i64 @llvm.uadd.sat.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.ushl.sat.i64(i64, i64)
declare i64 @llvm.usub.sat.i64(i64, i64)
declare i8 @llvm.abs.i8(i8, i1)
declare i8 @llvm.sadd.sat.i8(i8, i8)
declare i8 @llvm.scmp.i8.i32(i32, i32)
declare i8 @llvm.scmp.i8.i64(i64, i64)
declare i8 @llvm.scmp.i8.i8(i8, i8)
declare i8 @llvm.smax.i8(i8, i8)
declare i8 @llvm.smin.i8(i8, i8)
declare i8 @llvm.sshl.sat.i8(i8, i8)
declare i8 @llvm.ssub.sat.i8(i8, i8)
declare i8 @llvm.uadd.sat.i8(i8, i8)
declare i8 @llvm.umax.i8(i8, i8)
declare i8 @llvm.umin.i8(i8, i8)
declare i8 @llvm.ushl.sat.i8(i8, i8)
declare i8 @llvm.usub.sat.i8(i8, i8)
declare { i128, i1 } @llvm.sadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.smul.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.uadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128)
declare { i16, i1 } @llvm.sadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.smul.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.ssub.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.uadd.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.umul.with.overflow.i16(i16, i16)
declare { i16, i1 } @llvm.usub.with.overflow.i16(i16, i16)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.usub.with.overflow.i64(i64, i64)
declare { i8, i1 } @llvm.sadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.ssub.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.uadd.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)
declare { i8, i1 } @llvm.usub.with.overflow.i8(i8, i8)

define i32 @main() {
entry:
  %in0_1 = load i8, ptr @in0_0
  %in0_2 = load i8, ptr @in0_1
  %r0_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_1 = extractvalue { i8, i1 } %r0_0, 0
  %r0_1.w = sext i8 %r0_1 to i64
  %r0_2 = extractvalue { i8, i1 } %r0_0, 1
  %r0_2.w = zext i1 %r0_2 to i64
  %r0_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_4 = extractvalue { i8, i1 } %r0_3, 0
  %r0_4.w = zext i8 %r0_4 to i64
  %r0_5 = extractvalue { i8, i1 } %r0_3, 1
  %r0_5.w = zext i1 %r0_5 to i64
  %r0_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_7 = extractvalue { i8, i1 } %r0_6, 0
  %r0_7.w = sext i8 %r0_7 to i64
  %r0_8 = extractvalue { i8, i1 } %r0_6, 1
  %r0_8.w = zext i1 %r0_8 to i64
  %r0_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_10 = extractvalue { i8, i1 } %r0_9, 0
  %r0_10.w = zext i8 %r0_10 to i64
  %r0_11 = extractvalue { i8, i1 } %r0_9, 1
  %r0_11.w = zext i1 %r0_11 to i64
  %r0_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_13 = extractvalue { i8, i1 } %r0_12, 0
  %r0_13.w = sext i8 %r0_13 to i64
  %r0_14 = extractvalue { i8, i1 } %r0_12, 1
  %r0_14.w = zext i1 %r0_14 to i64
  %r0_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in0_1, i8 %in0_2)
  %r0_16 = extractvalue { i8, i1 } %r0_15, 0
  %r0_16.w = zext i8 %r0_16 to i64
  %r0_17 = extractvalue { i8, i1 } %r0_15, 1
  %r0_17.w = zext i1 %r0_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt0, ptr @lab0, i64 %r0_1.w, i64 %r0_2.w, i64 %r0_4.w, i64 %r0_5.w, i64 %r0_7.w, i64 %r0_8.w, i64 %r0_10.w, i64 %r0_11.w, i64 %r0_13.w, i64 %r0_14.w, i64 %r0_16.w, i64 %r0_17.w)
  %in1_5 = load i8, ptr @in1_4
  %in1_6 = load i8, ptr @in1_5
  %r1_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_1 = extractvalue { i8, i1 } %r1_0, 0
  %r1_1.w = sext i8 %r1_1 to i64
  %r1_2 = extractvalue { i8, i1 } %r1_0, 1
  %r1_2.w = zext i1 %r1_2 to i64
  %r1_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_4 = extractvalue { i8, i1 } %r1_3, 0
  %r1_4.w = zext i8 %r1_4 to i64
  %r1_5 = extractvalue { i8, i1 } %r1_3, 1
  %r1_5.w = zext i1 %r1_5 to i64
  %r1_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_7 = extractvalue { i8, i1 } %r1_6, 0
  %r1_7.w = sext i8 %r1_7 to i64
  %r1_8 = extractvalue { i8, i1 } %r1_6, 1
  %r1_8.w = zext i1 %r1_8 to i64
  %r1_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_10 = extractvalue { i8, i1 } %r1_9, 0
  %r1_10.w = zext i8 %r1_10 to i64
  %r1_11 = extractvalue { i8, i1 } %r1_9, 1
  %r1_11.w = zext i1 %r1_11 to i64
  %r1_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_13 = extractvalue { i8, i1 } %r1_12, 0
  %r1_13.w = sext i8 %r1_13 to i64
  %r1_14 = extractvalue { i8, i1 } %r1_12, 1
  %r1_14.w = zext i1 %r1_14 to i64
  %r1_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in1_5, i8 %in1_6)
  %r1_16 = extractvalue { i8, i1 } %r1_15, 0
  %r1_16.w = zext i8 %r1_16 to i64
  %r1_17 = extractvalue { i8, i1 } %r1_15, 1
  %r1_17.w = zext i1 %r1_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt1, ptr @lab1, i64 %r1_1.w, i64 %r1_2.w, i64 %r1_4.w, i64 %r1_5.w, i64 %r1_7.w, i64 %r1_8.w, i64 %r1_10.w, i64 %r1_11.w, i64 %r1_13.w, i64 %r1_14.w, i64 %r1_16.w, i64 %r1_17.w)
  %in2_9 = load i8, ptr @in2_8
  %in2_10 = load i8, ptr @in2_9
  %r2_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_1 = extractvalue { i8, i1 } %r2_0, 0
  %r2_1.w = sext i8 %r2_1 to i64
  %r2_2 = extractvalue { i8, i1 } %r2_0, 1
  %r2_2.w = zext i1 %r2_2 to i64
  %r2_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_4 = extractvalue { i8, i1 } %r2_3, 0
  %r2_4.w = zext i8 %r2_4 to i64
  %r2_5 = extractvalue { i8, i1 } %r2_3, 1
  %r2_5.w = zext i1 %r2_5 to i64
  %r2_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_7 = extractvalue { i8, i1 } %r2_6, 0
  %r2_7.w = sext i8 %r2_7 to i64
  %r2_8 = extractvalue { i8, i1 } %r2_6, 1
  %r2_8.w = zext i1 %r2_8 to i64
  %r2_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_10 = extractvalue { i8, i1 } %r2_9, 0
  %r2_10.w = zext i8 %r2_10 to i64
  %r2_11 = extractvalue { i8, i1 } %r2_9, 1
  %r2_11.w = zext i1 %r2_11 to i64
  %r2_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_13 = extractvalue { i8, i1 } %r2_12, 0
  %r2_13.w = sext i8 %r2_13 to i64
  %r2_14 = extractvalue { i8, i1 } %r2_12, 1
  %r2_14.w = zext i1 %r2_14 to i64
  %r2_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in2_9, i8 %in2_10)
  %r2_16 = extractvalue { i8, i1 } %r2_15, 0
  %r2_16.w = zext i8 %r2_16 to i64
  %r2_17 = extractvalue { i8, i1 } %r2_15, 1
  %r2_17.w = zext i1 %r2_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt2, ptr @lab2, i64 %r2_1.w, i64 %r2_2.w, i64 %r2_4.w, i64 %r2_5.w, i64 %r2_7.w, i64 %r2_8.w, i64 %r2_10.w, i64 %r2_11.w, i64 %r2_13.w, i64 %r2_14.w, i64 %r2_16.w, i64 %r2_17.w)
  %in3_13 = load i8, ptr @in3_12
  %in3_14 = load i8, ptr @in3_13
  %r3_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_1 = extractvalue { i8, i1 } %r3_0, 0
  %r3_1.w = sext i8 %r3_1 to i64
  %r3_2 = extractvalue { i8, i1 } %r3_0, 1
  %r3_2.w = zext i1 %r3_2 to i64
  %r3_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_4 = extractvalue { i8, i1 } %r3_3, 0
  %r3_4.w = zext i8 %r3_4 to i64
  %r3_5 = extractvalue { i8, i1 } %r3_3, 1
  %r3_5.w = zext i1 %r3_5 to i64
  %r3_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_7 = extractvalue { i8, i1 } %r3_6, 0
  %r3_7.w = sext i8 %r3_7 to i64
  %r3_8 = extractvalue { i8, i1 } %r3_6, 1
  %r3_8.w = zext i1 %r3_8 to i64
  %r3_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_10 = extractvalue { i8, i1 } %r3_9, 0
  %r3_10.w = zext i8 %r3_10 to i64
  %r3_11 = extractvalue { i8, i1 } %r3_9, 1
  %r3_11.w = zext i1 %r3_11 to i64
  %r3_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_13 = extractvalue { i8, i1 } %r3_12, 0
  %r3_13.w = sext i8 %r3_13 to i64
  %r3_14 = extractvalue { i8, i1 } %r3_12, 1
  %r3_14.w = zext i1 %r3_14 to i64
  %r3_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in3_13, i8 %in3_14)
  %r3_16 = extractvalue { i8, i1 } %r3_15, 0
  %r3_16.w = zext i8 %r3_16 to i64
  %r3_17 = extractvalue { i8, i1 } %r3_15, 1
  %r3_17.w = zext i1 %r3_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt3, ptr @lab3, i64 %r3_1.w, i64 %r3_2.w, i64 %r3_4.w, i64 %r3_5.w, i64 %r3_7.w, i64 %r3_8.w, i64 %r3_10.w, i64 %r3_11.w, i64 %r3_13.w, i64 %r3_14.w, i64 %r3_16.w, i64 %r3_17.w)
  %in4_17 = load i8, ptr @in4_16
  %in4_18 = load i8, ptr @in4_17
  %r4_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_1 = extractvalue { i8, i1 } %r4_0, 0
  %r4_1.w = sext i8 %r4_1 to i64
  %r4_2 = extractvalue { i8, i1 } %r4_0, 1
  %r4_2.w = zext i1 %r4_2 to i64
  %r4_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_4 = extractvalue { i8, i1 } %r4_3, 0
  %r4_4.w = zext i8 %r4_4 to i64
  %r4_5 = extractvalue { i8, i1 } %r4_3, 1
  %r4_5.w = zext i1 %r4_5 to i64
  %r4_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_7 = extractvalue { i8, i1 } %r4_6, 0
  %r4_7.w = sext i8 %r4_7 to i64
  %r4_8 = extractvalue { i8, i1 } %r4_6, 1
  %r4_8.w = zext i1 %r4_8 to i64
  %r4_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_10 = extractvalue { i8, i1 } %r4_9, 0
  %r4_10.w = zext i8 %r4_10 to i64
  %r4_11 = extractvalue { i8, i1 } %r4_9, 1
  %r4_11.w = zext i1 %r4_11 to i64
  %r4_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_13 = extractvalue { i8, i1 } %r4_12, 0
  %r4_13.w = sext i8 %r4_13 to i64
  %r4_14 = extractvalue { i8, i1 } %r4_12, 1
  %r4_14.w = zext i1 %r4_14 to i64
  %r4_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in4_17, i8 %in4_18)
  %r4_16 = extractvalue { i8, i1 } %r4_15, 0
  %r4_16.w = zext i8 %r4_16 to i64
  %r4_17 = extractvalue { i8, i1 } %r4_15, 1
  %r4_17.w = zext i1 %r4_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt4, ptr @lab4, i64 %r4_1.w, i64 %r4_2.w, i64 %r4_4.w, i64 %r4_5.w, i64 %r4_7.w, i64 %r4_8.w, i64 %r4_10.w, i64 %r4_11.w, i64 %r4_13.w, i64 %r4_14.w, i64 %r4_16.w, i64 %r4_17.w)
  %in5_21 = load i8, ptr @in5_20
  %in5_22 = load i8, ptr @in5_21
  %r5_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_1 = extractvalue { i8, i1 } %r5_0, 0
  %r5_1.w = sext i8 %r5_1 to i64
  %r5_2 = extractvalue { i8, i1 } %r5_0, 1
  %r5_2.w = zext i1 %r5_2 to i64
  %r5_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_4 = extractvalue { i8, i1 } %r5_3, 0
  %r5_4.w = zext i8 %r5_4 to i64
  %r5_5 = extractvalue { i8, i1 } %r5_3, 1
  %r5_5.w = zext i1 %r5_5 to i64
  %r5_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_7 = extractvalue { i8, i1 } %r5_6, 0
  %r5_7.w = sext i8 %r5_7 to i64
  %r5_8 = extractvalue { i8, i1 } %r5_6, 1
  %r5_8.w = zext i1 %r5_8 to i64
  %r5_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_10 = extractvalue { i8, i1 } %r5_9, 0
  %r5_10.w = zext i8 %r5_10 to i64
  %r5_11 = extractvalue { i8, i1 } %r5_9, 1
  %r5_11.w = zext i1 %r5_11 to i64
  %r5_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_13 = extractvalue { i8, i1 } %r5_12, 0
  %r5_13.w = sext i8 %r5_13 to i64
  %r5_14 = extractvalue { i8, i1 } %r5_12, 1
  %r5_14.w = zext i1 %r5_14 to i64
  %r5_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in5_21, i8 %in5_22)
  %r5_16 = extractvalue { i8, i1 } %r5_15, 0
  %r5_16.w = zext i8 %r5_16 to i64
  %r5_17 = extractvalue { i8, i1 } %r5_15, 1
  %r5_17.w = zext i1 %r5_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt5, ptr @lab5, i64 %r5_1.w, i64 %r5_2.w, i64 %r5_4.w, i64 %r5_5.w, i64 %r5_7.w, i64 %r5_8.w, i64 %r5_10.w, i64 %r5_11.w, i64 %r5_13.w, i64 %r5_14.w, i64 %r5_16.w, i64 %r5_17.w)
  %in6_25 = load i8, ptr @in6_24
  %in6_26 = load i8, ptr @in6_25
  %r6_0 = call { i8, i1 } @llvm.sadd.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_1 = extractvalue { i8, i1 } %r6_0, 0
  %r6_1.w = sext i8 %r6_1 to i64
  %r6_2 = extractvalue { i8, i1 } %r6_0, 1
  %r6_2.w = zext i1 %r6_2 to i64
  %r6_3 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_4 = extractvalue { i8, i1 } %r6_3, 0
  %r6_4.w = zext i8 %r6_4 to i64
  %r6_5 = extractvalue { i8, i1 } %r6_3, 1
  %r6_5.w = zext i1 %r6_5 to i64
  %r6_6 = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_7 = extractvalue { i8, i1 } %r6_6, 0
  %r6_7.w = sext i8 %r6_7 to i64
  %r6_8 = extractvalue { i8, i1 } %r6_6, 1
  %r6_8.w = zext i1 %r6_8 to i64
  %r6_9 = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_10 = extractvalue { i8, i1 } %r6_9, 0
  %r6_10.w = zext i8 %r6_10 to i64
  %r6_11 = extractvalue { i8, i1 } %r6_9, 1
  %r6_11.w = zext i1 %r6_11 to i64
  %r6_12 = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_13 = extractvalue { i8, i1 } %r6_12, 0
  %r6_13.w = sext i8 %r6_13 to i64
  %r6_14 = extractvalue { i8, i1 } %r6_12, 1
  %r6_14.w = zext i1 %r6_14 to i64
  %r6_15 = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 %in6_25, i8 %in6_26)
  %r6_16 = extractvalue { i8, i1 } %r6_15, 0
  %r6_16.w = zext i8 %r6_16 to i64
  %r6_17 = extractvalue { i8, i1 } %r6_15, 1
  %r6_17.w = zext i1 %r6_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt6, ptr @lab6, i64 %r6_1.w, i64 %r6_2.w, i64 %r6_4.w, i64 %r6_5.w, i64 %r6_7.w, i64 %r6_8.w, i64 %r6_10.w, i64 %r6_11.w, i64 %r6_13.w, i64 %r6_14.w, i64 %r6_16.w, i64 %r6_17.w)
  %in7_29 = load i16, ptr @in7_28
  %in7_30 = load i16, ptr @in7_29
  %r7_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_1 = extractvalue { i16, i1 } %r7_0, 0
  %r7_1.w = sext i16 %r7_1 to i64
  %r7_2 = extractvalue { i16, i1 } %r7_0, 1
  %r7_2.w = zext i1 %r7_2 to i64
  %r7_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_4 = extractvalue { i16, i1 } %r7_3, 0
  %r7_4.w = zext i16 %r7_4 to i64
  %r7_5 = extractvalue { i16, i1 } %r7_3, 1
  %r7_5.w = zext i1 %r7_5 to i64
  %r7_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_7 = extractvalue { i16, i1 } %r7_6, 0
  %r7_7.w = sext i16 %r7_7 to i64
  %r7_8 = extractvalue { i16, i1 } %r7_6, 1
  %r7_8.w = zext i1 %r7_8 to i64
  %r7_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_10 = extractvalue { i16, i1 } %r7_9, 0
  %r7_10.w = zext i16 %r7_10 to i64
  %r7_11 = extractvalue { i16, i1 } %r7_9, 1
  %r7_11.w = zext i1 %r7_11 to i64
  %r7_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_13 = extractvalue { i16, i1 } %r7_12, 0
  %r7_13.w = sext i16 %r7_13 to i64
  %r7_14 = extractvalue { i16, i1 } %r7_12, 1
  %r7_14.w = zext i1 %r7_14 to i64
  %r7_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in7_29, i16 %in7_30)
  %r7_16 = extractvalue { i16, i1 } %r7_15, 0
  %r7_16.w = zext i16 %r7_16 to i64
  %r7_17 = extractvalue { i16, i1 } %r7_15, 1
  %r7_17.w = zext i1 %r7_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt7, ptr @lab7, i64 %r7_1.w, i64 %r7_2.w, i64 %r7_4.w, i64 %r7_5.w, i64 %r7_7.w, i64 %r7_8.w, i64 %r7_10.w, i64 %r7_11.w, i64 %r7_13.w, i64 %r7_14.w, i64 %r7_16.w, i64 %r7_17.w)
  %in8_33 = load i16, ptr @in8_32
  %in8_34 = load i16, ptr @in8_33
  %r8_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_1 = extractvalue { i16, i1 } %r8_0, 0
  %r8_1.w = sext i16 %r8_1 to i64
  %r8_2 = extractvalue { i16, i1 } %r8_0, 1
  %r8_2.w = zext i1 %r8_2 to i64
  %r8_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_4 = extractvalue { i16, i1 } %r8_3, 0
  %r8_4.w = zext i16 %r8_4 to i64
  %r8_5 = extractvalue { i16, i1 } %r8_3, 1
  %r8_5.w = zext i1 %r8_5 to i64
  %r8_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_7 = extractvalue { i16, i1 } %r8_6, 0
  %r8_7.w = sext i16 %r8_7 to i64
  %r8_8 = extractvalue { i16, i1 } %r8_6, 1
  %r8_8.w = zext i1 %r8_8 to i64
  %r8_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_10 = extractvalue { i16, i1 } %r8_9, 0
  %r8_10.w = zext i16 %r8_10 to i64
  %r8_11 = extractvalue { i16, i1 } %r8_9, 1
  %r8_11.w = zext i1 %r8_11 to i64
  %r8_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_13 = extractvalue { i16, i1 } %r8_12, 0
  %r8_13.w = sext i16 %r8_13 to i64
  %r8_14 = extractvalue { i16, i1 } %r8_12, 1
  %r8_14.w = zext i1 %r8_14 to i64
  %r8_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in8_33, i16 %in8_34)
  %r8_16 = extractvalue { i16, i1 } %r8_15, 0
  %r8_16.w = zext i16 %r8_16 to i64
  %r8_17 = extractvalue { i16, i1 } %r8_15, 1
  %r8_17.w = zext i1 %r8_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt8, ptr @lab8, i64 %r8_1.w, i64 %r8_2.w, i64 %r8_4.w, i64 %r8_5.w, i64 %r8_7.w, i64 %r8_8.w, i64 %r8_10.w, i64 %r8_11.w, i64 %r8_13.w, i64 %r8_14.w, i64 %r8_16.w, i64 %r8_17.w)
  %in9_37 = load i16, ptr @in9_36
  %in9_38 = load i16, ptr @in9_37
  %r9_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_1 = extractvalue { i16, i1 } %r9_0, 0
  %r9_1.w = sext i16 %r9_1 to i64
  %r9_2 = extractvalue { i16, i1 } %r9_0, 1
  %r9_2.w = zext i1 %r9_2 to i64
  %r9_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_4 = extractvalue { i16, i1 } %r9_3, 0
  %r9_4.w = zext i16 %r9_4 to i64
  %r9_5 = extractvalue { i16, i1 } %r9_3, 1
  %r9_5.w = zext i1 %r9_5 to i64
  %r9_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_7 = extractvalue { i16, i1 } %r9_6, 0
  %r9_7.w = sext i16 %r9_7 to i64
  %r9_8 = extractvalue { i16, i1 } %r9_6, 1
  %r9_8.w = zext i1 %r9_8 to i64
  %r9_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_10 = extractvalue { i16, i1 } %r9_9, 0
  %r9_10.w = zext i16 %r9_10 to i64
  %r9_11 = extractvalue { i16, i1 } %r9_9, 1
  %r9_11.w = zext i1 %r9_11 to i64
  %r9_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_13 = extractvalue { i16, i1 } %r9_12, 0
  %r9_13.w = sext i16 %r9_13 to i64
  %r9_14 = extractvalue { i16, i1 } %r9_12, 1
  %r9_14.w = zext i1 %r9_14 to i64
  %r9_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in9_37, i16 %in9_38)
  %r9_16 = extractvalue { i16, i1 } %r9_15, 0
  %r9_16.w = zext i16 %r9_16 to i64
  %r9_17 = extractvalue { i16, i1 } %r9_15, 1
  %r9_17.w = zext i1 %r9_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt9, ptr @lab9, i64 %r9_1.w, i64 %r9_2.w, i64 %r9_4.w, i64 %r9_5.w, i64 %r9_7.w, i64 %r9_8.w, i64 %r9_10.w, i64 %r9_11.w, i64 %r9_13.w, i64 %r9_14.w, i64 %r9_16.w, i64 %r9_17.w)
  %in10_41 = load i16, ptr @in10_40
  %in10_42 = load i16, ptr @in10_41
  %r10_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_1 = extractvalue { i16, i1 } %r10_0, 0
  %r10_1.w = sext i16 %r10_1 to i64
  %r10_2 = extractvalue { i16, i1 } %r10_0, 1
  %r10_2.w = zext i1 %r10_2 to i64
  %r10_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_4 = extractvalue { i16, i1 } %r10_3, 0
  %r10_4.w = zext i16 %r10_4 to i64
  %r10_5 = extractvalue { i16, i1 } %r10_3, 1
  %r10_5.w = zext i1 %r10_5 to i64
  %r10_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_7 = extractvalue { i16, i1 } %r10_6, 0
  %r10_7.w = sext i16 %r10_7 to i64
  %r10_8 = extractvalue { i16, i1 } %r10_6, 1
  %r10_8.w = zext i1 %r10_8 to i64
  %r10_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_10 = extractvalue { i16, i1 } %r10_9, 0
  %r10_10.w = zext i16 %r10_10 to i64
  %r10_11 = extractvalue { i16, i1 } %r10_9, 1
  %r10_11.w = zext i1 %r10_11 to i64
  %r10_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_13 = extractvalue { i16, i1 } %r10_12, 0
  %r10_13.w = sext i16 %r10_13 to i64
  %r10_14 = extractvalue { i16, i1 } %r10_12, 1
  %r10_14.w = zext i1 %r10_14 to i64
  %r10_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in10_41, i16 %in10_42)
  %r10_16 = extractvalue { i16, i1 } %r10_15, 0
  %r10_16.w = zext i16 %r10_16 to i64
  %r10_17 = extractvalue { i16, i1 } %r10_15, 1
  %r10_17.w = zext i1 %r10_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt10, ptr @lab10, i64 %r10_1.w, i64 %r10_2.w, i64 %r10_4.w, i64 %r10_5.w, i64 %r10_7.w, i64 %r10_8.w, i64 %r10_10.w, i64 %r10_11.w, i64 %r10_13.w, i64 %r10_14.w, i64 %r10_16.w, i64 %r10_17.w)
  %in11_45 = load i16, ptr @in11_44
  %in11_46 = load i16, ptr @in11_45
  %r11_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_1 = extractvalue { i16, i1 } %r11_0, 0
  %r11_1.w = sext i16 %r11_1 to i64
  %r11_2 = extractvalue { i16, i1 } %r11_0, 1
  %r11_2.w = zext i1 %r11_2 to i64
  %r11_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_4 = extractvalue { i16, i1 } %r11_3, 0
  %r11_4.w = zext i16 %r11_4 to i64
  %r11_5 = extractvalue { i16, i1 } %r11_3, 1
  %r11_5.w = zext i1 %r11_5 to i64
  %r11_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_7 = extractvalue { i16, i1 } %r11_6, 0
  %r11_7.w = sext i16 %r11_7 to i64
  %r11_8 = extractvalue { i16, i1 } %r11_6, 1
  %r11_8.w = zext i1 %r11_8 to i64
  %r11_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_10 = extractvalue { i16, i1 } %r11_9, 0
  %r11_10.w = zext i16 %r11_10 to i64
  %r11_11 = extractvalue { i16, i1 } %r11_9, 1
  %r11_11.w = zext i1 %r11_11 to i64
  %r11_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_13 = extractvalue { i16, i1 } %r11_12, 0
  %r11_13.w = sext i16 %r11_13 to i64
  %r11_14 = extractvalue { i16, i1 } %r11_12, 1
  %r11_14.w = zext i1 %r11_14 to i64
  %r11_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in11_45, i16 %in11_46)
  %r11_16 = extractvalue { i16, i1 } %r11_15, 0
  %r11_16.w = zext i16 %r11_16 to i64
  %r11_17 = extractvalue { i16, i1 } %r11_15, 1
  %r11_17.w = zext i1 %r11_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt11, ptr @lab11, i64 %r11_1.w, i64 %r11_2.w, i64 %r11_4.w, i64 %r11_5.w, i64 %r11_7.w, i64 %r11_8.w, i64 %r11_10.w, i64 %r11_11.w, i64 %r11_13.w, i64 %r11_14.w, i64 %r11_16.w, i64 %r11_17.w)
  %in12_49 = load i16, ptr @in12_48
  %in12_50 = load i16, ptr @in12_49
  %r12_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_1 = extractvalue { i16, i1 } %r12_0, 0
  %r12_1.w = sext i16 %r12_1 to i64
  %r12_2 = extractvalue { i16, i1 } %r12_0, 1
  %r12_2.w = zext i1 %r12_2 to i64
  %r12_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_4 = extractvalue { i16, i1 } %r12_3, 0
  %r12_4.w = zext i16 %r12_4 to i64
  %r12_5 = extractvalue { i16, i1 } %r12_3, 1
  %r12_5.w = zext i1 %r12_5 to i64
  %r12_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_7 = extractvalue { i16, i1 } %r12_6, 0
  %r12_7.w = sext i16 %r12_7 to i64
  %r12_8 = extractvalue { i16, i1 } %r12_6, 1
  %r12_8.w = zext i1 %r12_8 to i64
  %r12_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_10 = extractvalue { i16, i1 } %r12_9, 0
  %r12_10.w = zext i16 %r12_10 to i64
  %r12_11 = extractvalue { i16, i1 } %r12_9, 1
  %r12_11.w = zext i1 %r12_11 to i64
  %r12_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_13 = extractvalue { i16, i1 } %r12_12, 0
  %r12_13.w = sext i16 %r12_13 to i64
  %r12_14 = extractvalue { i16, i1 } %r12_12, 1
  %r12_14.w = zext i1 %r12_14 to i64
  %r12_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in12_49, i16 %in12_50)
  %r12_16 = extractvalue { i16, i1 } %r12_15, 0
  %r12_16.w = zext i16 %r12_16 to i64
  %r12_17 = extractvalue { i16, i1 } %r12_15, 1
  %r12_17.w = zext i1 %r12_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt12, ptr @lab12, i64 %r12_1.w, i64 %r12_2.w, i64 %r12_4.w, i64 %r12_5.w, i64 %r12_7.w, i64 %r12_8.w, i64 %r12_10.w, i64 %r12_11.w, i64 %r12_13.w, i64 %r12_14.w, i64 %r12_16.w, i64 %r12_17.w)
  %in13_53 = load i16, ptr @in13_52
  %in13_54 = load i16, ptr @in13_53
  %r13_0 = call { i16, i1 } @llvm.sadd.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_1 = extractvalue { i16, i1 } %r13_0, 0
  %r13_1.w = sext i16 %r13_1 to i64
  %r13_2 = extractvalue { i16, i1 } %r13_0, 1
  %r13_2.w = zext i1 %r13_2 to i64
  %r13_3 = call { i16, i1 } @llvm.uadd.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_4 = extractvalue { i16, i1 } %r13_3, 0
  %r13_4.w = zext i16 %r13_4 to i64
  %r13_5 = extractvalue { i16, i1 } %r13_3, 1
  %r13_5.w = zext i1 %r13_5 to i64
  %r13_6 = call { i16, i1 } @llvm.ssub.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_7 = extractvalue { i16, i1 } %r13_6, 0
  %r13_7.w = sext i16 %r13_7 to i64
  %r13_8 = extractvalue { i16, i1 } %r13_6, 1
  %r13_8.w = zext i1 %r13_8 to i64
  %r13_9 = call { i16, i1 } @llvm.usub.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_10 = extractvalue { i16, i1 } %r13_9, 0
  %r13_10.w = zext i16 %r13_10 to i64
  %r13_11 = extractvalue { i16, i1 } %r13_9, 1
  %r13_11.w = zext i1 %r13_11 to i64
  %r13_12 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_13 = extractvalue { i16, i1 } %r13_12, 0
  %r13_13.w = sext i16 %r13_13 to i64
  %r13_14 = extractvalue { i16, i1 } %r13_12, 1
  %r13_14.w = zext i1 %r13_14 to i64
  %r13_15 = call { i16, i1 } @llvm.umul.with.overflow.i16(i16 %in13_53, i16 %in13_54)
  %r13_16 = extractvalue { i16, i1 } %r13_15, 0
  %r13_16.w = zext i16 %r13_16 to i64
  %r13_17 = extractvalue { i16, i1 } %r13_15, 1
  %r13_17.w = zext i1 %r13_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt13, ptr @lab13, i64 %r13_1.w, i64 %r13_2.w, i64 %r13_4.w, i64 %r13_5.w, i64 %r13_7.w, i64 %r13_8.w, i64 %r13_10.w, i64 %r13_11.w, i64 %r13_13.w, i64 %r13_14.w, i64 %r13_16.w, i64 %r13_17.w)
  %in14_57 = load i32, ptr @in14_56
  %in14_58 = load i32, ptr @in14_57
  %r14_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_1 = extractvalue { i32, i1 } %r14_0, 0
  %r14_1.w = sext i32 %r14_1 to i64
  %r14_2 = extractvalue { i32, i1 } %r14_0, 1
  %r14_2.w = zext i1 %r14_2 to i64
  %r14_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_4 = extractvalue { i32, i1 } %r14_3, 0
  %r14_4.w = zext i32 %r14_4 to i64
  %r14_5 = extractvalue { i32, i1 } %r14_3, 1
  %r14_5.w = zext i1 %r14_5 to i64
  %r14_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_7 = extractvalue { i32, i1 } %r14_6, 0
  %r14_7.w = sext i32 %r14_7 to i64
  %r14_8 = extractvalue { i32, i1 } %r14_6, 1
  %r14_8.w = zext i1 %r14_8 to i64
  %r14_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_10 = extractvalue { i32, i1 } %r14_9, 0
  %r14_10.w = zext i32 %r14_10 to i64
  %r14_11 = extractvalue { i32, i1 } %r14_9, 1
  %r14_11.w = zext i1 %r14_11 to i64
  %r14_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_13 = extractvalue { i32, i1 } %r14_12, 0
  %r14_13.w = sext i32 %r14_13 to i64
  %r14_14 = extractvalue { i32, i1 } %r14_12, 1
  %r14_14.w = zext i1 %r14_14 to i64
  %r14_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in14_57, i32 %in14_58)
  %r14_16 = extractvalue { i32, i1 } %r14_15, 0
  %r14_16.w = zext i32 %r14_16 to i64
  %r14_17 = extractvalue { i32, i1 } %r14_15, 1
  %r14_17.w = zext i1 %r14_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt14, ptr @lab14, i64 %r14_1.w, i64 %r14_2.w, i64 %r14_4.w, i64 %r14_5.w, i64 %r14_7.w, i64 %r14_8.w, i64 %r14_10.w, i64 %r14_11.w, i64 %r14_13.w, i64 %r14_14.w, i64 %r14_16.w, i64 %r14_17.w)
  %in15_61 = load i32, ptr @in15_60
  %in15_62 = load i32, ptr @in15_61
  %r15_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_1 = extractvalue { i32, i1 } %r15_0, 0
  %r15_1.w = sext i32 %r15_1 to i64
  %r15_2 = extractvalue { i32, i1 } %r15_0, 1
  %r15_2.w = zext i1 %r15_2 to i64
  %r15_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_4 = extractvalue { i32, i1 } %r15_3, 0
  %r15_4.w = zext i32 %r15_4 to i64
  %r15_5 = extractvalue { i32, i1 } %r15_3, 1
  %r15_5.w = zext i1 %r15_5 to i64
  %r15_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_7 = extractvalue { i32, i1 } %r15_6, 0
  %r15_7.w = sext i32 %r15_7 to i64
  %r15_8 = extractvalue { i32, i1 } %r15_6, 1
  %r15_8.w = zext i1 %r15_8 to i64
  %r15_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_10 = extractvalue { i32, i1 } %r15_9, 0
  %r15_10.w = zext i32 %r15_10 to i64
  %r15_11 = extractvalue { i32, i1 } %r15_9, 1
  %r15_11.w = zext i1 %r15_11 to i64
  %r15_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_13 = extractvalue { i32, i1 } %r15_12, 0
  %r15_13.w = sext i32 %r15_13 to i64
  %r15_14 = extractvalue { i32, i1 } %r15_12, 1
  %r15_14.w = zext i1 %r15_14 to i64
  %r15_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in15_61, i32 %in15_62)
  %r15_16 = extractvalue { i32, i1 } %r15_15, 0
  %r15_16.w = zext i32 %r15_16 to i64
  %r15_17 = extractvalue { i32, i1 } %r15_15, 1
  %r15_17.w = zext i1 %r15_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt15, ptr @lab15, i64 %r15_1.w, i64 %r15_2.w, i64 %r15_4.w, i64 %r15_5.w, i64 %r15_7.w, i64 %r15_8.w, i64 %r15_10.w, i64 %r15_11.w, i64 %r15_13.w, i64 %r15_14.w, i64 %r15_16.w, i64 %r15_17.w)
  %in16_65 = load i32, ptr @in16_64
  %in16_66 = load i32, ptr @in16_65
  %r16_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_1 = extractvalue { i32, i1 } %r16_0, 0
  %r16_1.w = sext i32 %r16_1 to i64
  %r16_2 = extractvalue { i32, i1 } %r16_0, 1
  %r16_2.w = zext i1 %r16_2 to i64
  %r16_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_4 = extractvalue { i32, i1 } %r16_3, 0
  %r16_4.w = zext i32 %r16_4 to i64
  %r16_5 = extractvalue { i32, i1 } %r16_3, 1
  %r16_5.w = zext i1 %r16_5 to i64
  %r16_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_7 = extractvalue { i32, i1 } %r16_6, 0
  %r16_7.w = sext i32 %r16_7 to i64
  %r16_8 = extractvalue { i32, i1 } %r16_6, 1
  %r16_8.w = zext i1 %r16_8 to i64
  %r16_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_10 = extractvalue { i32, i1 } %r16_9, 0
  %r16_10.w = zext i32 %r16_10 to i64
  %r16_11 = extractvalue { i32, i1 } %r16_9, 1
  %r16_11.w = zext i1 %r16_11 to i64
  %r16_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_13 = extractvalue { i32, i1 } %r16_12, 0
  %r16_13.w = sext i32 %r16_13 to i64
  %r16_14 = extractvalue { i32, i1 } %r16_12, 1
  %r16_14.w = zext i1 %r16_14 to i64
  %r16_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in16_65, i32 %in16_66)
  %r16_16 = extractvalue { i32, i1 } %r16_15, 0
  %r16_16.w = zext i32 %r16_16 to i64
  %r16_17 = extractvalue { i32, i1 } %r16_15, 1
  %r16_17.w = zext i1 %r16_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt16, ptr @lab16, i64 %r16_1.w, i64 %r16_2.w, i64 %r16_4.w, i64 %r16_5.w, i64 %r16_7.w, i64 %r16_8.w, i64 %r16_10.w, i64 %r16_11.w, i64 %r16_13.w, i64 %r16_14.w, i64 %r16_16.w, i64 %r16_17.w)
  %in17_69 = load i32, ptr @in17_68
  %in17_70 = load i32, ptr @in17_69
  %r17_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_1 = extractvalue { i32, i1 } %r17_0, 0
  %r17_1.w = sext i32 %r17_1 to i64
  %r17_2 = extractvalue { i32, i1 } %r17_0, 1
  %r17_2.w = zext i1 %r17_2 to i64
  %r17_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_4 = extractvalue { i32, i1 } %r17_3, 0
  %r17_4.w = zext i32 %r17_4 to i64
  %r17_5 = extractvalue { i32, i1 } %r17_3, 1
  %r17_5.w = zext i1 %r17_5 to i64
  %r17_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_7 = extractvalue { i32, i1 } %r17_6, 0
  %r17_7.w = sext i32 %r17_7 to i64
  %r17_8 = extractvalue { i32, i1 } %r17_6, 1
  %r17_8.w = zext i1 %r17_8 to i64
  %r17_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_10 = extractvalue { i32, i1 } %r17_9, 0
  %r17_10.w = zext i32 %r17_10 to i64
  %r17_11 = extractvalue { i32, i1 } %r17_9, 1
  %r17_11.w = zext i1 %r17_11 to i64
  %r17_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_13 = extractvalue { i32, i1 } %r17_12, 0
  %r17_13.w = sext i32 %r17_13 to i64
  %r17_14 = extractvalue { i32, i1 } %r17_12, 1
  %r17_14.w = zext i1 %r17_14 to i64
  %r17_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in17_69, i32 %in17_70)
  %r17_16 = extractvalue { i32, i1 } %r17_15, 0
  %r17_16.w = zext i32 %r17_16 to i64
  %r17_17 = extractvalue { i32, i1 } %r17_15, 1
  %r17_17.w = zext i1 %r17_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt17, ptr @lab17, i64 %r17_1.w, i64 %r17_2.w, i64 %r17_4.w, i64 %r17_5.w, i64 %r17_7.w, i64 %r17_8.w, i64 %r17_10.w, i64 %r17_11.w, i64 %r17_13.w, i64 %r17_14.w, i64 %r17_16.w, i64 %r17_17.w)
  %in18_73 = load i32, ptr @in18_72
  %in18_74 = load i32, ptr @in18_73
  %r18_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_1 = extractvalue { i32, i1 } %r18_0, 0
  %r18_1.w = sext i32 %r18_1 to i64
  %r18_2 = extractvalue { i32, i1 } %r18_0, 1
  %r18_2.w = zext i1 %r18_2 to i64
  %r18_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_4 = extractvalue { i32, i1 } %r18_3, 0
  %r18_4.w = zext i32 %r18_4 to i64
  %r18_5 = extractvalue { i32, i1 } %r18_3, 1
  %r18_5.w = zext i1 %r18_5 to i64
  %r18_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_7 = extractvalue { i32, i1 } %r18_6, 0
  %r18_7.w = sext i32 %r18_7 to i64
  %r18_8 = extractvalue { i32, i1 } %r18_6, 1
  %r18_8.w = zext i1 %r18_8 to i64
  %r18_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_10 = extractvalue { i32, i1 } %r18_9, 0
  %r18_10.w = zext i32 %r18_10 to i64
  %r18_11 = extractvalue { i32, i1 } %r18_9, 1
  %r18_11.w = zext i1 %r18_11 to i64
  %r18_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_13 = extractvalue { i32, i1 } %r18_12, 0
  %r18_13.w = sext i32 %r18_13 to i64
  %r18_14 = extractvalue { i32, i1 } %r18_12, 1
  %r18_14.w = zext i1 %r18_14 to i64
  %r18_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in18_73, i32 %in18_74)
  %r18_16 = extractvalue { i32, i1 } %r18_15, 0
  %r18_16.w = zext i32 %r18_16 to i64
  %r18_17 = extractvalue { i32, i1 } %r18_15, 1
  %r18_17.w = zext i1 %r18_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt18, ptr @lab18, i64 %r18_1.w, i64 %r18_2.w, i64 %r18_4.w, i64 %r18_5.w, i64 %r18_7.w, i64 %r18_8.w, i64 %r18_10.w, i64 %r18_11.w, i64 %r18_13.w, i64 %r18_14.w, i64 %r18_16.w, i64 %r18_17.w)
  %in19_77 = load i32, ptr @in19_76
  %in19_78 = load i32, ptr @in19_77
  %r19_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_1 = extractvalue { i32, i1 } %r19_0, 0
  %r19_1.w = sext i32 %r19_1 to i64
  %r19_2 = extractvalue { i32, i1 } %r19_0, 1
  %r19_2.w = zext i1 %r19_2 to i64
  %r19_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_4 = extractvalue { i32, i1 } %r19_3, 0
  %r19_4.w = zext i32 %r19_4 to i64
  %r19_5 = extractvalue { i32, i1 } %r19_3, 1
  %r19_5.w = zext i1 %r19_5 to i64
  %r19_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_7 = extractvalue { i32, i1 } %r19_6, 0
  %r19_7.w = sext i32 %r19_7 to i64
  %r19_8 = extractvalue { i32, i1 } %r19_6, 1
  %r19_8.w = zext i1 %r19_8 to i64
  %r19_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_10 = extractvalue { i32, i1 } %r19_9, 0
  %r19_10.w = zext i32 %r19_10 to i64
  %r19_11 = extractvalue { i32, i1 } %r19_9, 1
  %r19_11.w = zext i1 %r19_11 to i64
  %r19_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_13 = extractvalue { i32, i1 } %r19_12, 0
  %r19_13.w = sext i32 %r19_13 to i64
  %r19_14 = extractvalue { i32, i1 } %r19_12, 1
  %r19_14.w = zext i1 %r19_14 to i64
  %r19_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in19_77, i32 %in19_78)
  %r19_16 = extractvalue { i32, i1 } %r19_15, 0
  %r19_16.w = zext i32 %r19_16 to i64
  %r19_17 = extractvalue { i32, i1 } %r19_15, 1
  %r19_17.w = zext i1 %r19_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt19, ptr @lab19, i64 %r19_1.w, i64 %r19_2.w, i64 %r19_4.w, i64 %r19_5.w, i64 %r19_7.w, i64 %r19_8.w, i64 %r19_10.w, i64 %r19_11.w, i64 %r19_13.w, i64 %r19_14.w, i64 %r19_16.w, i64 %r19_17.w)
  %in20_81 = load i32, ptr @in20_80
  %in20_82 = load i32, ptr @in20_81
  %r20_0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_1 = extractvalue { i32, i1 } %r20_0, 0
  %r20_1.w = sext i32 %r20_1 to i64
  %r20_2 = extractvalue { i32, i1 } %r20_0, 1
  %r20_2.w = zext i1 %r20_2 to i64
  %r20_3 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_4 = extractvalue { i32, i1 } %r20_3, 0
  %r20_4.w = zext i32 %r20_4 to i64
  %r20_5 = extractvalue { i32, i1 } %r20_3, 1
  %r20_5.w = zext i1 %r20_5 to i64
  %r20_6 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_7 = extractvalue { i32, i1 } %r20_6, 0
  %r20_7.w = sext i32 %r20_7 to i64
  %r20_8 = extractvalue { i32, i1 } %r20_6, 1
  %r20_8.w = zext i1 %r20_8 to i64
  %r20_9 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_10 = extractvalue { i32, i1 } %r20_9, 0
  %r20_10.w = zext i32 %r20_10 to i64
  %r20_11 = extractvalue { i32, i1 } %r20_9, 1
  %r20_11.w = zext i1 %r20_11 to i64
  %r20_12 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_13 = extractvalue { i32, i1 } %r20_12, 0
  %r20_13.w = sext i32 %r20_13 to i64
  %r20_14 = extractvalue { i32, i1 } %r20_12, 1
  %r20_14.w = zext i1 %r20_14 to i64
  %r20_15 = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %in20_81, i32 %in20_82)
  %r20_16 = extractvalue { i32, i1 } %r20_15, 0
  %r20_16.w = zext i32 %r20_16 to i64
  %r20_17 = extractvalue { i32, i1 } %r20_15, 1
  %r20_17.w = zext i1 %r20_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt20, ptr @lab20, i64 %r20_1.w, i64 %r20_2.w, i64 %r20_4.w, i64 %r20_5.w, i64 %r20_7.w, i64 %r20_8.w, i64 %r20_10.w, i64 %r20_11.w, i64 %r20_13.w, i64 %r20_14.w, i64 %r20_16.w, i64 %r20_17.w)
  %in21_85 = load i64, ptr @in21_84
  %in21_86 = load i64, ptr @in21_85
  %r21_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_1 = extractvalue { i64, i1 } %r21_0, 0
  %r21_2 = extractvalue { i64, i1 } %r21_0, 1
  %r21_2.w = zext i1 %r21_2 to i64
  %r21_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_4 = extractvalue { i64, i1 } %r21_3, 0
  %r21_5 = extractvalue { i64, i1 } %r21_3, 1
  %r21_5.w = zext i1 %r21_5 to i64
  %r21_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_7 = extractvalue { i64, i1 } %r21_6, 0
  %r21_8 = extractvalue { i64, i1 } %r21_6, 1
  %r21_8.w = zext i1 %r21_8 to i64
  %r21_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_10 = extractvalue { i64, i1 } %r21_9, 0
  %r21_11 = extractvalue { i64, i1 } %r21_9, 1
  %r21_11.w = zext i1 %r21_11 to i64
  %r21_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_13 = extractvalue { i64, i1 } %r21_12, 0
  %r21_14 = extractvalue { i64, i1 } %r21_12, 1
  %r21_14.w = zext i1 %r21_14 to i64
  %r21_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in21_85, i64 %in21_86)
  %r21_16 = extractvalue { i64, i1 } %r21_15, 0
  %r21_17 = extractvalue { i64, i1 } %r21_15, 1
  %r21_17.w = zext i1 %r21_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt21, ptr @lab21, i64 %r21_1, i64 %r21_2.w, i64 %r21_4, i64 %r21_5.w, i64 %r21_7, i64 %r21_8.w, i64 %r21_10, i64 %r21_11.w, i64 %r21_13, i64 %r21_14.w, i64 %r21_16, i64 %r21_17.w)
  %in22_89 = load i64, ptr @in22_88
  %in22_90 = load i64, ptr @in22_89
  %r22_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_1 = extractvalue { i64, i1 } %r22_0, 0
  %r22_2 = extractvalue { i64, i1 } %r22_0, 1
  %r22_2.w = zext i1 %r22_2 to i64
  %r22_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_4 = extractvalue { i64, i1 } %r22_3, 0
  %r22_5 = extractvalue { i64, i1 } %r22_3, 1
  %r22_5.w = zext i1 %r22_5 to i64
  %r22_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_7 = extractvalue { i64, i1 } %r22_6, 0
  %r22_8 = extractvalue { i64, i1 } %r22_6, 1
  %r22_8.w = zext i1 %r22_8 to i64
  %r22_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_10 = extractvalue { i64, i1 } %r22_9, 0
  %r22_11 = extractvalue { i64, i1 } %r22_9, 1
  %r22_11.w = zext i1 %r22_11 to i64
  %r22_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_13 = extractvalue { i64, i1 } %r22_12, 0
  %r22_14 = extractvalue { i64, i1 } %r22_12, 1
  %r22_14.w = zext i1 %r22_14 to i64
  %r22_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in22_89, i64 %in22_90)
  %r22_16 = extractvalue { i64, i1 } %r22_15, 0
  %r22_17 = extractvalue { i64, i1 } %r22_15, 1
  %r22_17.w = zext i1 %r22_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt22, ptr @lab22, i64 %r22_1, i64 %r22_2.w, i64 %r22_4, i64 %r22_5.w, i64 %r22_7, i64 %r22_8.w, i64 %r22_10, i64 %r22_11.w, i64 %r22_13, i64 %r22_14.w, i64 %r22_16, i64 %r22_17.w)
  %in23_93 = load i64, ptr @in23_92
  %in23_94 = load i64, ptr @in23_93
  %r23_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_1 = extractvalue { i64, i1 } %r23_0, 0
  %r23_2 = extractvalue { i64, i1 } %r23_0, 1
  %r23_2.w = zext i1 %r23_2 to i64
  %r23_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_4 = extractvalue { i64, i1 } %r23_3, 0
  %r23_5 = extractvalue { i64, i1 } %r23_3, 1
  %r23_5.w = zext i1 %r23_5 to i64
  %r23_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_7 = extractvalue { i64, i1 } %r23_6, 0
  %r23_8 = extractvalue { i64, i1 } %r23_6, 1
  %r23_8.w = zext i1 %r23_8 to i64
  %r23_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_10 = extractvalue { i64, i1 } %r23_9, 0
  %r23_11 = extractvalue { i64, i1 } %r23_9, 1
  %r23_11.w = zext i1 %r23_11 to i64
  %r23_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_13 = extractvalue { i64, i1 } %r23_12, 0
  %r23_14 = extractvalue { i64, i1 } %r23_12, 1
  %r23_14.w = zext i1 %r23_14 to i64
  %r23_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in23_93, i64 %in23_94)
  %r23_16 = extractvalue { i64, i1 } %r23_15, 0
  %r23_17 = extractvalue { i64, i1 } %r23_15, 1
  %r23_17.w = zext i1 %r23_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt23, ptr @lab23, i64 %r23_1, i64 %r23_2.w, i64 %r23_4, i64 %r23_5.w, i64 %r23_7, i64 %r23_8.w, i64 %r23_10, i64 %r23_11.w, i64 %r23_13, i64 %r23_14.w, i64 %r23_16, i64 %r23_17.w)
  %in24_97 = load i64, ptr @in24_96
  %in24_98 = load i64, ptr @in24_97
  %r24_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_1 = extractvalue { i64, i1 } %r24_0, 0
  %r24_2 = extractvalue { i64, i1 } %r24_0, 1
  %r24_2.w = zext i1 %r24_2 to i64
  %r24_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_4 = extractvalue { i64, i1 } %r24_3, 0
  %r24_5 = extractvalue { i64, i1 } %r24_3, 1
  %r24_5.w = zext i1 %r24_5 to i64
  %r24_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_7 = extractvalue { i64, i1 } %r24_6, 0
  %r24_8 = extractvalue { i64, i1 } %r24_6, 1
  %r24_8.w = zext i1 %r24_8 to i64
  %r24_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_10 = extractvalue { i64, i1 } %r24_9, 0
  %r24_11 = extractvalue { i64, i1 } %r24_9, 1
  %r24_11.w = zext i1 %r24_11 to i64
  %r24_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_13 = extractvalue { i64, i1 } %r24_12, 0
  %r24_14 = extractvalue { i64, i1 } %r24_12, 1
  %r24_14.w = zext i1 %r24_14 to i64
  %r24_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in24_97, i64 %in24_98)
  %r24_16 = extractvalue { i64, i1 } %r24_15, 0
  %r24_17 = extractvalue { i64, i1 } %r24_15, 1
  %r24_17.w = zext i1 %r24_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt24, ptr @lab24, i64 %r24_1, i64 %r24_2.w, i64 %r24_4, i64 %r24_5.w, i64 %r24_7, i64 %r24_8.w, i64 %r24_10, i64 %r24_11.w, i64 %r24_13, i64 %r24_14.w, i64 %r24_16, i64 %r24_17.w)
  %in25_101 = load i64, ptr @in25_100
  %in25_102 = load i64, ptr @in25_101
  %r25_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_1 = extractvalue { i64, i1 } %r25_0, 0
  %r25_2 = extractvalue { i64, i1 } %r25_0, 1
  %r25_2.w = zext i1 %r25_2 to i64
  %r25_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_4 = extractvalue { i64, i1 } %r25_3, 0
  %r25_5 = extractvalue { i64, i1 } %r25_3, 1
  %r25_5.w = zext i1 %r25_5 to i64
  %r25_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_7 = extractvalue { i64, i1 } %r25_6, 0
  %r25_8 = extractvalue { i64, i1 } %r25_6, 1
  %r25_8.w = zext i1 %r25_8 to i64
  %r25_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_10 = extractvalue { i64, i1 } %r25_9, 0
  %r25_11 = extractvalue { i64, i1 } %r25_9, 1
  %r25_11.w = zext i1 %r25_11 to i64
  %r25_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_13 = extractvalue { i64, i1 } %r25_12, 0
  %r25_14 = extractvalue { i64, i1 } %r25_12, 1
  %r25_14.w = zext i1 %r25_14 to i64
  %r25_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in25_101, i64 %in25_102)
  %r25_16 = extractvalue { i64, i1 } %r25_15, 0
  %r25_17 = extractvalue { i64, i1 } %r25_15, 1
  %r25_17.w = zext i1 %r25_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt25, ptr @lab25, i64 %r25_1, i64 %r25_2.w, i64 %r25_4, i64 %r25_5.w, i64 %r25_7, i64 %r25_8.w, i64 %r25_10, i64 %r25_11.w, i64 %r25_13, i64 %r25_14.w, i64 %r25_16, i64 %r25_17.w)
  %in26_105 = load i64, ptr @in26_104
  %in26_106 = load i64, ptr @in26_105
  %r26_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_1 = extractvalue { i64, i1 } %r26_0, 0
  %r26_2 = extractvalue { i64, i1 } %r26_0, 1
  %r26_2.w = zext i1 %r26_2 to i64
  %r26_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_4 = extractvalue { i64, i1 } %r26_3, 0
  %r26_5 = extractvalue { i64, i1 } %r26_3, 1
  %r26_5.w = zext i1 %r26_5 to i64
  %r26_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_7 = extractvalue { i64, i1 } %r26_6, 0
  %r26_8 = extractvalue { i64, i1 } %r26_6, 1
  %r26_8.w = zext i1 %r26_8 to i64
  %r26_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_10 = extractvalue { i64, i1 } %r26_9, 0
  %r26_11 = extractvalue { i64, i1 } %r26_9, 1
  %r26_11.w = zext i1 %r26_11 to i64
  %r26_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_13 = extractvalue { i64, i1 } %r26_12, 0
  %r26_14 = extractvalue { i64, i1 } %r26_12, 1
  %r26_14.w = zext i1 %r26_14 to i64
  %r26_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in26_105, i64 %in26_106)
  %r26_16 = extractvalue { i64, i1 } %r26_15, 0
  %r26_17 = extractvalue { i64, i1 } %r26_15, 1
  %r26_17.w = zext i1 %r26_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt26, ptr @lab26, i64 %r26_1, i64 %r26_2.w, i64 %r26_4, i64 %r26_5.w, i64 %r26_7, i64 %r26_8.w, i64 %r26_10, i64 %r26_11.w, i64 %r26_13, i64 %r26_14.w, i64 %r26_16, i64 %r26_17.w)
  %in27_109 = load i64, ptr @in27_108
  %in27_110 = load i64, ptr @in27_109
  %r27_0 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_1 = extractvalue { i64, i1 } %r27_0, 0
  %r27_2 = extractvalue { i64, i1 } %r27_0, 1
  %r27_2.w = zext i1 %r27_2 to i64
  %r27_3 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_4 = extractvalue { i64, i1 } %r27_3, 0
  %r27_5 = extractvalue { i64, i1 } %r27_3, 1
  %r27_5.w = zext i1 %r27_5 to i64
  %r27_6 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_7 = extractvalue { i64, i1 } %r27_6, 0
  %r27_8 = extractvalue { i64, i1 } %r27_6, 1
  %r27_8.w = zext i1 %r27_8 to i64
  %r27_9 = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_10 = extractvalue { i64, i1 } %r27_9, 0
  %r27_11 = extractvalue { i64, i1 } %r27_9, 1
  %r27_11.w = zext i1 %r27_11 to i64
  %r27_12 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_13 = extractvalue { i64, i1 } %r27_12, 0
  %r27_14 = extractvalue { i64, i1 } %r27_12, 1
  %r27_14.w = zext i1 %r27_14 to i64
  %r27_15 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %in27_109, i64 %in27_110)
  %r27_16 = extractvalue { i64, i1 } %r27_15, 0
  %r27_17 = extractvalue { i64, i1 } %r27_15, 1
  %r27_17.w = zext i1 %r27_17 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt27, ptr @lab27, i64 %r27_1, i64 %r27_2.w, i64 %r27_4, i64 %r27_5.w, i64 %r27_7, i64 %r27_8.w, i64 %r27_10, i64 %r27_11.w, i64 %r27_13, i64 %r27_14.w, i64 %r27_16, i64 %r27_17.w)
  %in28_113 = load i128, ptr @in28_112
  %in28_114 = load i128, ptr @in28_113
  %r28_0 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %in28_113, i128 %in28_114)
  %r28_1 = extractvalue { i128, i1 } %r28_0, 0
  %r28_2 = lshr i128 %r28_1, 64
  %r28_3 = trunc i128 %r28_2 to i64
  %r28_4 = trunc i128 %r28_1 to i64
  %r28_5 = extractvalue { i128, i1 } %r28_0, 1
  %r28_5.w = zext i1 %r28_5 to i64
  %r28_6 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %in28_113, i128 %in28_114)
  %r28_7 = extractvalue { i128, i1 } %r28_6, 0
  %r28_8 = lshr i128 %r28_7, 64
  %r28_9 = trunc i128 %r28_8 to i64
  %r28_10 = trunc i128 %r28_7 to i64
  %r28_11 = extractvalue { i128, i1 } %r28_6, 1
  %r28_11.w = zext i1 %r28_11 to i64
  %r28_12 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %in28_113, i128 %in28_114)
  %r28_13 = extractvalue { i128, i1 } %r28_12, 0
  %r28_14 = lshr i128 %r28_13, 64
  %r28_15 = trunc i128 %r28_14 to i64
  %r28_16 = trunc i128 %r28_13 to i64
  %r28_17 = extractvalue { i128, i1 } %r28_12, 1
  %r28_17.w = zext i1 %r28_17 to i64
  %r28_18 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %in28_113, i128 %in28_114)
  %r28_19 = extractvalue { i128, i1 } %r28_18, 0
  %r28_20 = lshr i128 %r28_19, 64
  %r28_21 = trunc i128 %r28_20 to i64
  %r28_22 = trunc i128 %r28_19 to i64
  %r28_23 = extractvalue { i128, i1 } %r28_18, 1
  %r28_23.w = zext i1 %r28_23 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt28, ptr @lab28, i64 %r28_3, i64 %r28_4, i64 %r28_5.w, i64 %r28_9, i64 %r28_10, i64 %r28_11.w, i64 %r28_15, i64 %r28_16, i64 %r28_17.w, i64 %r28_21, i64 %r28_22, i64 %r28_23.w)
  %in29_117 = load i128, ptr @in29_116
  %in29_118 = load i128, ptr @in29_117
  %r29_0 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %in29_117, i128 %in29_118)
  %r29_1 = extractvalue { i128, i1 } %r29_0, 0
  %r29_2 = lshr i128 %r29_1, 64
  %r29_3 = trunc i128 %r29_2 to i64
  %r29_4 = trunc i128 %r29_1 to i64
  %r29_5 = extractvalue { i128, i1 } %r29_0, 1
  %r29_5.w = zext i1 %r29_5 to i64
  %r29_6 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %in29_117, i128 %in29_118)
  %r29_7 = extractvalue { i128, i1 } %r29_6, 0
  %r29_8 = lshr i128 %r29_7, 64
  %r29_9 = trunc i128 %r29_8 to i64
  %r29_10 = trunc i128 %r29_7 to i64
  %r29_11 = extractvalue { i128, i1 } %r29_6, 1
  %r29_11.w = zext i1 %r29_11 to i64
  %r29_12 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %in29_117, i128 %in29_118)
  %r29_13 = extractvalue { i128, i1 } %r29_12, 0
  %r29_14 = lshr i128 %r29_13, 64
  %r29_15 = trunc i128 %r29_14 to i64
  %r29_16 = trunc i128 %r29_13 to i64
  %r29_17 = extractvalue { i128, i1 } %r29_12, 1
  %r29_17.w = zext i1 %r29_17 to i64
  %r29_18 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %in29_117, i128 %in29_118)
  %r29_19 = extractvalue { i128, i1 } %r29_18, 0
  %r29_20 = lshr i128 %r29_19, 64
  %r29_21 = trunc i128 %r29_20 to i64
  %r29_22 = trunc i128 %r29_19 to i64
  %r29_23 = extractvalue { i128, i1 } %r29_18, 1
  %r29_23.w = zext i1 %r29_23 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt29, ptr @lab29, i64 %r29_3, i64 %r29_4, i64 %r29_5.w, i64 %r29_9, i64 %r29_10, i64 %r29_11.w, i64 %r29_15, i64 %r29_16, i64 %r29_17.w, i64 %r29_21, i64 %r29_22, i64 %r29_23.w)
  %in30_121 = load i128, ptr @in30_120
  %in30_122 = load i128, ptr @in30_121
  %r30_0 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %in30_121, i128 %in30_122)
  %r30_1 = extractvalue { i128, i1 } %r30_0, 0
  %r30_2 = lshr i128 %r30_1, 64
  %r30_3 = trunc i128 %r30_2 to i64
  %r30_4 = trunc i128 %r30_1 to i64
  %r30_5 = extractvalue { i128, i1 } %r30_0, 1
  %r30_5.w = zext i1 %r30_5 to i64
  %r30_6 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %in30_121, i128 %in30_122)
  %r30_7 = extractvalue { i128, i1 } %r30_6, 0
  %r30_8 = lshr i128 %r30_7, 64
  %r30_9 = trunc i128 %r30_8 to i64
  %r30_10 = trunc i128 %r30_7 to i64
  %r30_11 = extractvalue { i128, i1 } %r30_6, 1
  %r30_11.w = zext i1 %r30_11 to i64
  %r30_12 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %in30_121, i128 %in30_122)
  %r30_13 = extractvalue { i128, i1 } %r30_12, 0
  %r30_14 = lshr i128 %r30_13, 64
  %r30_15 = trunc i128 %r30_14 to i64
  %r30_16 = trunc i128 %r30_13 to i64
  %r30_17 = extractvalue { i128, i1 } %r30_12, 1
  %r30_17.w = zext i1 %r30_17 to i64
  %r30_18 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %in30_121, i128 %in30_122)
  %r30_19 = extractvalue { i128, i1 } %r30_18, 0
  %r30_20 = lshr i128 %r30_19, 64
  %r30_21 = trunc i128 %r30_20 to i64
  %r30_22 = trunc i128 %r30_19 to i64
  %r30_23 = extractvalue { i128, i1 } %r30_18, 1
  %r30_23.w = zext i1 %r30_23 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt30, ptr @lab30, i64 %r30_3, i64 %r30_4, i64 %r30_5.w, i64 %r30_9, i64 %r30_10, i64 %r30_11.w, i64 %r30_15, i64 %r30_16, i64 %r30_17.w, i64 %r30_21, i64 %r30_22, i64 %r30_23.w)
  %in31_125 = load i128, ptr @in31_124
  %in31_126 = load i128, ptr @in31_125
  %r31_0 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %in31_125, i128 %in31_126)
  %r31_1 = extractvalue { i128, i1 } %r31_0, 0
  %r31_2 = lshr i128 %r31_1, 64
  %r31_3 = trunc i128 %r31_2 to i64
  %r31_4 = trunc i128 %r31_1 to i64
  %r31_5 = extractvalue { i128, i1 } %r31_0, 1
  %r31_5.w = zext i1 %r31_5 to i64
  %r31_6 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %in31_125, i128 %in31_126)
  %r31_7 = extractvalue { i128, i1 } %r31_6, 0
  %r31_8 = lshr i128 %r31_7, 64
  %r31_9 = trunc i128 %r31_8 to i64
  %r31_10 = trunc i128 %r31_7 to i64
  %r31_11 = extractvalue { i128, i1 } %r31_6, 1
  %r31_11.w = zext i1 %r31_11 to i64
  %r31_12 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %in31_125, i128 %in31_126)
  %r31_13 = extractvalue { i128, i1 } %r31_12, 0
  %r31_14 = lshr i128 %r31_13, 64
  %r31_15 = trunc i128 %r31_14 to i64
  %r31_16 = trunc i128 %r31_13 to i64
  %r31_17 = extractvalue { i128, i1 } %r31_12, 1
  %r31_17.w = zext i1 %r31_17 to i64
  %r31_18 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %in31_125, i128 %in31_126)
  %r31_19 = extractvalue { i128, i1 } %r31_18, 0
  %r31_20 = lshr i128 %r31_19, 64
  %r31_21 = trunc i128 %r31_20 to i64
  %r31_22 = trunc i128 %r31_19 to i64
  %r31_23 = extractvalue { i128, i1 } %r31_18, 1
  %r31_23.w = zext i1 %r31_23 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt31, ptr @lab31, i64 %r31_3, i64 %r31_4, i64 %r31_5.w, i64 %r31_9, i64 %r31_10, i64 %r31_11.w, i64 %r31_15, i64 %r31_16, i64 %r31_17.w, i64 %r31_21, i64 %r31_22, i64 %r31_23.w)
  %in32_129 = load i8, ptr @in32_128
  %in32_130 = load i8, ptr @in32_129
  %r32_0 = call i8 @llvm.sadd.sat.i8(i8 %in32_129, i8 %in32_130)
  %r32_0.w = sext i8 %r32_0 to i64
  %r32_1 = call i8 @llvm.uadd.sat.i8(i8 %in32_129, i8 %in32_130)
  %r32_1.w = zext i8 %r32_1 to i64
  %r32_2 = call i8 @llvm.ssub.sat.i8(i8 %in32_129, i8 %in32_130)
  %r32_2.w = sext i8 %r32_2 to i64
  %r32_3 = call i8 @llvm.usub.sat.i8(i8 %in32_129, i8 %in32_130)
  %r32_3.w = zext i8 %r32_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt32, ptr @lab32, i64 %r32_0.w, i64 %r32_1.w, i64 %r32_2.w, i64 %r32_3.w)
  %in33_133 = load i8, ptr @in33_132
  %in33_134 = load i8, ptr @in33_133
  %r33_0 = call i8 @llvm.sadd.sat.i8(i8 %in33_133, i8 %in33_134)
  %r33_0.w = sext i8 %r33_0 to i64
  %r33_1 = call i8 @llvm.uadd.sat.i8(i8 %in33_133, i8 %in33_134)
  %r33_1.w = zext i8 %r33_1 to i64
  %r33_2 = call i8 @llvm.ssub.sat.i8(i8 %in33_133, i8 %in33_134)
  %r33_2.w = sext i8 %r33_2 to i64
  %r33_3 = call i8 @llvm.usub.sat.i8(i8 %in33_133, i8 %in33_134)
  %r33_3.w = zext i8 %r33_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt33, ptr @lab33, i64 %r33_0.w, i64 %r33_1.w, i64 %r33_2.w, i64 %r33_3.w)
  %in34_137 = load i8, ptr @in34_136
  %in34_138 = load i8, ptr @in34_137
  %r34_0 = call i8 @llvm.sadd.sat.i8(i8 %in34_137, i8 %in34_138)
  %r34_0.w = sext i8 %r34_0 to i64
  %r34_1 = call i8 @llvm.uadd.sat.i8(i8 %in34_137, i8 %in34_138)
  %r34_1.w = zext i8 %r34_1 to i64
  %r34_2 = call i8 @llvm.ssub.sat.i8(i8 %in34_137, i8 %in34_138)
  %r34_2.w = sext i8 %r34_2 to i64
  %r34_3 = call i8 @llvm.usub.sat.i8(i8 %in34_137, i8 %in34_138)
  %r34_3.w = zext i8 %r34_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt34, ptr @lab34, i64 %r34_0.w, i64 %r34_1.w, i64 %r34_2.w, i64 %r34_3.w)
  %in35_141 = load i8, ptr @in35_140
  %in35_142 = load i8, ptr @in35_141
  %r35_0 = call i8 @llvm.sadd.sat.i8(i8 %in35_141, i8 %in35_142)
  %r35_0.w = sext i8 %r35_0 to i64
  %r35_1 = call i8 @llvm.uadd.sat.i8(i8 %in35_141, i8 %in35_142)
  %r35_1.w = zext i8 %r35_1 to i64
  %r35_2 = call i8 @llvm.ssub.sat.i8(i8 %in35_141, i8 %in35_142)
  %r35_2.w = sext i8 %r35_2 to i64
  %r35_3 = call i8 @llvm.usub.sat.i8(i8 %in35_141, i8 %in35_142)
  %r35_3.w = zext i8 %r35_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt35, ptr @lab35, i64 %r35_0.w, i64 %r35_1.w, i64 %r35_2.w, i64 %r35_3.w)
  %in36_145 = load i8, ptr @in36_144
  %in36_146 = load i8, ptr @in36_145
  %r36_0 = call i8 @llvm.sadd.sat.i8(i8 %in36_145, i8 %in36_146)
  %r36_0.w = sext i8 %r36_0 to i64
  %r36_1 = call i8 @llvm.uadd.sat.i8(i8 %in36_145, i8 %in36_146)
  %r36_1.w = zext i8 %r36_1 to i64
  %r36_2 = call i8 @llvm.ssub.sat.i8(i8 %in36_145, i8 %in36_146)
  %r36_2.w = sext i8 %r36_2 to i64
  %r36_3 = call i8 @llvm.usub.sat.i8(i8 %in36_145, i8 %in36_146)
  %r36_3.w = zext i8 %r36_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt36, ptr @lab36, i64 %r36_0.w, i64 %r36_1.w, i64 %r36_2.w, i64 %r36_3.w)
  %in37_149 = load i8, ptr @in37_148
  %in37_150 = load i8, ptr @in37_149
  %r37_0 = call i8 @llvm.sadd.sat.i8(i8 %in37_149, i8 %in37_150)
  %r37_0.w = sext i8 %r37_0 to i64
  %r37_1 = call i8 @llvm.uadd.sat.i8(i8 %in37_149, i8 %in37_150)
  %r37_1.w = zext i8 %r37_1 to i64
  %r37_2 = call i8 @llvm.ssub.sat.i8(i8 %in37_149, i8 %in37_150)
  %r37_2.w = sext i8 %r37_2 to i64
  %r37_3 = call i8 @llvm.usub.sat.i8(i8 %in37_149, i8 %in37_150)
  %r37_3.w = zext i8 %r37_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt37, ptr @lab37, i64 %r37_0.w, i64 %r37_1.w, i64 %r37_2.w, i64 %r37_3.w)
  %in38_153 = load i8, ptr @in38_152
  %in38_154 = load i8, ptr @in38_153
  %r38_0 = call i8 @llvm.sshl.sat.i8(i8 %in38_153, i8 %in38_154)
  %r38_0.w = sext i8 %r38_0 to i64
  %r38_1 = call i8 @llvm.ushl.sat.i8(i8 %in38_153, i8 %in38_154)
  %r38_1.w = zext i8 %r38_1 to i64
  %r38_2 = shl i8 %in38_153, %in38_154
  %r38_2.w = sext i8 %r38_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt38, ptr @lab38, i64 %r38_0.w, i64 %r38_1.w, i64 %r38_2.w)
  %in39_157 = load i8, ptr @in39_156
  %in39_158 = load i8, ptr @in39_157
  %r39_0 = call i8 @llvm.sshl.sat.i8(i8 %in39_157, i8 %in39_158)
  %r39_0.w = sext i8 %r39_0 to i64
  %r39_1 = call i8 @llvm.ushl.sat.i8(i8 %in39_157, i8 %in39_158)
  %r39_1.w = zext i8 %r39_1 to i64
  %r39_2 = shl i8 %in39_157, %in39_158
  %r39_2.w = sext i8 %r39_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt39, ptr @lab39, i64 %r39_0.w, i64 %r39_1.w, i64 %r39_2.w)
  %in40_161 = load i8, ptr @in40_160
  %in40_162 = load i8, ptr @in40_161
  %r40_0 = call i8 @llvm.sshl.sat.i8(i8 %in40_161, i8 %in40_162)
  %r40_0.w = sext i8 %r40_0 to i64
  %r40_1 = call i8 @llvm.ushl.sat.i8(i8 %in40_161, i8 %in40_162)
  %r40_1.w = zext i8 %r40_1 to i64
  %r40_2 = shl i8 %in40_161, %in40_162
  %r40_2.w = sext i8 %r40_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt40, ptr @lab40, i64 %r40_0.w, i64 %r40_1.w, i64 %r40_2.w)
  %in41_165 = load i8, ptr @in41_164
  %in41_166 = load i8, ptr @in41_165
  %r41_0 = call i8 @llvm.sshl.sat.i8(i8 %in41_165, i8 %in41_166)
  %r41_0.w = sext i8 %r41_0 to i64
  %r41_1 = call i8 @llvm.ushl.sat.i8(i8 %in41_165, i8 %in41_166)
  %r41_1.w = zext i8 %r41_1 to i64
  %r41_2 = shl i8 %in41_165, %in41_166
  %r41_2.w = sext i8 %r41_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt41, ptr @lab41, i64 %r41_0.w, i64 %r41_1.w, i64 %r41_2.w)
  %in42_169 = load i8, ptr @in42_168
  %in42_170 = load i8, ptr @in42_169
  %r42_0 = call i8 @llvm.sshl.sat.i8(i8 %in42_169, i8 %in42_170)
  %r42_0.w = sext i8 %r42_0 to i64
  %r42_1 = call i8 @llvm.ushl.sat.i8(i8 %in42_169, i8 %in42_170)
  %r42_1.w = zext i8 %r42_1 to i64
  %r42_2 = shl i8 %in42_169, %in42_170
  %r42_2.w = sext i8 %r42_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt42, ptr @lab42, i64 %r42_0.w, i64 %r42_1.w, i64 %r42_2.w)
  %in43_173 = load i8, ptr @in43_172
  %in43_174 = load i8, ptr @in43_173
  %r43_0 = call i8 @llvm.sshl.sat.i8(i8 %in43_173, i8 %in43_174)
  %r43_0.w = sext i8 %r43_0 to i64
  %r43_1 = call i8 @llvm.ushl.sat.i8(i8 %in43_173, i8 %in43_174)
  %r43_1.w = zext i8 %r43_1 to i64
  %r43_2 = shl i8 %in43_173, %in43_174
  %r43_2.w = sext i8 %r43_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt43, ptr @lab43, i64 %r43_0.w, i64 %r43_1.w, i64 %r43_2.w)
  %in44_177 = load i8, ptr @in44_176
  %in44_178 = load i8, ptr @in44_177
  %r44_0 = call i8 @llvm.sshl.sat.i8(i8 %in44_177, i8 %in44_178)
  %r44_0.w = sext i8 %r44_0 to i64
  %r44_1 = call i8 @llvm.ushl.sat.i8(i8 %in44_177, i8 %in44_178)
  %r44_1.w = zext i8 %r44_1 to i64
  %r44_2 = shl i8 %in44_177, %in44_178
  %r44_2.w = sext i8 %r44_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt44, ptr @lab44, i64 %r44_0.w, i64 %r44_1.w, i64 %r44_2.w)
  %in45_181 = load i16, ptr @in45_180
  %in45_182 = load i16, ptr @in45_181
  %r45_0 = call i16 @llvm.sadd.sat.i16(i16 %in45_181, i16 %in45_182)
  %r45_0.w = sext i16 %r45_0 to i64
  %r45_1 = call i16 @llvm.uadd.sat.i16(i16 %in45_181, i16 %in45_182)
  %r45_1.w = zext i16 %r45_1 to i64
  %r45_2 = call i16 @llvm.ssub.sat.i16(i16 %in45_181, i16 %in45_182)
  %r45_2.w = sext i16 %r45_2 to i64
  %r45_3 = call i16 @llvm.usub.sat.i16(i16 %in45_181, i16 %in45_182)
  %r45_3.w = zext i16 %r45_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt45, ptr @lab45, i64 %r45_0.w, i64 %r45_1.w, i64 %r45_2.w, i64 %r45_3.w)
  %in46_185 = load i16, ptr @in46_184
  %in46_186 = load i16, ptr @in46_185
  %r46_0 = call i16 @llvm.sadd.sat.i16(i16 %in46_185, i16 %in46_186)
  %r46_0.w = sext i16 %r46_0 to i64
  %r46_1 = call i16 @llvm.uadd.sat.i16(i16 %in46_185, i16 %in46_186)
  %r46_1.w = zext i16 %r46_1 to i64
  %r46_2 = call i16 @llvm.ssub.sat.i16(i16 %in46_185, i16 %in46_186)
  %r46_2.w = sext i16 %r46_2 to i64
  %r46_3 = call i16 @llvm.usub.sat.i16(i16 %in46_185, i16 %in46_186)
  %r46_3.w = zext i16 %r46_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt46, ptr @lab46, i64 %r46_0.w, i64 %r46_1.w, i64 %r46_2.w, i64 %r46_3.w)
  %in47_189 = load i16, ptr @in47_188
  %in47_190 = load i16, ptr @in47_189
  %r47_0 = call i16 @llvm.sadd.sat.i16(i16 %in47_189, i16 %in47_190)
  %r47_0.w = sext i16 %r47_0 to i64
  %r47_1 = call i16 @llvm.uadd.sat.i16(i16 %in47_189, i16 %in47_190)
  %r47_1.w = zext i16 %r47_1 to i64
  %r47_2 = call i16 @llvm.ssub.sat.i16(i16 %in47_189, i16 %in47_190)
  %r47_2.w = sext i16 %r47_2 to i64
  %r47_3 = call i16 @llvm.usub.sat.i16(i16 %in47_189, i16 %in47_190)
  %r47_3.w = zext i16 %r47_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt47, ptr @lab47, i64 %r47_0.w, i64 %r47_1.w, i64 %r47_2.w, i64 %r47_3.w)
  %in48_193 = load i16, ptr @in48_192
  %in48_194 = load i16, ptr @in48_193
  %r48_0 = call i16 @llvm.sadd.sat.i16(i16 %in48_193, i16 %in48_194)
  %r48_0.w = sext i16 %r48_0 to i64
  %r48_1 = call i16 @llvm.uadd.sat.i16(i16 %in48_193, i16 %in48_194)
  %r48_1.w = zext i16 %r48_1 to i64
  %r48_2 = call i16 @llvm.ssub.sat.i16(i16 %in48_193, i16 %in48_194)
  %r48_2.w = sext i16 %r48_2 to i64
  %r48_3 = call i16 @llvm.usub.sat.i16(i16 %in48_193, i16 %in48_194)
  %r48_3.w = zext i16 %r48_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt48, ptr @lab48, i64 %r48_0.w, i64 %r48_1.w, i64 %r48_2.w, i64 %r48_3.w)
  %in49_197 = load i16, ptr @in49_196
  %in49_198 = load i16, ptr @in49_197
  %r49_0 = call i16 @llvm.sadd.sat.i16(i16 %in49_197, i16 %in49_198)
  %r49_0.w = sext i16 %r49_0 to i64
  %r49_1 = call i16 @llvm.uadd.sat.i16(i16 %in49_197, i16 %in49_198)
  %r49_1.w = zext i16 %r49_1 to i64
  %r49_2 = call i16 @llvm.ssub.sat.i16(i16 %in49_197, i16 %in49_198)
  %r49_2.w = sext i16 %r49_2 to i64
  %r49_3 = call i16 @llvm.usub.sat.i16(i16 %in49_197, i16 %in49_198)
  %r49_3.w = zext i16 %r49_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt49, ptr @lab49, i64 %r49_0.w, i64 %r49_1.w, i64 %r49_2.w, i64 %r49_3.w)
  %in50_201 = load i16, ptr @in50_200
  %in50_202 = load i16, ptr @in50_201
  %r50_0 = call i16 @llvm.sadd.sat.i16(i16 %in50_201, i16 %in50_202)
  %r50_0.w = sext i16 %r50_0 to i64
  %r50_1 = call i16 @llvm.uadd.sat.i16(i16 %in50_201, i16 %in50_202)
  %r50_1.w = zext i16 %r50_1 to i64
  %r50_2 = call i16 @llvm.ssub.sat.i16(i16 %in50_201, i16 %in50_202)
  %r50_2.w = sext i16 %r50_2 to i64
  %r50_3 = call i16 @llvm.usub.sat.i16(i16 %in50_201, i16 %in50_202)
  %r50_3.w = zext i16 %r50_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt50, ptr @lab50, i64 %r50_0.w, i64 %r50_1.w, i64 %r50_2.w, i64 %r50_3.w)
  %in51_205 = load i16, ptr @in51_204
  %in51_206 = load i16, ptr @in51_205
  %r51_0 = call i16 @llvm.sshl.sat.i16(i16 %in51_205, i16 %in51_206)
  %r51_0.w = sext i16 %r51_0 to i64
  %r51_1 = call i16 @llvm.ushl.sat.i16(i16 %in51_205, i16 %in51_206)
  %r51_1.w = zext i16 %r51_1 to i64
  %r51_2 = shl i16 %in51_205, %in51_206
  %r51_2.w = sext i16 %r51_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt51, ptr @lab51, i64 %r51_0.w, i64 %r51_1.w, i64 %r51_2.w)
  %in52_209 = load i16, ptr @in52_208
  %in52_210 = load i16, ptr @in52_209
  %r52_0 = call i16 @llvm.sshl.sat.i16(i16 %in52_209, i16 %in52_210)
  %r52_0.w = sext i16 %r52_0 to i64
  %r52_1 = call i16 @llvm.ushl.sat.i16(i16 %in52_209, i16 %in52_210)
  %r52_1.w = zext i16 %r52_1 to i64
  %r52_2 = shl i16 %in52_209, %in52_210
  %r52_2.w = sext i16 %r52_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt52, ptr @lab52, i64 %r52_0.w, i64 %r52_1.w, i64 %r52_2.w)
  %in53_213 = load i16, ptr @in53_212
  %in53_214 = load i16, ptr @in53_213
  %r53_0 = call i16 @llvm.sshl.sat.i16(i16 %in53_213, i16 %in53_214)
  %r53_0.w = sext i16 %r53_0 to i64
  %r53_1 = call i16 @llvm.ushl.sat.i16(i16 %in53_213, i16 %in53_214)
  %r53_1.w = zext i16 %r53_1 to i64
  %r53_2 = shl i16 %in53_213, %in53_214
  %r53_2.w = sext i16 %r53_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt53, ptr @lab53, i64 %r53_0.w, i64 %r53_1.w, i64 %r53_2.w)
  %in54_217 = load i16, ptr @in54_216
  %in54_218 = load i16, ptr @in54_217
  %r54_0 = call i16 @llvm.sshl.sat.i16(i16 %in54_217, i16 %in54_218)
  %r54_0.w = sext i16 %r54_0 to i64
  %r54_1 = call i16 @llvm.ushl.sat.i16(i16 %in54_217, i16 %in54_218)
  %r54_1.w = zext i16 %r54_1 to i64
  %r54_2 = shl i16 %in54_217, %in54_218
  %r54_2.w = sext i16 %r54_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt54, ptr @lab54, i64 %r54_0.w, i64 %r54_1.w, i64 %r54_2.w)
  %in55_221 = load i16, ptr @in55_220
  %in55_222 = load i16, ptr @in55_221
  %r55_0 = call i16 @llvm.sshl.sat.i16(i16 %in55_221, i16 %in55_222)
  %r55_0.w = sext i16 %r55_0 to i64
  %r55_1 = call i16 @llvm.ushl.sat.i16(i16 %in55_221, i16 %in55_222)
  %r55_1.w = zext i16 %r55_1 to i64
  %r55_2 = shl i16 %in55_221, %in55_222
  %r55_2.w = sext i16 %r55_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt55, ptr @lab55, i64 %r55_0.w, i64 %r55_1.w, i64 %r55_2.w)
  %in56_225 = load i16, ptr @in56_224
  %in56_226 = load i16, ptr @in56_225
  %r56_0 = call i16 @llvm.sshl.sat.i16(i16 %in56_225, i16 %in56_226)
  %r56_0.w = sext i16 %r56_0 to i64
  %r56_1 = call i16 @llvm.ushl.sat.i16(i16 %in56_225, i16 %in56_226)
  %r56_1.w = zext i16 %r56_1 to i64
  %r56_2 = shl i16 %in56_225, %in56_226
  %r56_2.w = sext i16 %r56_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt56, ptr @lab56, i64 %r56_0.w, i64 %r56_1.w, i64 %r56_2.w)
  %in57_229 = load i16, ptr @in57_228
  %in57_230 = load i16, ptr @in57_229
  %r57_0 = call i16 @llvm.sshl.sat.i16(i16 %in57_229, i16 %in57_230)
  %r57_0.w = sext i16 %r57_0 to i64
  %r57_1 = call i16 @llvm.ushl.sat.i16(i16 %in57_229, i16 %in57_230)
  %r57_1.w = zext i16 %r57_1 to i64
  %r57_2 = shl i16 %in57_229, %in57_230
  %r57_2.w = sext i16 %r57_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt57, ptr @lab57, i64 %r57_0.w, i64 %r57_1.w, i64 %r57_2.w)
  %in58_233 = load i32, ptr @in58_232
  %in58_234 = load i32, ptr @in58_233
  %r58_0 = call i32 @llvm.sadd.sat.i32(i32 %in58_233, i32 %in58_234)
  %r58_0.w = sext i32 %r58_0 to i64
  %r58_1 = call i32 @llvm.uadd.sat.i32(i32 %in58_233, i32 %in58_234)
  %r58_1.w = zext i32 %r58_1 to i64
  %r58_2 = call i32 @llvm.ssub.sat.i32(i32 %in58_233, i32 %in58_234)
  %r58_2.w = sext i32 %r58_2 to i64
  %r58_3 = call i32 @llvm.usub.sat.i32(i32 %in58_233, i32 %in58_234)
  %r58_3.w = zext i32 %r58_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt58, ptr @lab58, i64 %r58_0.w, i64 %r58_1.w, i64 %r58_2.w, i64 %r58_3.w)
  %in59_237 = load i32, ptr @in59_236
  %in59_238 = load i32, ptr @in59_237
  %r59_0 = call i32 @llvm.sadd.sat.i32(i32 %in59_237, i32 %in59_238)
  %r59_0.w = sext i32 %r59_0 to i64
  %r59_1 = call i32 @llvm.uadd.sat.i32(i32 %in59_237, i32 %in59_238)
  %r59_1.w = zext i32 %r59_1 to i64
  %r59_2 = call i32 @llvm.ssub.sat.i32(i32 %in59_237, i32 %in59_238)
  %r59_2.w = sext i32 %r59_2 to i64
  %r59_3 = call i32 @llvm.usub.sat.i32(i32 %in59_237, i32 %in59_238)
  %r59_3.w = zext i32 %r59_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt59, ptr @lab59, i64 %r59_0.w, i64 %r59_1.w, i64 %r59_2.w, i64 %r59_3.w)
  %in60_241 = load i32, ptr @in60_240
  %in60_242 = load i32, ptr @in60_241
  %r60_0 = call i32 @llvm.sadd.sat.i32(i32 %in60_241, i32 %in60_242)
  %r60_0.w = sext i32 %r60_0 to i64
  %r60_1 = call i32 @llvm.uadd.sat.i32(i32 %in60_241, i32 %in60_242)
  %r60_1.w = zext i32 %r60_1 to i64
  %r60_2 = call i32 @llvm.ssub.sat.i32(i32 %in60_241, i32 %in60_242)
  %r60_2.w = sext i32 %r60_2 to i64
  %r60_3 = call i32 @llvm.usub.sat.i32(i32 %in60_241, i32 %in60_242)
  %r60_3.w = zext i32 %r60_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt60, ptr @lab60, i64 %r60_0.w, i64 %r60_1.w, i64 %r60_2.w, i64 %r60_3.w)
  %in61_245 = load i32, ptr @in61_244
  %in61_246 = load i32, ptr @in61_245
  %r61_0 = call i32 @llvm.sadd.sat.i32(i32 %in61_245, i32 %in61_246)
  %r61_0.w = sext i32 %r61_0 to i64
  %r61_1 = call i32 @llvm.uadd.sat.i32(i32 %in61_245, i32 %in61_246)
  %r61_1.w = zext i32 %r61_1 to i64
  %r61_2 = call i32 @llvm.ssub.sat.i32(i32 %in61_245, i32 %in61_246)
  %r61_2.w = sext i32 %r61_2 to i64
  %r61_3 = call i32 @llvm.usub.sat.i32(i32 %in61_245, i32 %in61_246)
  %r61_3.w = zext i32 %r61_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt61, ptr @lab61, i64 %r61_0.w, i64 %r61_1.w, i64 %r61_2.w, i64 %r61_3.w)
  %in62_249 = load i32, ptr @in62_248
  %in62_250 = load i32, ptr @in62_249
  %r62_0 = call i32 @llvm.sadd.sat.i32(i32 %in62_249, i32 %in62_250)
  %r62_0.w = sext i32 %r62_0 to i64
  %r62_1 = call i32 @llvm.uadd.sat.i32(i32 %in62_249, i32 %in62_250)
  %r62_1.w = zext i32 %r62_1 to i64
  %r62_2 = call i32 @llvm.ssub.sat.i32(i32 %in62_249, i32 %in62_250)
  %r62_2.w = sext i32 %r62_2 to i64
  %r62_3 = call i32 @llvm.usub.sat.i32(i32 %in62_249, i32 %in62_250)
  %r62_3.w = zext i32 %r62_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt62, ptr @lab62, i64 %r62_0.w, i64 %r62_1.w, i64 %r62_2.w, i64 %r62_3.w)
  %in63_253 = load i32, ptr @in63_252
  %in63_254 = load i32, ptr @in63_253
  %r63_0 = call i32 @llvm.sadd.sat.i32(i32 %in63_253, i32 %in63_254)
  %r63_0.w = sext i32 %r63_0 to i64
  %r63_1 = call i32 @llvm.uadd.sat.i32(i32 %in63_253, i32 %in63_254)
  %r63_1.w = zext i32 %r63_1 to i64
  %r63_2 = call i32 @llvm.ssub.sat.i32(i32 %in63_253, i32 %in63_254)
  %r63_2.w = sext i32 %r63_2 to i64
  %r63_3 = call i32 @llvm.usub.sat.i32(i32 %in63_253, i32 %in63_254)
  %r63_3.w = zext i32 %r63_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt63, ptr @lab63, i64 %r63_0.w, i64 %r63_1.w, i64 %r63_2.w, i64 %r63_3.w)
  %in64_257 = load i32, ptr @in64_256
  %in64_258 = load i32, ptr @in64_257
  %r64_0 = call i32 @llvm.sshl.sat.i32(i32 %in64_257, i32 %in64_258)
  %r64_0.w = sext i32 %r64_0 to i64
  %r64_1 = call i32 @llvm.ushl.sat.i32(i32 %in64_257, i32 %in64_258)
  %r64_1.w = zext i32 %r64_1 to i64
  %r64_2 = shl i32 %in64_257, %in64_258
  %r64_2.w = sext i32 %r64_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt64, ptr @lab64, i64 %r64_0.w, i64 %r64_1.w, i64 %r64_2.w)
  %in65_261 = load i32, ptr @in65_260
  %in65_262 = load i32, ptr @in65_261
  %r65_0 = call i32 @llvm.sshl.sat.i32(i32 %in65_261, i32 %in65_262)
  %r65_0.w = sext i32 %r65_0 to i64
  %r65_1 = call i32 @llvm.ushl.sat.i32(i32 %in65_261, i32 %in65_262)
  %r65_1.w = zext i32 %r65_1 to i64
  %r65_2 = shl i32 %in65_261, %in65_262
  %r65_2.w = sext i32 %r65_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt65, ptr @lab65, i64 %r65_0.w, i64 %r65_1.w, i64 %r65_2.w)
  %in66_265 = load i32, ptr @in66_264
  %in66_266 = load i32, ptr @in66_265
  %r66_0 = call i32 @llvm.sshl.sat.i32(i32 %in66_265, i32 %in66_266)
  %r66_0.w = sext i32 %r66_0 to i64
  %r66_1 = call i32 @llvm.ushl.sat.i32(i32 %in66_265, i32 %in66_266)
  %r66_1.w = zext i32 %r66_1 to i64
  %r66_2 = shl i32 %in66_265, %in66_266
  %r66_2.w = sext i32 %r66_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt66, ptr @lab66, i64 %r66_0.w, i64 %r66_1.w, i64 %r66_2.w)
  %in67_269 = load i32, ptr @in67_268
  %in67_270 = load i32, ptr @in67_269
  %r67_0 = call i32 @llvm.sshl.sat.i32(i32 %in67_269, i32 %in67_270)
  %r67_0.w = sext i32 %r67_0 to i64
  %r67_1 = call i32 @llvm.ushl.sat.i32(i32 %in67_269, i32 %in67_270)
  %r67_1.w = zext i32 %r67_1 to i64
  %r67_2 = shl i32 %in67_269, %in67_270
  %r67_2.w = sext i32 %r67_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt67, ptr @lab67, i64 %r67_0.w, i64 %r67_1.w, i64 %r67_2.w)
  %in68_273 = load i32, ptr @in68_272
  %in68_274 = load i32, ptr @in68_273
  %r68_0 = call i32 @llvm.sshl.sat.i32(i32 %in68_273, i32 %in68_274)
  %r68_0.w = sext i32 %r68_0 to i64
  %r68_1 = call i32 @llvm.ushl.sat.i32(i32 %in68_273, i32 %in68_274)
  %r68_1.w = zext i32 %r68_1 to i64
  %r68_2 = shl i32 %in68_273, %in68_274
  %r68_2.w = sext i32 %r68_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt68, ptr @lab68, i64 %r68_0.w, i64 %r68_1.w, i64 %r68_2.w)
  %in69_277 = load i32, ptr @in69_276
  %in69_278 = load i32, ptr @in69_277
  %r69_0 = call i32 @llvm.sshl.sat.i32(i32 %in69_277, i32 %in69_278)
  %r69_0.w = sext i32 %r69_0 to i64
  %r69_1 = call i32 @llvm.ushl.sat.i32(i32 %in69_277, i32 %in69_278)
  %r69_1.w = zext i32 %r69_1 to i64
  %r69_2 = shl i32 %in69_277, %in69_278
  %r69_2.w = sext i32 %r69_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt69, ptr @lab69, i64 %r69_0.w, i64 %r69_1.w, i64 %r69_2.w)
  %in70_281 = load i32, ptr @in70_280
  %in70_282 = load i32, ptr @in70_281
  %r70_0 = call i32 @llvm.sshl.sat.i32(i32 %in70_281, i32 %in70_282)
  %r70_0.w = sext i32 %r70_0 to i64
  %r70_1 = call i32 @llvm.ushl.sat.i32(i32 %in70_281, i32 %in70_282)
  %r70_1.w = zext i32 %r70_1 to i64
  %r70_2 = shl i32 %in70_281, %in70_282
  %r70_2.w = sext i32 %r70_2 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt70, ptr @lab70, i64 %r70_0.w, i64 %r70_1.w, i64 %r70_2.w)
  %in71_285 = load i64, ptr @in71_284
  %in71_286 = load i64, ptr @in71_285
  %r71_0 = call i64 @llvm.sadd.sat.i64(i64 %in71_285, i64 %in71_286)
  %r71_1 = call i64 @llvm.uadd.sat.i64(i64 %in71_285, i64 %in71_286)
  %r71_2 = call i64 @llvm.ssub.sat.i64(i64 %in71_285, i64 %in71_286)
  %r71_3 = call i64 @llvm.usub.sat.i64(i64 %in71_285, i64 %in71_286)
  call i32 (ptr, ...) @printf(ptr @mfmt71, ptr @lab71, i64 %r71_0, i64 %r71_1, i64 %r71_2, i64 %r71_3)
  %in72_289 = load i64, ptr @in72_288
  %in72_290 = load i64, ptr @in72_289
  %r72_0 = call i64 @llvm.sadd.sat.i64(i64 %in72_289, i64 %in72_290)
  %r72_1 = call i64 @llvm.uadd.sat.i64(i64 %in72_289, i64 %in72_290)
  %r72_2 = call i64 @llvm.ssub.sat.i64(i64 %in72_289, i64 %in72_290)
  %r72_3 = call i64 @llvm.usub.sat.i64(i64 %in72_289, i64 %in72_290)
  call i32 (ptr, ...) @printf(ptr @mfmt72, ptr @lab72, i64 %r72_0, i64 %r72_1, i64 %r72_2, i64 %r72_3)
  %in73_293 = load i64, ptr @in73_292
  %in73_294 = load i64, ptr @in73_293
  %r73_0 = call i64 @llvm.sadd.sat.i64(i64 %in73_293, i64 %in73_294)
  %r73_1 = call i64 @llvm.uadd.sat.i64(i64 %in73_293, i64 %in73_294)
  %r73_2 = call i64 @llvm.ssub.sat.i64(i64 %in73_293, i64 %in73_294)
  %r73_3 = call i64 @llvm.usub.sat.i64(i64 %in73_293, i64 %in73_294)
  call i32 (ptr, ...) @printf(ptr @mfmt73, ptr @lab73, i64 %r73_0, i64 %r73_1, i64 %r73_2, i64 %r73_3)
  %in74_297 = load i64, ptr @in74_296
  %in74_298 = load i64, ptr @in74_297
  %r74_0 = call i64 @llvm.sadd.sat.i64(i64 %in74_297, i64 %in74_298)
  %r74_1 = call i64 @llvm.uadd.sat.i64(i64 %in74_297, i64 %in74_298)
  %r74_2 = call i64 @llvm.ssub.sat.i64(i64 %in74_297, i64 %in74_298)
  %r74_3 = call i64 @llvm.usub.sat.i64(i64 %in74_297, i64 %in74_298)
  call i32 (ptr, ...) @printf(ptr @mfmt74, ptr @lab74, i64 %r74_0, i64 %r74_1, i64 %r74_2, i64 %r74_3)
  %in75_301 = load i64, ptr @in75_300
  %in75_302 = load i64, ptr @in75_301
  %r75_0 = call i64 @llvm.sadd.sat.i64(i64 %in75_301, i64 %in75_302)
  %r75_1 = call i64 @llvm.uadd.sat.i64(i64 %in75_301, i64 %in75_302)
  %r75_2 = call i64 @llvm.ssub.sat.i64(i64 %in75_301, i64 %in75_302)
  %r75_3 = call i64 @llvm.usub.sat.i64(i64 %in75_301, i64 %in75_302)
  call i32 (ptr, ...) @printf(ptr @mfmt75, ptr @lab75, i64 %r75_0, i64 %r75_1, i64 %r75_2, i64 %r75_3)
  %in76_305 = load i64, ptr @in76_304
  %in76_306 = load i64, ptr @in76_305
  %r76_0 = call i64 @llvm.sadd.sat.i64(i64 %in76_305, i64 %in76_306)
  %r76_1 = call i64 @llvm.uadd.sat.i64(i64 %in76_305, i64 %in76_306)
  %r76_2 = call i64 @llvm.ssub.sat.i64(i64 %in76_305, i64 %in76_306)
  %r76_3 = call i64 @llvm.usub.sat.i64(i64 %in76_305, i64 %in76_306)
  call i32 (ptr, ...) @printf(ptr @mfmt76, ptr @lab76, i64 %r76_0, i64 %r76_1, i64 %r76_2, i64 %r76_3)
  %in77_309 = load i64, ptr @in77_308
  %in77_310 = load i64, ptr @in77_309
  %r77_0 = call i64 @llvm.sshl.sat.i64(i64 %in77_309, i64 %in77_310)
  %r77_1 = call i64 @llvm.ushl.sat.i64(i64 %in77_309, i64 %in77_310)
  %r77_2 = shl i64 %in77_309, %in77_310
  call i32 (ptr, ...) @printf(ptr @mfmt77, ptr @lab77, i64 %r77_0, i64 %r77_1, i64 %r77_2)
  %in78_313 = load i64, ptr @in78_312
  %in78_314 = load i64, ptr @in78_313
  %r78_0 = call i64 @llvm.sshl.sat.i64(i64 %in78_313, i64 %in78_314)
  %r78_1 = call i64 @llvm.ushl.sat.i64(i64 %in78_313, i64 %in78_314)
  %r78_2 = shl i64 %in78_313, %in78_314
  call i32 (ptr, ...) @printf(ptr @mfmt78, ptr @lab78, i64 %r78_0, i64 %r78_1, i64 %r78_2)
  %in79_317 = load i64, ptr @in79_316
  %in79_318 = load i64, ptr @in79_317
  %r79_0 = call i64 @llvm.sshl.sat.i64(i64 %in79_317, i64 %in79_318)
  %r79_1 = call i64 @llvm.ushl.sat.i64(i64 %in79_317, i64 %in79_318)
  %r79_2 = shl i64 %in79_317, %in79_318
  call i32 (ptr, ...) @printf(ptr @mfmt79, ptr @lab79, i64 %r79_0, i64 %r79_1, i64 %r79_2)
  %in80_321 = load i64, ptr @in80_320
  %in80_322 = load i64, ptr @in80_321
  %r80_0 = call i64 @llvm.sshl.sat.i64(i64 %in80_321, i64 %in80_322)
  %r80_1 = call i64 @llvm.ushl.sat.i64(i64 %in80_321, i64 %in80_322)
  %r80_2 = shl i64 %in80_321, %in80_322
  call i32 (ptr, ...) @printf(ptr @mfmt80, ptr @lab80, i64 %r80_0, i64 %r80_1, i64 %r80_2)
  %in81_325 = load i64, ptr @in81_324
  %in81_326 = load i64, ptr @in81_325
  %r81_0 = call i64 @llvm.sshl.sat.i64(i64 %in81_325, i64 %in81_326)
  %r81_1 = call i64 @llvm.ushl.sat.i64(i64 %in81_325, i64 %in81_326)
  %r81_2 = shl i64 %in81_325, %in81_326
  call i32 (ptr, ...) @printf(ptr @mfmt81, ptr @lab81, i64 %r81_0, i64 %r81_1, i64 %r81_2)
  %in82_329 = load i64, ptr @in82_328
  %in82_330 = load i64, ptr @in82_329
  %r82_0 = call i64 @llvm.sshl.sat.i64(i64 %in82_329, i64 %in82_330)
  %r82_1 = call i64 @llvm.ushl.sat.i64(i64 %in82_329, i64 %in82_330)
  %r82_2 = shl i64 %in82_329, %in82_330
  call i32 (ptr, ...) @printf(ptr @mfmt82, ptr @lab82, i64 %r82_0, i64 %r82_1, i64 %r82_2)
  %in83_333 = load i64, ptr @in83_332
  %in83_334 = load i64, ptr @in83_333
  %r83_0 = call i64 @llvm.sshl.sat.i64(i64 %in83_333, i64 %in83_334)
  %r83_1 = call i64 @llvm.ushl.sat.i64(i64 %in83_333, i64 %in83_334)
  %r83_2 = shl i64 %in83_333, %in83_334
  call i32 (ptr, ...) @printf(ptr @mfmt83, ptr @lab83, i64 %r83_0, i64 %r83_1, i64 %r83_2)
  %in84_337 = load i8, ptr @in84_336
  %in84_338 = load i8, ptr @in84_337
  %r84_0 = call i8 @llvm.smin.i8(i8 %in84_337, i8 %in84_338)
  %r84_0.w = sext i8 %r84_0 to i64
  %r84_1 = call i8 @llvm.smax.i8(i8 %in84_337, i8 %in84_338)
  %r84_1.w = sext i8 %r84_1 to i64
  %r84_2 = call i8 @llvm.umin.i8(i8 %in84_337, i8 %in84_338)
  %r84_2.w = zext i8 %r84_2 to i64
  %r84_3 = call i8 @llvm.umax.i8(i8 %in84_337, i8 %in84_338)
  %r84_3.w = zext i8 %r84_3 to i64
  %r84_4 = call i8 @llvm.scmp.i8.i8(i8 %in84_337, i8 %in84_338)
  %r84_4.w = sext i8 %r84_4 to i64
  %r84_5 = call i32 @llvm.ucmp.i32.i8(i8 %in84_337, i8 %in84_338)
  %r84_5.w = sext i32 %r84_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt84, ptr @lab84, i64 %r84_0.w, i64 %r84_1.w, i64 %r84_2.w, i64 %r84_3.w, i64 %r84_4.w, i64 %r84_5.w)
  %in85_341 = load i8, ptr @in85_340
  %in85_342 = load i8, ptr @in85_341
  %r85_0 = call i8 @llvm.smin.i8(i8 %in85_341, i8 %in85_342)
  %r85_0.w = sext i8 %r85_0 to i64
  %r85_1 = call i8 @llvm.smax.i8(i8 %in85_341, i8 %in85_342)
  %r85_1.w = sext i8 %r85_1 to i64
  %r85_2 = call i8 @llvm.umin.i8(i8 %in85_341, i8 %in85_342)
  %r85_2.w = zext i8 %r85_2 to i64
  %r85_3 = call i8 @llvm.umax.i8(i8 %in85_341, i8 %in85_342)
  %r85_3.w = zext i8 %r85_3 to i64
  %r85_4 = call i8 @llvm.scmp.i8.i8(i8 %in85_341, i8 %in85_342)
  %r85_4.w = sext i8 %r85_4 to i64
  %r85_5 = call i32 @llvm.ucmp.i32.i8(i8 %in85_341, i8 %in85_342)
  %r85_5.w = sext i32 %r85_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt85, ptr @lab85, i64 %r85_0.w, i64 %r85_1.w, i64 %r85_2.w, i64 %r85_3.w, i64 %r85_4.w, i64 %r85_5.w)
  %in86_345 = load i8, ptr @in86_344
  %in86_346 = load i8, ptr @in86_345
  %r86_0 = call i8 @llvm.smin.i8(i8 %in86_345, i8 %in86_346)
  %r86_0.w = sext i8 %r86_0 to i64
  %r86_1 = call i8 @llvm.smax.i8(i8 %in86_345, i8 %in86_346)
  %r86_1.w = sext i8 %r86_1 to i64
  %r86_2 = call i8 @llvm.umin.i8(i8 %in86_345, i8 %in86_346)
  %r86_2.w = zext i8 %r86_2 to i64
  %r86_3 = call i8 @llvm.umax.i8(i8 %in86_345, i8 %in86_346)
  %r86_3.w = zext i8 %r86_3 to i64
  %r86_4 = call i8 @llvm.scmp.i8.i8(i8 %in86_345, i8 %in86_346)
  %r86_4.w = sext i8 %r86_4 to i64
  %r86_5 = call i32 @llvm.ucmp.i32.i8(i8 %in86_345, i8 %in86_346)
  %r86_5.w = sext i32 %r86_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt86, ptr @lab86, i64 %r86_0.w, i64 %r86_1.w, i64 %r86_2.w, i64 %r86_3.w, i64 %r86_4.w, i64 %r86_5.w)
  %in87_349 = load i8, ptr @in87_348
  %in87_350 = load i8, ptr @in87_349
  %r87_0 = call i8 @llvm.smin.i8(i8 %in87_349, i8 %in87_350)
  %r87_0.w = sext i8 %r87_0 to i64
  %r87_1 = call i8 @llvm.smax.i8(i8 %in87_349, i8 %in87_350)
  %r87_1.w = sext i8 %r87_1 to i64
  %r87_2 = call i8 @llvm.umin.i8(i8 %in87_349, i8 %in87_350)
  %r87_2.w = zext i8 %r87_2 to i64
  %r87_3 = call i8 @llvm.umax.i8(i8 %in87_349, i8 %in87_350)
  %r87_3.w = zext i8 %r87_3 to i64
  %r87_4 = call i8 @llvm.scmp.i8.i8(i8 %in87_349, i8 %in87_350)
  %r87_4.w = sext i8 %r87_4 to i64
  %r87_5 = call i32 @llvm.ucmp.i32.i8(i8 %in87_349, i8 %in87_350)
  %r87_5.w = sext i32 %r87_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt87, ptr @lab87, i64 %r87_0.w, i64 %r87_1.w, i64 %r87_2.w, i64 %r87_3.w, i64 %r87_4.w, i64 %r87_5.w)
  %in88_353 = load i8, ptr @in88_352
  %in88_354 = load i8, ptr @in88_353
  %in88_355 = load i8, ptr @in88_354
  %in88_356 = load i8, ptr @in88_355
  %in88_357 = load i8, ptr @in88_356
  %r88_0 = call i8 @llvm.abs.i8(i8 %in88_353, i1 false)
  %r88_0.w = sext i8 %r88_0 to i64
  %r88_1 = call i8 @llvm.abs.i8(i8 %in88_354, i1 false)
  %r88_1.w = sext i8 %r88_1 to i64
  %r88_2 = call i8 @llvm.abs.i8(i8 %in88_355, i1 false)
  %r88_2.w = sext i8 %r88_2 to i64
  %r88_3 = call i8 @llvm.abs.i8(i8 %in88_356, i1 false)
  %r88_3.w = sext i8 %r88_3 to i64
  %r88_4 = call i8 @llvm.abs.i8(i8 %in88_357, i1 true)
  %r88_4.w = sext i8 %r88_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt88, ptr @lab88, i64 %r88_0.w, i64 %r88_1.w, i64 %r88_2.w, i64 %r88_3.w, i64 %r88_4.w)
  %in89_360 = load i32, ptr @in89_359
  %in89_361 = load i32, ptr @in89_360
  %r89_0 = call i32 @llvm.smin.i32(i32 %in89_360, i32 %in89_361)
  %r89_0.w = sext i32 %r89_0 to i64
  %r89_1 = call i32 @llvm.smax.i32(i32 %in89_360, i32 %in89_361)
  %r89_1.w = sext i32 %r89_1 to i64
  %r89_2 = call i32 @llvm.umin.i32(i32 %in89_360, i32 %in89_361)
  %r89_2.w = zext i32 %r89_2 to i64
  %r89_3 = call i32 @llvm.umax.i32(i32 %in89_360, i32 %in89_361)
  %r89_3.w = zext i32 %r89_3 to i64
  %r89_4 = call i8 @llvm.scmp.i8.i32(i32 %in89_360, i32 %in89_361)
  %r89_4.w = sext i8 %r89_4 to i64
  %r89_5 = call i32 @llvm.ucmp.i32.i32(i32 %in89_360, i32 %in89_361)
  %r89_5.w = sext i32 %r89_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt89, ptr @lab89, i64 %r89_0.w, i64 %r89_1.w, i64 %r89_2.w, i64 %r89_3.w, i64 %r89_4.w, i64 %r89_5.w)
  %in90_364 = load i32, ptr @in90_363
  %in90_365 = load i32, ptr @in90_364
  %r90_0 = call i32 @llvm.smin.i32(i32 %in90_364, i32 %in90_365)
  %r90_0.w = sext i32 %r90_0 to i64
  %r90_1 = call i32 @llvm.smax.i32(i32 %in90_364, i32 %in90_365)
  %r90_1.w = sext i32 %r90_1 to i64
  %r90_2 = call i32 @llvm.umin.i32(i32 %in90_364, i32 %in90_365)
  %r90_2.w = zext i32 %r90_2 to i64
  %r90_3 = call i32 @llvm.umax.i32(i32 %in90_364, i32 %in90_365)
  %r90_3.w = zext i32 %r90_3 to i64
  %r90_4 = call i8 @llvm.scmp.i8.i32(i32 %in90_364, i32 %in90_365)
  %r90_4.w = sext i8 %r90_4 to i64
  %r90_5 = call i32 @llvm.ucmp.i32.i32(i32 %in90_364, i32 %in90_365)
  %r90_5.w = sext i32 %r90_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt90, ptr @lab90, i64 %r90_0.w, i64 %r90_1.w, i64 %r90_2.w, i64 %r90_3.w, i64 %r90_4.w, i64 %r90_5.w)
  %in91_368 = load i32, ptr @in91_367
  %in91_369 = load i32, ptr @in91_368
  %r91_0 = call i32 @llvm.smin.i32(i32 %in91_368, i32 %in91_369)
  %r91_0.w = sext i32 %r91_0 to i64
  %r91_1 = call i32 @llvm.smax.i32(i32 %in91_368, i32 %in91_369)
  %r91_1.w = sext i32 %r91_1 to i64
  %r91_2 = call i32 @llvm.umin.i32(i32 %in91_368, i32 %in91_369)
  %r91_2.w = zext i32 %r91_2 to i64
  %r91_3 = call i32 @llvm.umax.i32(i32 %in91_368, i32 %in91_369)
  %r91_3.w = zext i32 %r91_3 to i64
  %r91_4 = call i8 @llvm.scmp.i8.i32(i32 %in91_368, i32 %in91_369)
  %r91_4.w = sext i8 %r91_4 to i64
  %r91_5 = call i32 @llvm.ucmp.i32.i32(i32 %in91_368, i32 %in91_369)
  %r91_5.w = sext i32 %r91_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt91, ptr @lab91, i64 %r91_0.w, i64 %r91_1.w, i64 %r91_2.w, i64 %r91_3.w, i64 %r91_4.w, i64 %r91_5.w)
  %in92_372 = load i32, ptr @in92_371
  %in92_373 = load i32, ptr @in92_372
  %r92_0 = call i32 @llvm.smin.i32(i32 %in92_372, i32 %in92_373)
  %r92_0.w = sext i32 %r92_0 to i64
  %r92_1 = call i32 @llvm.smax.i32(i32 %in92_372, i32 %in92_373)
  %r92_1.w = sext i32 %r92_1 to i64
  %r92_2 = call i32 @llvm.umin.i32(i32 %in92_372, i32 %in92_373)
  %r92_2.w = zext i32 %r92_2 to i64
  %r92_3 = call i32 @llvm.umax.i32(i32 %in92_372, i32 %in92_373)
  %r92_3.w = zext i32 %r92_3 to i64
  %r92_4 = call i8 @llvm.scmp.i8.i32(i32 %in92_372, i32 %in92_373)
  %r92_4.w = sext i8 %r92_4 to i64
  %r92_5 = call i32 @llvm.ucmp.i32.i32(i32 %in92_372, i32 %in92_373)
  %r92_5.w = sext i32 %r92_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt92, ptr @lab92, i64 %r92_0.w, i64 %r92_1.w, i64 %r92_2.w, i64 %r92_3.w, i64 %r92_4.w, i64 %r92_5.w)
  %in93_376 = load i32, ptr @in93_375
  %in93_377 = load i32, ptr @in93_376
  %in93_378 = load i32, ptr @in93_377
  %in93_379 = load i32, ptr @in93_378
  %in93_380 = load i32, ptr @in93_379
  %r93_0 = call i32 @llvm.abs.i32(i32 %in93_376, i1 false)
  %r93_0.w = sext i32 %r93_0 to i64
  %r93_1 = call i32 @llvm.abs.i32(i32 %in93_377, i1 false)
  %r93_1.w = sext i32 %r93_1 to i64
  %r93_2 = call i32 @llvm.abs.i32(i32 %in93_378, i1 false)
  %r93_2.w = sext i32 %r93_2 to i64
  %r93_3 = call i32 @llvm.abs.i32(i32 %in93_379, i1 false)
  %r93_3.w = sext i32 %r93_3 to i64
  %r93_4 = call i32 @llvm.abs.i32(i32 %in93_380, i1 true)
  %r93_4.w = sext i32 %r93_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt93, ptr @lab93, i64 %r93_0.w, i64 %r93_1.w, i64 %r93_2.w, i64 %r93_3.w, i64 %r93_4.w)
  %in94_383 = load i64, ptr @in94_382
  %in94_384 = load i64, ptr @in94_383
  %r94_0 = call i64 @llvm.smin.i64(i64 %in94_383, i64 %in94_384)
  %r94_1 = call i64 @llvm.smax.i64(i64 %in94_383, i64 %in94_384)
  %r94_2 = call i64 @llvm.umin.i64(i64 %in94_383, i64 %in94_384)
  %r94_3 = call i64 @llvm.umax.i64(i64 %in94_383, i64 %in94_384)
  %r94_4 = call i8 @llvm.scmp.i8.i64(i64 %in94_383, i64 %in94_384)
  %r94_4.w = sext i8 %r94_4 to i64
  %r94_5 = call i32 @llvm.ucmp.i32.i64(i64 %in94_383, i64 %in94_384)
  %r94_5.w = sext i32 %r94_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt94, ptr @lab94, i64 %r94_0, i64 %r94_1, i64 %r94_2, i64 %r94_3, i64 %r94_4.w, i64 %r94_5.w)
  %in95_387 = load i64, ptr @in95_386
  %in95_388 = load i64, ptr @in95_387
  %r95_0 = call i64 @llvm.smin.i64(i64 %in95_387, i64 %in95_388)
  %r95_1 = call i64 @llvm.smax.i64(i64 %in95_387, i64 %in95_388)
  %r95_2 = call i64 @llvm.umin.i64(i64 %in95_387, i64 %in95_388)
  %r95_3 = call i64 @llvm.umax.i64(i64 %in95_387, i64 %in95_388)
  %r95_4 = call i8 @llvm.scmp.i8.i64(i64 %in95_387, i64 %in95_388)
  %r95_4.w = sext i8 %r95_4 to i64
  %r95_5 = call i32 @llvm.ucmp.i32.i64(i64 %in95_387, i64 %in95_388)
  %r95_5.w = sext i32 %r95_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt95, ptr @lab95, i64 %r95_0, i64 %r95_1, i64 %r95_2, i64 %r95_3, i64 %r95_4.w, i64 %r95_5.w)
  %in96_391 = load i64, ptr @in96_390
  %in96_392 = load i64, ptr @in96_391
  %r96_0 = call i64 @llvm.smin.i64(i64 %in96_391, i64 %in96_392)
  %r96_1 = call i64 @llvm.smax.i64(i64 %in96_391, i64 %in96_392)
  %r96_2 = call i64 @llvm.umin.i64(i64 %in96_391, i64 %in96_392)
  %r96_3 = call i64 @llvm.umax.i64(i64 %in96_391, i64 %in96_392)
  %r96_4 = call i8 @llvm.scmp.i8.i64(i64 %in96_391, i64 %in96_392)
  %r96_4.w = sext i8 %r96_4 to i64
  %r96_5 = call i32 @llvm.ucmp.i32.i64(i64 %in96_391, i64 %in96_392)
  %r96_5.w = sext i32 %r96_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt96, ptr @lab96, i64 %r96_0, i64 %r96_1, i64 %r96_2, i64 %r96_3, i64 %r96_4.w, i64 %r96_5.w)
  %in97_395 = load i64, ptr @in97_394
  %in97_396 = load i64, ptr @in97_395
  %r97_0 = call i64 @llvm.smin.i64(i64 %in97_395, i64 %in97_396)
  %r97_1 = call i64 @llvm.smax.i64(i64 %in97_395, i64 %in97_396)
  %r97_2 = call i64 @llvm.umin.i64(i64 %in97_395, i64 %in97_396)
  %r97_3 = call i64 @llvm.umax.i64(i64 %in97_395, i64 %in97_396)
  %r97_4 = call i8 @llvm.scmp.i8.i64(i64 %in97_395, i64 %in97_396)
  %r97_4.w = sext i8 %r97_4 to i64
  %r97_5 = call i32 @llvm.ucmp.i32.i64(i64 %in97_395, i64 %in97_396)
  %r97_5.w = sext i32 %r97_5 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt97, ptr @lab97, i64 %r97_0, i64 %r97_1, i64 %r97_2, i64 %r97_3, i64 %r97_4.w, i64 %r97_5.w)
  %in98_399 = load i64, ptr @in98_398
  %in98_400 = load i64, ptr @in98_399
  %in98_401 = load i64, ptr @in98_400
  %in98_402 = load i64, ptr @in98_401
  %in98_403 = load i64, ptr @in98_402
  %r98_0 = call i64 @llvm.abs.i64(i64 %in98_399, i1 false)
  %r98_1 = call i64 @llvm.abs.i64(i64 %in98_400, i1 false)
  %r98_2 = call i64 @llvm.abs.i64(i64 %in98_401, i1 false)
  %r98_3 = call i64 @llvm.abs.i64(i64 %in98_402, i1 false)
  %r98_4 = call i64 @llvm.abs.i64(i64 %in98_403, i1 true)
  call i32 (ptr, ...) @printf(ptr @mfmt98, ptr @lab98, i64 %r98_0, i64 %r98_1, i64 %r98_2, i64 %r98_3, i64 %r98_4)
  %in99_406 = load i3, ptr @in99_405
  %in99_407 = load i3, ptr @in99_406
  %r99_0 = call i2 @llvm.scmp.i2.i3(i3 %in99_406, i3 %in99_407)
  %r99_0.w = sext i2 %r99_0 to i64
  %r99_1 = call i2 @llvm.ucmp.i2.i3(i3 %in99_406, i3 %in99_407)
  %r99_1.w = sext i2 %r99_1 to i64
  %r99_2 = call i3 @llvm.smin.i3(i3 %in99_406, i3 %in99_407)
  %r99_2.w = sext i3 %r99_2 to i64
  %r99_3 = call i3 @llvm.umax.i3(i3 %in99_406, i3 %in99_407)
  %r99_3.w = zext i3 %r99_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt99, ptr @lab99, i64 %r99_0.w, i64 %r99_1.w, i64 %r99_2.w, i64 %r99_3.w)
  %in100_410 = load i32, ptr @in100_409
  %in100_411 = load i32, ptr @in100_410
  %in100_412 = load i32, ptr @in100_411
  %in100_413 = load i32, ptr @in100_412
  %in100_414 = load i32, ptr @in100_413
  %r100_0 = call i32 @llvm.smul.fix.i32(i32 %in100_410, i32 %in100_411, i32 16)
  %r100_0.w = sext i32 %r100_0 to i64
  %r100_1 = call i32 @llvm.smul.fix.i32(i32 %in100_412, i32 %in100_411, i32 16)
  %r100_1.w = sext i32 %r100_1 to i64
  %r100_2 = call i32 @llvm.umul.fix.i32(i32 %in100_410, i32 %in100_411, i32 16)
  %r100_2.w = zext i32 %r100_2 to i64
  %r100_3 = call i32 @llvm.smul.fix.i32(i32 %in100_413, i32 %in100_414, i32 0)
  %r100_3.w = sext i32 %r100_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt100, ptr @lab100, i64 %r100_0.w, i64 %r100_1.w, i64 %r100_2.w, i64 %r100_3.w)
  %in101_417 = load i32, ptr @in101_416
  %in101_418 = load i32, ptr @in101_417
  %in101_419 = load i32, ptr @in101_418
  %in101_420 = load i32, ptr @in101_419
  %r101_0 = call i32 @llvm.smul.fix.sat.i32(i32 %in101_417, i32 %in101_417, i32 16)
  %r101_0.w = sext i32 %r101_0 to i64
  %r101_1 = call i32 @llvm.smul.fix.sat.i32(i32 %in101_418, i32 %in101_417, i32 16)
  %r101_1.w = sext i32 %r101_1 to i64
  %r101_2 = call i32 @llvm.umul.fix.sat.i32(i32 %in101_420, i32 %in101_420, i32 16)
  %r101_2.w = zext i32 %r101_2 to i64
  %r101_3 = call i32 @llvm.umul.fix.sat.i32(i32 %in101_420, i32 %in101_419, i32 16)
  %r101_3.w = zext i32 %r101_3 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt101, ptr @lab101, i64 %r101_0.w, i64 %r101_1.w, i64 %r101_2.w, i64 %r101_3.w)
  %in102_423 = load i32, ptr @in102_422
  %in102_424 = load i32, ptr @in102_423
  %in102_425 = load i32, ptr @in102_424
  %in102_426 = load i32, ptr @in102_425
  %in102_427 = load i32, ptr @in102_426
  %in102_428 = load i32, ptr @in102_427
  %in102_429 = load i32, ptr @in102_428
  %in102_430 = load i32, ptr @in102_429
  %in102_431 = load i32, ptr @in102_430
  %r102_0 = call i32 @llvm.sdiv.fix.i32(i32 %in102_423, i32 %in102_424, i32 16)
  %r102_0.w = sext i32 %r102_0 to i64
  %r102_1 = call i32 @llvm.sdiv.fix.i32(i32 %in102_425, i32 %in102_424, i32 16)
  %r102_1.w = sext i32 %r102_1 to i64
  %r102_2 = call i32 @llvm.udiv.fix.i32(i32 %in102_426, i32 %in102_427, i32 16)
  %r102_2.w = zext i32 %r102_2 to i64
  %r102_3 = call i32 @llvm.sdiv.fix.sat.i32(i32 %in102_428, i32 %in102_429, i32 16)
  %r102_3.w = sext i32 %r102_3 to i64
  %r102_4 = call i32 @llvm.udiv.fix.sat.i32(i32 %in102_430, i32 %in102_431, i32 16)
  %r102_4.w = zext i32 %r102_4 to i64
  call i32 (ptr, ...) @printf(ptr @mfmt102, ptr @lab102, i64 %r102_0.w, i64 %r102_1.w, i64 %r102_2.w, i64 %r102_3.w, i64 %r102_4.w)
  ret i32 0
}
