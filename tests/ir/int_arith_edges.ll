; purpose: integer add/sub/mul/udiv/sdiv/urem/srem at i8..i64 with INT_MIN, -1 and wraparound, shifts by width-1, nsw/nuw/exact/disjoint/nneg flags on defined values, odd widths (i1, i3, i17, i33, i63) through sext/zext/trunc
; stdout: i8 -128 -1: add=127 sub=-127 mul=-128 udiv=0 sdiv=-128 urem=128 srem=0
; stdout: i8 127 1: add=-128 sub=126 mul=127 udiv=127 sdiv=127 urem=0 srem=0
; stdout: i8 -128 2: add=-126 sub=126 mul=0 udiv=64 sdiv=-64 urem=0 srem=0
; stdout: i8 -7 2: add=-5 sub=-9 mul=-14 udiv=124 sdiv=-3 urem=1 srem=-1
; stdout: i8 7 -2: add=5 sub=9 mul=-14 udiv=0 sdiv=-3 urem=7 srem=1
; stdout: i8 -1 -128: add=127 sub=127 mul=-128 udiv=1 sdiv=0 urem=127 srem=-1
; stdout: i8 100 100: add=-56 sub=0 mul=16 udiv=1 sdiv=1 urem=0 srem=0
; stdout: i8 -100 3: add=-97 sub=-103 mul=-44 udiv=52 sdiv=-33 urem=0 srem=-1
; stdout: i8 -128 0: add=-128 sub=-128 mul=0 udiv=128 sdiv=-128 urem=0 srem=0
; stdout: i8 -128 by 7: shl=0 lshr=1 ashr=-1
; stdout: i8 -1 by 7: shl=-128 lshr=1 ashr=-1
; stdout: i8 -5 by 1: shl=-10 lshr=125 ashr=-3
; stdout: i8 1 by 7: shl=-128 lshr=0 ashr=0
; stdout: i8 85 by 4: shl=80 lshr=5 ashr=5
; stdout: i8 -2 by 0: shl=-2 lshr=254 ashr=-2
; stdout: i8 -127 by 3: shl=8 lshr=16 ashr=-16
; stdout: i16 -32768 -1: add=32767 sub=-32767 mul=-32768 udiv=0 sdiv=-32768 urem=32768 srem=0
; stdout: i16 32767 1: add=-32768 sub=32766 mul=32767 udiv=32767 sdiv=32767 urem=0 srem=0
; stdout: i16 -32768 3: add=-32765 sub=32765 mul=-32768 udiv=10922 sdiv=-10922 urem=2 srem=-2
; stdout: i16 -7 2: add=-5 sub=-9 mul=-14 udiv=32764 sdiv=-3 urem=1 srem=-1
; stdout: i16 300 300: add=600 sub=0 mul=24464 udiv=1 sdiv=1 urem=0 srem=0
; stdout: i16 -1 16: add=15 sub=-17 mul=-16 udiv=4095 sdiv=0 urem=15 srem=-1
; stdout: i16 12345 0: add=12345 sub=12345 mul=0 udiv=12345 sdiv=12345 urem=0 srem=0
; stdout: i16 -32768 by 15: shl=0 lshr=1 ashr=-1
; stdout: i16 -1 by 15: shl=-32768 lshr=1 ashr=-1
; stdout: i16 -5 by 1: shl=-10 lshr=32765 ashr=-3
; stdout: i16 1 by 15: shl=-32768 lshr=0 ashr=0
; stdout: i16 21845 by 8: shl=21760 lshr=85 ashr=85
; stdout: i16 -2 by 0: shl=-2 lshr=65534 ashr=-2
; stdout: i16 -32767 by 3: shl=8 lshr=4096 ashr=-4096
; stdout: i32 -2147483648 -1: add=2147483647 sub=-2147483647 mul=-2147483648 udiv=0 sdiv=-2147483648 urem=2147483648 srem=0
; stdout: i32 2147483647 1: add=-2147483648 sub=2147483646 mul=2147483647 udiv=2147483647 sdiv=2147483647 urem=0 srem=0
; stdout: i32 -2147483648 7: add=-2147483641 sub=2147483641 mul=-2147483648 udiv=306783378 sdiv=-306783378 urem=2 srem=-2
; stdout: i32 -7 2: add=-5 sub=-9 mul=-14 udiv=2147483644 sdiv=-3 urem=1 srem=-1
; stdout: i32 65536 65536: add=131072 sub=0 mul=0 udiv=1 sdiv=1 urem=0 srem=0
; stdout: i32 -1 -2: add=-3 sub=1 mul=2 udiv=1 sdiv=0 urem=1 srem=-1
; stdout: i32 -5 0: add=-5 sub=-5 mul=0 udiv=4294967291 sdiv=-5 urem=0 srem=0
; stdout: i32 -2147483648 by 31: shl=0 lshr=1 ashr=-1
; stdout: i32 -1 by 31: shl=-2147483648 lshr=1 ashr=-1
; stdout: i32 -5 by 1: shl=-10 lshr=2147483645 ashr=-3
; stdout: i32 1 by 31: shl=-2147483648 lshr=0 ashr=0
; stdout: i32 1431655765 by 16: shl=1431633920 lshr=21845 ashr=21845
; stdout: i32 -2 by 0: shl=-2 lshr=4294967294 ashr=-2
; stdout: i32 -2147483647 by 3: shl=8 lshr=268435456 ashr=-268435456
; stdout: i64 -9223372036854775808 -1: add=9223372036854775807 sub=-9223372036854775807 mul=-9223372036854775808 udiv=0 sdiv=-9223372036854775808 urem=9223372036854775808 srem=0
; stdout: i64 9223372036854775807 1: add=-9223372036854775808 sub=9223372036854775806 mul=9223372036854775807 udiv=9223372036854775807 sdiv=9223372036854775807 urem=0 srem=0
; stdout: i64 -9223372036854775808 10: add=-9223372036854775798 sub=9223372036854775798 mul=0 udiv=922337203685477580 sdiv=-922337203685477580 urem=8 srem=-8
; stdout: i64 -7 2: add=-5 sub=-9 mul=-14 udiv=9223372036854775804 sdiv=-3 urem=1 srem=-1
; stdout: i64 4294967296 4294967296: add=8589934592 sub=0 mul=0 udiv=1 sdiv=1 urem=0 srem=0
; stdout: i64 -1 3: add=2 sub=-4 mul=-3 udiv=6148914691236517205 sdiv=0 urem=0 srem=-1
; stdout: i64 3037000500 3037000500: add=6074001000 sub=0 mul=-9223372036709301616 udiv=1 sdiv=1 urem=0 srem=0
; stdout: i64 -9223372036854775808 by 63: shl=0 lshr=1 ashr=-1
; stdout: i64 -1 by 63: shl=-9223372036854775808 lshr=1 ashr=-1
; stdout: i64 -5 by 1: shl=-10 lshr=9223372036854775805 ashr=-3
; stdout: i64 1 by 63: shl=-9223372036854775808 lshr=0 ashr=0
; stdout: i64 6148914691236517205 by 32: shl=6148914689804861440 lshr=1431655765 ashr=1431655765
; stdout: i64 -2 by 0: shl=-2 lshr=18446744073709551614 ashr=-2
; stdout: i64 -9223372036854775807 by 3: shl=8 lshr=1152921504606846976 ashr=-1152921504606846976
; stdout: flags: add.nsw=127 add.nuw=255 sub.nsw=-128 sub.nuw=0 mul.nsw=-32768 mul.nuw=65535 shl.nsw=-128 shl.nuw=254
; stdout: exact: udiv=25 sdiv=-25 lshr=3 ashr=-3 or.disjoint=255 zext.nneg=100 trunc.nuw=200 trunc.nsw=-100 samesign=1
; stdout: i1: sext=-1 zext=1 add=0 mul=-1 xor=0
; stdout: i3: trunc(13) sext=-3 zext=5 3+1=-4 3*3=1 -4/3=-1 -4%3=-1 7u/2=3 -4<3=1 -4<u3=0 -4>>2=-1 -4>>>2=1
; stdout: i17: trunc(0x1ffff) sext=-1 zext=131071 65535+1 sext=-65536 zext=65536 -65536/2=-32768 131071u%1000=71 -1*-1=1
; stdout: i33: trunc(2^32) sext=-4294967296 zext=4294967296 0-1 zext=8589934591 -1u/3=2863311530 -1>>1 ashr=-1 lshr=4294967295
; stdout: i63: trunc(-1) sext=-1 zext=9223372036854775807 (2^62-1)+1=-4611686018427387904 2^31*2^32=0 -2^62/3=-1537228672809129301 -2^62%7=-4 -2^62u/3=1537228672809129301

; Each @arithN row divides by the second operand; a zero divisor (and, for sdiv/srem only,
; INT_MIN / -1) is replaced by 1 with a select first, so those rows stay defined.
@arith_fmt8 = private constant [64 x i8] c"i8 %d %d: add=%d sub=%d mul=%d udiv=%u sdiv=%d urem=%u srem=%d\0A\00"
@shift_fmt8 = private constant [37 x i8] c"i8 %d by %d: shl=%d lshr=%u ashr=%d\0A\00"
@arith_fmt16 = private constant [65 x i8] c"i16 %d %d: add=%d sub=%d mul=%d udiv=%u sdiv=%d urem=%u srem=%d\0A\00"
@shift_fmt16 = private constant [38 x i8] c"i16 %d by %d: shl=%d lshr=%u ashr=%d\0A\00"
@arith_fmt32 = private constant [65 x i8] c"i32 %d %d: add=%d sub=%d mul=%d udiv=%u sdiv=%d urem=%u srem=%d\0A\00"
@shift_fmt32 = private constant [38 x i8] c"i32 %d by %d: shl=%d lshr=%u ashr=%d\0A\00"
@arith_fmt64 = private constant [83 x i8] c"i64 %lld %lld: add=%lld sub=%lld mul=%lld udiv=%llu sdiv=%lld urem=%llu srem=%lld\0A\00"
@shift_fmt64 = private constant [48 x i8] c"i64 %lld by %lld: shl=%lld lshr=%llu ashr=%lld\0A\00"
@pairs8 = global [18 x i8] [i8 -128, i8 -1, i8 127, i8 1, i8 -128, i8 2, i8 -7, i8 2, i8 7, i8 -2, i8 -1, i8 -128, i8 100, i8 100, i8 -100, i8 3, i8 -128, i8 0]
@shiftpairs8 = global [14 x i8] [i8 -128, i8 7, i8 -1, i8 7, i8 -5, i8 1, i8 1, i8 7, i8 85, i8 4, i8 -2, i8 0, i8 -127, i8 3]
@pairs16 = global [14 x i16] [i16 -32768, i16 -1, i16 32767, i16 1, i16 -32768, i16 3, i16 -7, i16 2, i16 300, i16 300, i16 -1, i16 16, i16 12345, i16 0]
@shiftpairs16 = global [14 x i16] [i16 -32768, i16 15, i16 -1, i16 15, i16 -5, i16 1, i16 1, i16 15, i16 21845, i16 8, i16 -2, i16 0, i16 -32767, i16 3]
@pairs32 = global [14 x i32] [i32 -2147483648, i32 -1, i32 2147483647, i32 1, i32 -2147483648, i32 7, i32 -7, i32 2, i32 65536, i32 65536, i32 -1, i32 -2, i32 -5, i32 0]
@shiftpairs32 = global [14 x i32] [i32 -2147483648, i32 31, i32 -1, i32 31, i32 -5, i32 1, i32 1, i32 31, i32 1431655765, i32 16, i32 -2, i32 0, i32 -2147483647, i32 3]
@pairs64 = global [14 x i64] [i64 -9223372036854775808, i64 -1, i64 9223372036854775807, i64 1, i64 -9223372036854775808, i64 10, i64 -7, i64 2, i64 4294967296, i64 4294967296, i64 -1, i64 3, i64 3037000500, i64 3037000500]
@shiftpairs64 = global [14 x i64] [i64 -9223372036854775808, i64 63, i64 -1, i64 63, i64 -5, i64 1, i64 1, i64 63, i64 6148914691236517205, i64 32, i64 -2, i64 0, i64 -9223372036854775807, i64 3]

@vsink = global i64 0
@fl1 = private constant [96 x i8] c"flags: add.nsw=%d add.nuw=%u sub.nsw=%d sub.nuw=%d mul.nsw=%d mul.nuw=%u shl.nsw=%d shl.nuw=%u\0A\00"
@fl2 = private constant [106 x i8] c"exact: udiv=%u sdiv=%d lshr=%u ashr=%d or.disjoint=%u zext.nneg=%u trunc.nuw=%u trunc.nsw=%d samesign=%d\0A\00"
@fo1 = private constant [42 x i8] c"i1: sext=%d zext=%d add=%d mul=%d xor=%d\0A\00"
@fo3 = private constant [106 x i8] c"i3: trunc(13) sext=%d zext=%d 3+1=%d 3*3=%d -4/3=%d -4%%3=%d 7u/2=%d -4<3=%d -4<u3=%d -4>>2=%d -4>>>2=%d\0A\00"
@fo17 = private constant [99 x i8] c"i17: trunc(0x1ffff) sext=%d zext=%d 65535+1 sext=%d zext=%d -65536/2=%d 131071u%%1000=%d -1*-1=%d\0A\00"
@fo33 = private constant [89 x i8] c"i33: trunc(2^32) sext=%lld zext=%lld 0-1 zext=%lld -1u/3=%lld -1>>1 ashr=%lld lshr=%lld\0A\00"
@fo63 = private constant [108 x i8] c"i63: trunc(-1) sext=%lld zext=%lld (2^62-1)+1=%lld 2^31*2^32=%lld -2^62/3=%lld -2^62%%7=%lld -2^62u/3=%lld\0A\00"

declare i32 @printf(ptr, ...)

; an opaque identity: a volatile round trip the optimizer cannot see through
define i64 @v(i64 %x) noinline {
  store volatile i64 %x, ptr @vsink
  %r = load volatile i64, ptr @vsink
  ret i64 %r
}

define void @flags() noinline {
entry:
  %k100 = call i64 @v(i64 100)
  %k27 = call i64 @v(i64 27)
  %k200 = call i64 @v(i64 200)
  %k55 = call i64 @v(i64 55)
  %km100 = call i64 @v(i64 -100)
  %k28 = call i64 @v(i64 28)
  %k5 = call i64 @v(i64 5)
  %km128 = call i64 @v(i64 -128)
  %k256 = call i64 @v(i64 256)
  %k255 = call i64 @v(i64 255)
  %k257 = call i64 @v(i64 257)
  %km64 = call i64 @v(i64 -64)
  %k127 = call i64 @v(i64 127)
  %k1 = call i64 @v(i64 1)
  %a8 = trunc i64 %k100 to i8
  %b8 = trunc i64 %k27 to i8
  %add.nsw = add nsw i8 %a8, %b8
  %c8 = trunc i64 %k200 to i8
  %d8 = trunc i64 %k55 to i8
  %add.nuw = add nuw i8 %c8, %d8
  %e8 = trunc i64 %km100 to i8
  %f8 = trunc i64 %k28 to i8
  %sub.nsw = sub nsw i8 %e8, %f8
  %g32 = trunc i64 %k5 to i32
  %sub.nuw = sub nuw i32 %g32, %g32
  %h16 = trunc i64 %km128 to i16
  %i16 = trunc i64 %k256 to i16
  %mul.nsw = mul nsw i16 %h16, %i16
  %j16 = trunc i64 %k255 to i16
  %l16 = trunc i64 %k257 to i16
  %mul.nuw = mul nuw i16 %j16, %l16
  %m8 = trunc i64 %km64 to i8
  %one8 = trunc i64 %k1 to i8
  %shl.nsw = shl nsw i8 %m8, %one8
  %n8 = trunc i64 %k127 to i8
  %shl.nuw = shl nuw i8 %n8, %one8
  %p1 = sext i8 %add.nsw to i32
  %p2 = zext i8 %add.nuw to i32
  %p3 = sext i8 %sub.nsw to i32
  %p5 = sext i16 %mul.nsw to i32
  %p6 = zext i16 %mul.nuw to i32
  %p7 = sext i8 %shl.nsw to i32
  %p8 = zext i8 %shl.nuw to i32
  call i32 (ptr, ...) @printf(ptr @fl1, i32 %p1, i32 %p2, i32 %p3, i32 %sub.nuw, i32 %p5, i32 %p6, i32 %p7, i32 %p8)
  %k4 = call i64 @v(i64 4)
  %k96 = call i64 @v(i64 96)
  %km96 = call i64 @v(i64 -96)
  %kf0 = call i64 @v(i64 240)
  %k0f = call i64 @v(i64 15)
  %k3 = call i64 @v(i64 3)
  %x100 = trunc i64 %k100 to i32
  %x4 = trunc i64 %k4 to i32
  %udiv.exact = udiv exact i32 %x100, %x4
  %xm100 = trunc i64 %km100 to i32
  %sdiv.exact = sdiv exact i32 %xm100, %x4
  %x96 = trunc i64 %k96 to i32
  %x5 = trunc i64 %k5 to i32
  %lshr.exact = lshr exact i32 %x96, %x5
  %xm96 = trunc i64 %km96 to i32
  %ashr.exact = ashr exact i32 %xm96, %x5
  %xf0 = trunc i64 %kf0 to i32
  %x0f = trunc i64 %k0f to i32
  %or.disjoint = or disjoint i32 %xf0, %x0f
  %zext.nneg = zext nneg i8 %a8 to i32
  %trunc.nuw = trunc nuw i64 %k200 to i8
  %trunc.nuw.w = zext i8 %trunc.nuw to i32
  %trunc.nsw = trunc nsw i64 %km100 to i8
  %trunc.nsw.w = sext i8 %trunc.nsw to i32
  %x3 = trunc i64 %k3 to i32
  %samesign = icmp samesign ult i32 %x3, %x5
  %samesign.w = zext i1 %samesign to i32
  call i32 (ptr, ...) @printf(ptr @fl2, i32 %udiv.exact, i32 %sdiv.exact, i32 %lshr.exact, i32 %ashr.exact, i32 %or.disjoint, i32 %zext.nneg, i32 %trunc.nuw.w, i32 %trunc.nsw.w, i32 %samesign.w)
  ret void
}

define void @odd_widths() noinline {
entry:
  ; i1
  %k1 = call i64 @v(i64 1)
  %t1 = trunc i64 %k1 to i1
  %s1 = sext i1 %t1 to i32
  %z1 = zext i1 %t1 to i32
  %add1 = add i1 %t1, %t1
  %add1.w = zext i1 %add1 to i32
  %mul1 = mul i1 %t1, %t1
  %mul1.w = sext i1 %mul1 to i32
  %xor1 = xor i1 %t1, true
  %xor1.w = zext i1 %xor1 to i32
  call i32 (ptr, ...) @printf(ptr @fo1, i32 %s1, i32 %z1, i32 %add1.w, i32 %mul1.w, i32 %xor1.w)
  ; i3
  %k13 = call i64 @v(i64 13)
  %t3 = trunc i64 %k13 to i3
  %s3 = sext i3 %t3 to i32
  %z3 = zext i3 %t3 to i32
  %k3 = call i64 @v(i64 3)
  %three = trunc i64 %k3 to i3
  %k1b = call i64 @v(i64 1)
  %one3 = trunc i64 %k1b to i3
  %add3 = add i3 %three, %one3
  %add3.w = sext i3 %add3 to i32
  %mul3 = mul i3 %three, %three
  %mul3.w = sext i3 %mul3 to i32
  %sdiv3 = sdiv i3 %add3, %three
  %sdiv3.w = sext i3 %sdiv3 to i32
  %srem3 = srem i3 %add3, %three
  %srem3.w = sext i3 %srem3 to i32
  %seven = sub i3 0, %one3
  %k2 = call i64 @v(i64 2)
  %two3 = trunc i64 %k2 to i3
  %udiv3 = udiv i3 %seven, %two3
  %udiv3.w = zext i3 %udiv3 to i32
  %slt3 = icmp slt i3 %add3, %three
  %slt3.w = zext i1 %slt3 to i32
  %ult3 = icmp ult i3 %add3, %three
  %ult3.w = zext i1 %ult3 to i32
  %ashr3 = ashr i3 %add3, %two3
  %ashr3.w = sext i3 %ashr3 to i32
  %lshr3 = lshr i3 %add3, %two3
  %lshr3.w = zext i3 %lshr3 to i32
  call i32 (ptr, ...) @printf(ptr @fo3, i32 %s3, i32 %z3, i32 %add3.w, i32 %mul3.w, i32 %sdiv3.w, i32 %srem3.w, i32 %udiv3.w, i32 %slt3.w, i32 %ult3.w, i32 %ashr3.w, i32 %lshr3.w)
  ; i17
  %k1ffff = call i64 @v(i64 131071)
  %t17 = trunc i64 %k1ffff to i17
  %s17 = sext i17 %t17 to i32
  %z17 = zext i17 %t17 to i32
  %k65535 = call i64 @v(i64 65535)
  %u17 = trunc i64 %k65535 to i17
  %one17 = trunc i64 %k1 to i17
  %add17 = add i17 %u17, %one17
  %add17.s = sext i17 %add17 to i32
  %add17.z = zext i17 %add17 to i32
  %two17 = trunc i64 %k2 to i17
  %sdiv17 = sdiv i17 %add17, %two17
  %sdiv17.w = sext i17 %sdiv17 to i32
  %k1000 = call i64 @v(i64 1000)
  %th17 = trunc i64 %k1000 to i17
  %urem17 = urem i17 %t17, %th17
  %urem17.w = zext i17 %urem17 to i32
  %mul17 = mul i17 %t17, %t17
  %mul17.w = sext i17 %mul17 to i32
  call i32 (ptr, ...) @printf(ptr @fo17, i32 %s17, i32 %z17, i32 %add17.s, i32 %add17.z, i32 %sdiv17.w, i32 %urem17.w, i32 %mul17.w)
  ; i33
  %k2p32 = call i64 @v(i64 4294967296)
  %t33 = trunc i64 %k2p32 to i33
  %s33 = sext i33 %t33 to i64
  %z33 = zext i33 %t33 to i64
  %one33 = trunc i64 %k1 to i33
  %m33 = sub i33 0, %one33
  %m33.z = zext i33 %m33 to i64
  %three33 = trunc i64 %k3 to i33
  %udiv33 = udiv i33 %m33, %three33
  %udiv33.w = zext i33 %udiv33 to i64
  %ashr33 = ashr i33 %m33, %one33
  %ashr33.w = sext i33 %ashr33 to i64
  %lshr33 = lshr i33 %m33, %one33
  %lshr33.w = zext i33 %lshr33 to i64
  call i32 (ptr, ...) @printf(ptr @fo33, i64 %s33, i64 %z33, i64 %m33.z, i64 %udiv33.w, i64 %ashr33.w, i64 %lshr33.w)
  ; i63
  %km1 = call i64 @v(i64 -1)
  %t63 = trunc i64 %km1 to i63
  %s63 = sext i63 %t63 to i64
  %z63 = zext i63 %t63 to i64
  %kbig = call i64 @v(i64 4611686018427387903)
  %big63 = trunc i64 %kbig to i63
  %one63 = trunc i64 %k1 to i63
  %add63 = add i63 %big63, %one63
  %add63.w = sext i63 %add63 to i64
  %k2p31 = call i64 @v(i64 2147483648)
  %a63 = trunc i64 %k2p31 to i63
  %b63 = trunc i64 %k2p32 to i63
  %mul63 = mul i63 %a63, %b63
  %mul63.w = sext i63 %mul63 to i64
  %three63 = trunc i64 %k3 to i63
  %sdiv63 = sdiv i63 %add63, %three63
  %sdiv63.w = sext i63 %sdiv63 to i64
  %k7 = call i64 @v(i64 7)
  %seven63 = trunc i64 %k7 to i63
  %srem63 = srem i63 %add63, %seven63
  %srem63.w = sext i63 %srem63 to i64
  %udiv63 = udiv i63 %add63, %three63
  %udiv63.w = zext i63 %udiv63 to i64
  call i32 (ptr, ...) @printf(ptr @fo63, i64 %s63, i64 %z63, i64 %add63.w, i64 %mul63.w, i64 %sdiv63.w, i64 %srem63.w, i64 %udiv63.w)
  ret void
}

define void @arith8(i8 %a, i8 %b) noinline {
entry:
  %add = add i8 %a, %b
  %sub = sub i8 %a, %b
  %mul = mul i8 %a, %b
  %bz = icmp eq i8 %b, 0
  %amin = icmp eq i8 %a, -128
  %bm1 = icmp eq i8 %b, -1
  %ovf = and i1 %amin, %bm1
  %sbad = or i1 %bz, %ovf
  %ud = select i1 %bz, i8 1, i8 %b
  %sd = select i1 %sbad, i8 1, i8 %b
  %udiv = udiv i8 %a, %ud
  %sdiv = sdiv i8 %a, %sd
  %urem = urem i8 %a, %ud
  %srem = srem i8 %a, %sd
  %w.a = sext i8 %a to i32
  %w.b = sext i8 %b to i32
  %w.add = sext i8 %add to i32
  %w.sub = sext i8 %sub to i32
  %w.mul = sext i8 %mul to i32
  %w.udiv = zext i8 %udiv to i32
  %w.sdiv = sext i8 %sdiv to i32
  %w.urem = zext i8 %urem to i32
  %w.srem = sext i8 %srem to i32
  call i32 (ptr, ...) @printf(ptr @arith_fmt8, i32 %w.a, i32 %w.b, i32 %w.add, i32 %w.sub, i32 %w.mul, i32 %w.udiv, i32 %w.sdiv, i32 %w.urem, i32 %w.srem)
  ret void
}

define void @shifts8(i8 %a, i8 %s) noinline {
entry:
  %shl = shl i8 %a, %s
  %lshr = lshr i8 %a, %s
  %ashr = ashr i8 %a, %s
  %w.a = sext i8 %a to i32
  %w.s = sext i8 %s to i32
  %w.shl = sext i8 %shl to i32
  %w.lshr = zext i8 %lshr to i32
  %w.ashr = sext i8 %ashr to i32
  call i32 (ptr, ...) @printf(ptr @shift_fmt8, i32 %w.a, i32 %w.s, i32 %w.shl, i32 %w.lshr, i32 %w.ashr)
  ret void
}

define void @arith16(i16 %a, i16 %b) noinline {
entry:
  %add = add i16 %a, %b
  %sub = sub i16 %a, %b
  %mul = mul i16 %a, %b
  %bz = icmp eq i16 %b, 0
  %amin = icmp eq i16 %a, -32768
  %bm1 = icmp eq i16 %b, -1
  %ovf = and i1 %amin, %bm1
  %sbad = or i1 %bz, %ovf
  %ud = select i1 %bz, i16 1, i16 %b
  %sd = select i1 %sbad, i16 1, i16 %b
  %udiv = udiv i16 %a, %ud
  %sdiv = sdiv i16 %a, %sd
  %urem = urem i16 %a, %ud
  %srem = srem i16 %a, %sd
  %w.a = sext i16 %a to i32
  %w.b = sext i16 %b to i32
  %w.add = sext i16 %add to i32
  %w.sub = sext i16 %sub to i32
  %w.mul = sext i16 %mul to i32
  %w.udiv = zext i16 %udiv to i32
  %w.sdiv = sext i16 %sdiv to i32
  %w.urem = zext i16 %urem to i32
  %w.srem = sext i16 %srem to i32
  call i32 (ptr, ...) @printf(ptr @arith_fmt16, i32 %w.a, i32 %w.b, i32 %w.add, i32 %w.sub, i32 %w.mul, i32 %w.udiv, i32 %w.sdiv, i32 %w.urem, i32 %w.srem)
  ret void
}

define void @shifts16(i16 %a, i16 %s) noinline {
entry:
  %shl = shl i16 %a, %s
  %lshr = lshr i16 %a, %s
  %ashr = ashr i16 %a, %s
  %w.a = sext i16 %a to i32
  %w.s = sext i16 %s to i32
  %w.shl = sext i16 %shl to i32
  %w.lshr = zext i16 %lshr to i32
  %w.ashr = sext i16 %ashr to i32
  call i32 (ptr, ...) @printf(ptr @shift_fmt16, i32 %w.a, i32 %w.s, i32 %w.shl, i32 %w.lshr, i32 %w.ashr)
  ret void
}

define void @arith32(i32 %a, i32 %b) noinline {
entry:
  %add = add i32 %a, %b
  %sub = sub i32 %a, %b
  %mul = mul i32 %a, %b
  %bz = icmp eq i32 %b, 0
  %amin = icmp eq i32 %a, -2147483648
  %bm1 = icmp eq i32 %b, -1
  %ovf = and i1 %amin, %bm1
  %sbad = or i1 %bz, %ovf
  %ud = select i1 %bz, i32 1, i32 %b
  %sd = select i1 %sbad, i32 1, i32 %b
  %udiv = udiv i32 %a, %ud
  %sdiv = sdiv i32 %a, %sd
  %urem = urem i32 %a, %ud
  %srem = srem i32 %a, %sd
  %w.a = add i32 %a, 0
  %w.b = add i32 %b, 0
  %w.add = add i32 %add, 0
  %w.sub = add i32 %sub, 0
  %w.mul = add i32 %mul, 0
  %w.udiv = add i32 %udiv, 0
  %w.sdiv = add i32 %sdiv, 0
  %w.urem = add i32 %urem, 0
  %w.srem = add i32 %srem, 0
  call i32 (ptr, ...) @printf(ptr @arith_fmt32, i32 %w.a, i32 %w.b, i32 %w.add, i32 %w.sub, i32 %w.mul, i32 %w.udiv, i32 %w.sdiv, i32 %w.urem, i32 %w.srem)
  ret void
}

define void @shifts32(i32 %a, i32 %s) noinline {
entry:
  %shl = shl i32 %a, %s
  %lshr = lshr i32 %a, %s
  %ashr = ashr i32 %a, %s
  %w.a = add i32 %a, 0
  %w.s = add i32 %s, 0
  %w.shl = add i32 %shl, 0
  %w.lshr = add i32 %lshr, 0
  %w.ashr = add i32 %ashr, 0
  call i32 (ptr, ...) @printf(ptr @shift_fmt32, i32 %w.a, i32 %w.s, i32 %w.shl, i32 %w.lshr, i32 %w.ashr)
  ret void
}

define void @arith64(i64 %a, i64 %b) noinline {
entry:
  %add = add i64 %a, %b
  %sub = sub i64 %a, %b
  %mul = mul i64 %a, %b
  %bz = icmp eq i64 %b, 0
  %amin = icmp eq i64 %a, -9223372036854775808
  %bm1 = icmp eq i64 %b, -1
  %ovf = and i1 %amin, %bm1
  %sbad = or i1 %bz, %ovf
  %ud = select i1 %bz, i64 1, i64 %b
  %sd = select i1 %sbad, i64 1, i64 %b
  %udiv = udiv i64 %a, %ud
  %sdiv = sdiv i64 %a, %sd
  %urem = urem i64 %a, %ud
  %srem = srem i64 %a, %sd
  %w.a = add i64 %a, 0
  %w.b = add i64 %b, 0
  %w.add = add i64 %add, 0
  %w.sub = add i64 %sub, 0
  %w.mul = add i64 %mul, 0
  %w.udiv = add i64 %udiv, 0
  %w.sdiv = add i64 %sdiv, 0
  %w.urem = add i64 %urem, 0
  %w.srem = add i64 %srem, 0
  call i32 (ptr, ...) @printf(ptr @arith_fmt64, i64 %w.a, i64 %w.b, i64 %w.add, i64 %w.sub, i64 %w.mul, i64 %w.udiv, i64 %w.sdiv, i64 %w.urem, i64 %w.srem)
  ret void
}

define void @shifts64(i64 %a, i64 %s) noinline {
entry:
  %shl = shl i64 %a, %s
  %lshr = lshr i64 %a, %s
  %ashr = ashr i64 %a, %s
  %w.a = add i64 %a, 0
  %w.s = add i64 %s, 0
  %w.shl = add i64 %shl, 0
  %w.lshr = add i64 %lshr, 0
  %w.ashr = add i64 %ashr, 0
  call i32 (ptr, ...) @printf(ptr @shift_fmt64, i64 %w.a, i64 %w.s, i64 %w.shl, i64 %w.lshr, i64 %w.ashr)
  ret void
}

define i32 @main() {
entry:
  br label %a8.loop
a8.loop:
  %a8.i = phi i64 [ 0, %entry ], [ %a8.next, %a8.loop ]
  %a8.j = shl i64 %a8.i, 1
  %a8.pa = getelementptr i8, ptr @pairs8, i64 %a8.j
  %a8.x = load i8, ptr %a8.pa
  %a8.pb = getelementptr i8, ptr %a8.pa, i64 1
  %a8.y = load i8, ptr %a8.pb
  call void @arith8(i8 %a8.x, i8 %a8.y)
  %a8.next = add i64 %a8.i, 1
  %a8.done = icmp eq i64 %a8.next, 9
  br i1 %a8.done, label %a8.end, label %a8.loop
a8.end:
  br label %s8.loop
s8.loop:
  %s8.i = phi i64 [ 0, %a8.end ], [ %s8.next, %s8.loop ]
  %s8.j = shl i64 %s8.i, 1
  %s8.pa = getelementptr i8, ptr @shiftpairs8, i64 %s8.j
  %s8.x = load i8, ptr %s8.pa
  %s8.pb = getelementptr i8, ptr %s8.pa, i64 1
  %s8.y = load i8, ptr %s8.pb
  call void @shifts8(i8 %s8.x, i8 %s8.y)
  %s8.next = add i64 %s8.i, 1
  %s8.done = icmp eq i64 %s8.next, 7
  br i1 %s8.done, label %s8.end, label %s8.loop
s8.end:
  br label %a16.loop
a16.loop:
  %a16.i = phi i64 [ 0, %s8.end ], [ %a16.next, %a16.loop ]
  %a16.j = shl i64 %a16.i, 1
  %a16.pa = getelementptr i16, ptr @pairs16, i64 %a16.j
  %a16.x = load i16, ptr %a16.pa
  %a16.pb = getelementptr i16, ptr %a16.pa, i64 1
  %a16.y = load i16, ptr %a16.pb
  call void @arith16(i16 %a16.x, i16 %a16.y)
  %a16.next = add i64 %a16.i, 1
  %a16.done = icmp eq i64 %a16.next, 7
  br i1 %a16.done, label %a16.end, label %a16.loop
a16.end:
  br label %s16.loop
s16.loop:
  %s16.i = phi i64 [ 0, %a16.end ], [ %s16.next, %s16.loop ]
  %s16.j = shl i64 %s16.i, 1
  %s16.pa = getelementptr i16, ptr @shiftpairs16, i64 %s16.j
  %s16.x = load i16, ptr %s16.pa
  %s16.pb = getelementptr i16, ptr %s16.pa, i64 1
  %s16.y = load i16, ptr %s16.pb
  call void @shifts16(i16 %s16.x, i16 %s16.y)
  %s16.next = add i64 %s16.i, 1
  %s16.done = icmp eq i64 %s16.next, 7
  br i1 %s16.done, label %s16.end, label %s16.loop
s16.end:
  br label %a32.loop
a32.loop:
  %a32.i = phi i64 [ 0, %s16.end ], [ %a32.next, %a32.loop ]
  %a32.j = shl i64 %a32.i, 1
  %a32.pa = getelementptr i32, ptr @pairs32, i64 %a32.j
  %a32.x = load i32, ptr %a32.pa
  %a32.pb = getelementptr i32, ptr %a32.pa, i64 1
  %a32.y = load i32, ptr %a32.pb
  call void @arith32(i32 %a32.x, i32 %a32.y)
  %a32.next = add i64 %a32.i, 1
  %a32.done = icmp eq i64 %a32.next, 7
  br i1 %a32.done, label %a32.end, label %a32.loop
a32.end:
  br label %s32.loop
s32.loop:
  %s32.i = phi i64 [ 0, %a32.end ], [ %s32.next, %s32.loop ]
  %s32.j = shl i64 %s32.i, 1
  %s32.pa = getelementptr i32, ptr @shiftpairs32, i64 %s32.j
  %s32.x = load i32, ptr %s32.pa
  %s32.pb = getelementptr i32, ptr %s32.pa, i64 1
  %s32.y = load i32, ptr %s32.pb
  call void @shifts32(i32 %s32.x, i32 %s32.y)
  %s32.next = add i64 %s32.i, 1
  %s32.done = icmp eq i64 %s32.next, 7
  br i1 %s32.done, label %s32.end, label %s32.loop
s32.end:
  br label %a64.loop
a64.loop:
  %a64.i = phi i64 [ 0, %s32.end ], [ %a64.next, %a64.loop ]
  %a64.j = shl i64 %a64.i, 1
  %a64.pa = getelementptr i64, ptr @pairs64, i64 %a64.j
  %a64.x = load i64, ptr %a64.pa
  %a64.pb = getelementptr i64, ptr %a64.pa, i64 1
  %a64.y = load i64, ptr %a64.pb
  call void @arith64(i64 %a64.x, i64 %a64.y)
  %a64.next = add i64 %a64.i, 1
  %a64.done = icmp eq i64 %a64.next, 7
  br i1 %a64.done, label %a64.end, label %a64.loop
a64.end:
  br label %s64.loop
s64.loop:
  %s64.i = phi i64 [ 0, %a64.end ], [ %s64.next, %s64.loop ]
  %s64.j = shl i64 %s64.i, 1
  %s64.pa = getelementptr i64, ptr @shiftpairs64, i64 %s64.j
  %s64.x = load i64, ptr %s64.pa
  %s64.pb = getelementptr i64, ptr %s64.pa, i64 1
  %s64.y = load i64, ptr %s64.pb
  call void @shifts64(i64 %s64.x, i64 %s64.y)
  %s64.next = add i64 %s64.i, 1
  %s64.done = icmp eq i64 %s64.next, 7
  br i1 %s64.done, label %s64.end, label %s64.loop
s64.end:
  call void @flags()
  call void @odd_widths()
  ret i32 0
}
