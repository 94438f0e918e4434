; purpose: masked.load/store/gather/scatter (partial, empty and duplicate-address masks), expandload/compressstore, memcpy/memmove (overlap both ways)/memset of odd runtime sizes and their inline and volatile forms, unaligned and sub-word (i24, i48) loads and stores, aggregate and packed-struct memory, volatile accesses
; stdout: masked.load 0101: -1 101 -3 103
; stdout: masked.load of the last two words, lanes past the end masked off: 114 115 0 0
; stdout: masked.load all off: 7 8 9 10
; stdout: masked.store <8 x i16> 10100011 over 0xee: 01 00 ee ee 03 00 ee ee ee ee ee ee 07 00 08 00
; stdout: gather [0,3,7,9] mask 1101: 100 103 -1 109
; stdout: gather all lanes: 100 103 107 109
; stdout: after scatters (word 1 written thrice: the last lane wins) words 0-3: 100 -40 102 103
; stdout: words 4-7: 104 -30 -60 107
; stdout: words 8-11: -80 109 110 111
; stdout: expandload of words 14,15 into lanes 1,3: 0 114 0 115
; stdout: compressstore lanes 0,3: 1 4 9 9
; stdout: memcpy 7 at 3, 11 at 17, 0 at 0, 1 (0x09) at 31: 00 00 00 00 01 02 03 04 05 06 00 00 00 00 00 00 00 14 15 16 17 18 19 1a 1b 1c 1d 1e 00 00 00 09
; stdout: memmove 10 bytes up by 2 (overlapping): 00 01 00 01 02 03 04 05 06 07 08 09 0c 0d 0e 0f
; stdout: memmove 10 bytes down by 5 (overlapping): 05 06 07 08 09 0a 0b 0c 0d 0e 0a 0b 0c 0d 0e 0f
; stdout: memset 5 of 0xab at 1, 0 bytes, inline 3 of 0x77 at 9, inline memcpy 1 at 0: 0a ab ab ab ab ab 03 04 05 77 77 77 00 00 00 00
; stdout: volatile memcpy 5 at 0, volatile memset 1 at 9: 05 06 07 08 09 ab 03 04 05 00 77 77 00 00 00 00
; stdout: unaligned loads: i16@1=0201 i32@3=06050403 i64@5=0c0b0a0908070605
; stdout: unaligned stores i16@1 i32@5 double@11 i24@20 i48@24: 00 dc fe 03 04 ef be ad de 09 0a 00 00 00 00 00 00 04 c0 13 ef cd ab 17 fe ff ff ff ff ff 1e 1f
; stdout: read back: double=-2.5 i24=abcdef i48=-2
; stdout: aggregate store/load: -1 70000 -3, array[1]=-2, packed struct bytes: 07 ff ff ff ff
; stdout: volatile: 4 26

@s0 = private constant [4 x i8] c"%s:\00"
@s1 = private constant [6 x i8] c" %02x\00"
@s2 = private constant [2 x i8] c"\0A\00"
@s3 = private constant [17 x i8] c"%s: %d %d %d %d\0A\00"
@s4 = private constant [17 x i8] c"masked.load 0101\00"
@s5 = private constant [65 x i8] c"masked.load of the last two words, lanes past the end masked off\00"
@s6 = private constant [20 x i8] c"masked.load all off\00"
@s7 = private constant [42 x i8] c"masked.store <8 x i16> 10100011 over 0xee\00"
@s8 = private constant [27 x i8] c"gather [0,3,7,9] mask 1101\00"
@s9 = private constant [17 x i8] c"gather all lanes\00"
@s10 = private constant [69 x i8] c"after scatters (word 1 written thrice: the last lane wins) words 0-3\00"
@s11 = private constant [10 x i8] c"words 4-7\00"
@s12 = private constant [11 x i8] c"words 8-11\00"
@s13 = private constant [41 x i8] c"expandload of words 14,15 into lanes 1,3\00"
@s14 = private constant [24 x i8] c"compressstore lanes 0,3\00"
@s15 = private constant [48 x i8] c"memcpy 7 at 3, 11 at 17, 0 at 0, 1 (0x09) at 31\00"
@s16 = private constant [39 x i8] c"memmove 10 bytes up by 2 (overlapping)\00"
@s17 = private constant [41 x i8] c"memmove 10 bytes down by 5 (overlapping)\00"
@s18 = private constant [76 x i8] c"memset 5 of 0xab at 1, 0 bytes, inline 3 of 0x77 at 9, inline memcpy 1 at 0\00"
@s19 = private constant [47 x i8] c"volatile memcpy 5 at 0, volatile memset 1 at 9\00"
@s20 = private constant [54 x i8] c"unaligned loads: i16@1=%04x i32@3=%08x i64@5=%016llx\0A\00"
@s21 = private constant [53 x i8] c"unaligned stores i16@1 i32@5 double@11 i24@20 i48@24\00"
@s22 = private constant [38 x i8] c"read back: double=%g i24=%x i48=%lld\0A\00"
@s23 = private constant [65 x i8] c"aggregate store/load: %d %d %d, array[1]=%d, packed struct bytes\00"
@s24 = private constant [1 x i8] c"\00"
@s25 = private constant [17 x i8] c"volatile: %d %d\0A\00"

declare i32 @printf(ptr, ...)
declare <4 x i32> @llvm.masked.expandload.v4i32(ptr, <4 x i1>, <4 x i32>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x i32>)
declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare void @llvm.masked.compressstore.v4i32(<4 x i32>, ptr, <4 x i1>)
declare void @llvm.masked.scatter.v4i32.v4p0(<4 x i32>, <4 x ptr>, i32, <4 x i1>)
declare void @llvm.masked.store.v8i16.p0(<8 x i16>, ptr, i32, <8 x i1>)
declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

@pattern = global [16 x i32] [i32 100, i32 101, i32 102, i32 103, i32 104, i32 105, i32 106, i32 107, i32 108, i32 109, i32 110, i32 111, i32 112, i32 113, i32 114, i32 115]
@mask4 = global <4 x i1> <i1 false, i1 true, i1 false, i1 true>
@gidx = global <4 x i64> <i64 0, i64 3, i64 7, i64 9>

; prints `label: b0 b1 ...` as two hex digits per byte
define void @dump(ptr %label, ptr %p, i64 %n) noinline {
entry:
  call i32 (ptr, ...) @printf(ptr @s0, ptr %label)
  %empty = icmp eq i64 %n, 0
  br i1 %empty, label %done, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %bp = getelementptr i8, ptr %p, i64 %i
  %b = load i8, ptr %bp
  %bw = zext i8 %b to i32
  call i32 (ptr, ...) @printf(ptr @s1, i32 %bw)
  %next = add i64 %i, 1
  %more = icmp ult i64 %next, %n
  br i1 %more, label %loop, label %done
done:
  call i32 (ptr, ...) @printf(ptr @s2)
  ret void
}

define void @p4(ptr %label, <4 x i32> %v) noinline {
  %a = extractelement <4 x i32> %v, i32 0
  %b = extractelement <4 x i32> %v, i32 1
  %c = extractelement <4 x i32> %v, i32 2
  %d = extractelement <4 x i32> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @s3, ptr %label, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

; fills n bytes with 0, 1, 2, ...
define void @iota(ptr %p, i64 %n) noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %bp = getelementptr i8, ptr %p, i64 %i
  %b = trunc i64 %i to i8
  store i8 %b, ptr %bp
  %next = add i64 %i, 1
  %more = icmp ult i64 %next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}

define i64 @n(i64 %x) noinline {
  ret i64 %x
}

define i32 @main() {
entry:
  %words = alloca [16 x i32], align 16
  call void @llvm.memcpy.p0.p0.i64(ptr %words, ptr @pattern, i64 64, i1 false)
  %mask = load <4 x i1>, ptr @mask4

  ; masked loads: only the set lanes read memory, the rest come from the pass-through
  %ml = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %words, i32 4, <4 x i1> %mask, <4 x i32> <i32 -1, i32 -2, i32 -3, i32 -4>)
  call void @p4(ptr @s4, <4 x i32> %ml)
  %tail = getelementptr i32, ptr %words, i64 14
  %ml2 = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %tail, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 false>, <4 x i32> zeroinitializer)
  call void @p4(ptr @s5, <4 x i32> %ml2)
  %ml3 = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %words, i32 4, <4 x i1> zeroinitializer, <4 x i32> <i32 7, i32 8, i32 9, i32 10>)
  call void @p4(ptr @s6, <4 x i32> %ml3)

  ; masked stores
  %halves = alloca [8 x i16], align 16
  call void @llvm.memset.p0.i64(ptr %halves, i8 -18, i64 16, i1 false)
  call void @llvm.masked.store.v8i16.p0(<8 x i16> <i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8>, ptr %halves, i32 2, <8 x i1> <i1 true, i1 false, i1 true, i1 false, i1 false, i1 false, i1 true, i1 true>)
  call void @dump(ptr @s7, ptr %halves, i64 16)

  ; gather and scatter through a vector of pointers
  %gidx = load <4 x i64>, ptr @gidx
  %ptrs = getelementptr i32, ptr %words, <4 x i64> %gidx
  %g = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ptrs, i32 4, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x i32> <i32 -1, i32 -1, i32 -1, i32 -1>)
  call void @p4(ptr @s8, <4 x i32> %g)
  %g2 = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ptrs, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i32> poison)
  call void @p4(ptr @s9, <4 x i32> %g2)
  %sptrs = getelementptr i32, ptr %words, <4 x i64> <i64 1, i64 1, i64 5, i64 1>
  call void @llvm.masked.scatter.v4i32.v4p0(<4 x i32> <i32 -10, i32 -20, i32 -30, i32 -40>, <4 x ptr> %sptrs, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 true>)
  %sptrs2 = getelementptr i32, ptr %words, <4 x i64> <i64 2, i64 6, i64 5, i64 8>
  call void @llvm.masked.scatter.v4i32.v4p0(<4 x i32> <i32 -50, i32 -60, i32 -70, i32 -80>, <4 x ptr> %sptrs2, i32 4, <4 x i1> <i1 false, i1 true, i1 false, i1 true>)
  %w0 = load <4 x i32>, ptr %words
  call void @p4(ptr @s10, <4 x i32> %w0)
  %w4p = getelementptr i32, ptr %words, i64 4
  %w4 = load <4 x i32>, ptr %w4p
  call void @p4(ptr @s11, <4 x i32> %w4)
  %w8p = getelementptr i32, ptr %words, i64 8
  %w8 = load <4 x i32>, ptr %w8p
  call void @p4(ptr @s12, <4 x i32> %w8)

  ; expandload / compressstore
  %ex = call <4 x i32> @llvm.masked.expandload.v4i32(ptr %tail, <4 x i1> <i1 false, i1 true, i1 false, i1 true>, <4 x i32> <i32 0, i32 0, i32 0, i32 0>)
  call void @p4(ptr @s13, <4 x i32> %ex)
  %cs = alloca <4 x i32>, align 16
  store <4 x i32> <i32 9, i32 9, i32 9, i32 9>, ptr %cs
  call void @llvm.masked.compressstore.v4i32(<4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %cs, <4 x i1> <i1 true, i1 false, i1 false, i1 true>)
  %csv = load <4 x i32>, ptr %cs
  call void @p4(ptr @s14, <4 x i32> %csv)

  ; memcpy / memmove / memset of odd sizes, sizes not known at compile time
  %bytes = alloca [32 x i8], align 16
  %src = alloca [32 x i8], align 16
  call void @iota(ptr %src, i64 32)
  call void @llvm.memset.p0.i64(ptr %bytes, i8 0, i64 32, i1 false)
  %n7 = call i64 @n(i64 7)
  %n11 = call i64 @n(i64 11)
  %n0 = call i64 @n(i64 0)
  %n1 = call i64 @n(i64 1)
  %n5 = call i64 @n(i64 5)
  %n10 = call i64 @n(i64 10)
  %b3 = getelementptr i8, ptr %bytes, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr %b3, ptr %src, i64 %n7, i1 false)
  %b17 = getelementptr i8, ptr %bytes, i64 17
  %s20 = getelementptr i8, ptr %src, i64 20
  call void @llvm.memcpy.p0.p0.i64(ptr %b17, ptr %s20, i64 %n11, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %bytes, ptr %s20, i64 %n0, i1 false)
  %b31 = getelementptr i8, ptr %bytes, i64 31
  %s9 = getelementptr i8, ptr %src, i64 9
  call void @llvm.memcpy.p0.p0.i64(ptr %b31, ptr %s9, i64 %n1, i1 false)
  call void @dump(ptr @s15, ptr %bytes, i64 32)
  %s2 = getelementptr i8, ptr %src, i64 2
  call void @llvm.memmove.p0.p0.i64(ptr %s2, ptr %src, i64 %n10, i1 false)
  call void @dump(ptr @s16, ptr %src, i64 16)
  call void @iota(ptr %src, i64 32)
  %s5 = getelementptr i8, ptr %src, i64 5
  call void @llvm.memmove.p0.p0.i64(ptr %src, ptr %s5, i64 %n10, i1 false)
  call void @dump(ptr @s17, ptr %src, i64 16)
  call void @llvm.memmove.p0.p0.i64(ptr %src, ptr %src, i64 %n10, i1 false)
  %b1 = getelementptr i8, ptr %bytes, i64 1
  call void @llvm.memset.p0.i64(ptr %b1, i8 -85, i64 %n5, i1 false)
  call void @llvm.memset.p0.i64(ptr %bytes, i8 1, i64 %n0, i1 false)
  %b9 = getelementptr i8, ptr %bytes, i64 9
  call void @llvm.memset.inline.p0.i64(ptr %b9, i8 119, i64 3, i1 false)
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %bytes, ptr %s5, i64 1, i1 false)
  call void @dump(ptr @s18, ptr %bytes, i64 16)
  call void @llvm.memcpy.p0.p0.i64(ptr %bytes, ptr %src, i64 %n5, i1 true)
  call void @llvm.memset.p0.i64(ptr %b9, i8 0, i64 %n1, i1 true)
  call void @dump(ptr @s19, ptr %bytes, i64 16)

  ; unaligned scalar access (align 1) and sub-word stores
  %raw = alloca [32 x i8], align 16
  call void @iota(ptr %raw, i64 32)
  %r1 = getelementptr i8, ptr %raw, i64 1
  %r3 = getelementptr i8, ptr %raw, i64 3
  %r5 = getelementptr i8, ptr %raw, i64 5
  %r11 = getelementptr i8, ptr %raw, i64 11
  %u16 = load i16, ptr %r1, align 1
  %u32 = load i32, ptr %r3, align 1
  %u64 = load i64, ptr %r5, align 1
  %u16w = zext i16 %u16 to i32
  call i32 (ptr, ...) @printf(ptr @s20, i32 %u16w, i32 %u32, i64 %u64)
  store i16 -292, ptr %r1, align 1
  store i32 -559038737, ptr %r5, align 1
  store double -2.5, ptr %r11, align 1
  %r20 = getelementptr i8, ptr %raw, i64 20
  store i24 11259375, ptr %r20, align 1
  %r24 = getelementptr i8, ptr %raw, i64 24
  store i48 -2, ptr %r24, align 1
  call void @dump(ptr @s21, ptr %raw, i64 32)
  %back = load double, ptr %r11, align 1
  %back24 = load i24, ptr %r20, align 1
  %back24w = zext i24 %back24 to i32
  %back48 = load i48, ptr %r24, align 2
  %back48w = sext i48 %back48 to i64
  call i32 (ptr, ...) @printf(ptr @s22, double %back, i32 %back24w, i64 %back48w)

  ; aggregates in memory: only the fields are printed, never the padding
  %agg = alloca { i8, i32, i16 }, align 8
  store { i8, i32, i16 } { i8 -1, i32 70000, i16 -3 }, ptr %agg
  %f1p = getelementptr { i8, i32, i16 }, ptr %agg, i32 0, i32 1
  %f1 = load i32, ptr %f1p
  %aggv = load { i8, i32, i16 }, ptr %agg
  %f0 = extractvalue { i8, i32, i16 } %aggv, 0
  %f0w = sext i8 %f0 to i32
  %f2 = extractvalue { i8, i32, i16 } %aggv, 2
  %f2w = sext i16 %f2 to i32
  %arr = alloca [3 x i16], align 2
  store [3 x i16] [i16 1, i16 -2, i16 3], ptr %arr
  %arrv = load [3 x i16], ptr %arr
  %a1 = extractvalue [3 x i16] %arrv, 1
  %a1w = sext i16 %a1 to i32
  %packed = alloca <{ i8, i32 }>, align 1
  store <{ i8, i32 }> <{ i8 7, i32 -1 }>, ptr %packed
  call i32 (ptr, ...) @printf(ptr @s23, i32 %f0w, i32 %f1, i32 %f2w, i32 %a1w)
  call void @dump(ptr @s24, ptr %packed, i64 5)

  ; volatile accesses are all performed, in order
  %vol = alloca i32, align 4
  store volatile i32 1, ptr %vol
  store volatile i32 2, ptr %vol
  %v1 = load volatile i32, ptr %vol
  %v2 = load volatile i32, ptr %vol
  %vsum = add i32 %v1, %v2
  %vec = alloca <4 x i32>, align 16
  store volatile <4 x i32> <i32 5, i32 6, i32 7, i32 8>, ptr %vec
  %vv = load volatile <4 x i32>, ptr %vec
  %vr = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %vv)
  call i32 (ptr, ...) @printf(ptr @s25, i32 %vsum, i32 %vr)
  ret i32 0
}

