; purpose: calls with vector arguments and results, and with a byval argument of 12 bytes, between interpreted and native code (libffi cannot describe them: compiled thunks, and compiled native entries for interpreted callees), 128- and 256-bit vectors, a vector passed to a variadic-free void function, and integer intrinsics lane by lane (saturating add and subtract, ctpop, ctlz, cttz, bswap, bitreverse, funnel shifts)
; stdout: madd 3000 6000 -3000 -3002000
; stdout: byval 963000 1
; stdout: scale 1500.000000 -750.000000 0.500000 6000.000000
; stdout: wide 72.000000 36.000000
; stdout: rare 435 705
; stdout: uadd.sat 0xffffffff 0x1f1e1d1c 0xff1effff 0x0a0b0c0d
; stdout: usub.sat 0x00000000 0x0000fff0 0x00010000 0x00000001
; stdout: sadd.sat 0x7fffffff 0x80000000 0x00000003 0xfffffffe
; stdout: ssub.sat 0x80007fff 0x00017fff 0x0000ffff 0x8000fffe
; stdout: ctpop 0x00000020 0x00000000 0x00000001 0x00000010
; stdout: ctlz 0x00000000 0x00000020 0x0000001f 0x00000010
; stdout: cttz 0x00000000 0x00000020 0x00000000 0x00000004
; stdout: bswap 0x78563412 0x00000000 0x01000000 0xefbeadde
; stdout: bitreverse 0x80402010 0x08040201 0xff00f00f 0x00000080
; stdout: fshl 0x23456788 0xfffffffe 0x00000000 0xbeefdead
; stdout: fshr 0x71234567 0xffffffff 0x00000000 0xbeefdead

@fmt4 = private constant [32 x i8] c"%s 0x%08x 0x%08x 0x%08x 0x%08x\0A\00"
@fmt_madd = private constant [18 x i8] c"madd %d %d %d %d\0A\00"
@fmt_byval = private constant [13 x i8] c"byval %d %d\0A\00"
@fmt_scale = private constant [19 x i8] c"scale %f %f %f %f\0A\00"
@fmt_wide = private constant [12 x i8] c"wide %f %f\0A\00"
@fmt_rare = private constant [12 x i8] c"rare %d %d\0A\00"
@s_uadd = private constant [9 x i8] c"uadd.sat\00"
@s_usub = private constant [9 x i8] c"usub.sat\00"
@s_sadd = private constant [9 x i8] c"sadd.sat\00"
@s_ssub = private constant [9 x i8] c"ssub.sat\00"
@s_ctpop = private constant [6 x i8] c"ctpop\00"
@s_ctlz = private constant [5 x i8] c"ctlz\00"
@s_cttz = private constant [5 x i8] c"cttz\00"
@s_bswap = private constant [6 x i8] c"bswap\00"
@s_bitrev = private constant [11 x i8] c"bitreverse\00"
@s_fshl = private constant [5 x i8] c"fshl\00"
@s_fshr = private constant [5 x i8] c"fshr\00"

declare i32 @printf(ptr, ...)
declare <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <8 x i16> @llvm.usub.sat.v8i16(<8 x i16>, <8 x i16>)
declare <4 x i32> @llvm.sadd.sat.v4i32(<4 x i32>, <4 x i32>)
declare <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16>, <8 x i16>)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>)
declare <4 x i32> @llvm.ctlz.v4i32(<4 x i32>, i1)
declare <2 x i64> @llvm.cttz.v2i64(<2 x i64>, i1)
declare <4 x i32> @llvm.bswap.v4i32(<4 x i32>)
declare <16 x i8> @llvm.bitreverse.v16i8(<16 x i8>)
declare <4 x i32> @llvm.fshl.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.fshr.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)

; Hot: compiled early in the tiered modes, then called natively (through a thunk) by
; interpreted callers.
define <4 x i32> @madd(<4 x i32> %a, <4 x i32> %b) noinline {
  %s = add <4 x i32> %a, %b
  ret <4 x i32> %s
}

; A `byval` argument of 12 bytes (libffi takes only larger ones).
define i32 @sumb(ptr byval({ i32, i32, i32 }) align 4 %p) noinline {
  %b = getelementptr inbounds { i32, i32, i32 }, ptr %p, i32 0, i32 1
  %c = getelementptr inbounds { i32, i32, i32 }, ptr %p, i32 0, i32 2
  %x = load i32, ptr %p
  %y = load i32, ptr %b
  %z = load i32, ptr %c
  store i32 0, ptr %p
  %s = add i32 %x, %y
  %t = add i32 %s, %z
  ret i32 %t
}

define <4 x float> @scale(<4 x float> %v, float %f) noinline {
  %i = insertelement <4 x float> poison, float %f, i32 0
  %splat = shufflevector <4 x float> %i, <4 x float> poison, <4 x i32> zeroinitializer
  %r = fmul <4 x float> %v, %splat
  ret <4 x float> %r
}

; 256 bits: compiled before the program starts (the first-call trampoline keeps 128 bits
; of each vector register), so interpreted callers always call it natively.
define <8 x float> @wide(<8 x float> %a, <8 x float> %b) noinline {
  %s = fadd <8 x float> %a, %b
  ret <8 x float> %s
}

; Called rarely, from a hot caller: it stays interpreted while its caller is compiled, and
; the caller's native call needs a compiled entry.
define <2 x i64> @rare(<2 x i64> %acc, i64 %k) noinline {
  %i = insertelement <2 x i64> <i64 0, i64 1>, i64 %k, i32 0
  %r = add <2 x i64> %acc, %i
  ret <2 x i64> %r
}

define <2 x i64> @outer(<2 x i64> %acc, i64 %i) noinline {
  %m = urem i64 %i, 100
  %is = icmp eq i64 %m, 0
  br i1 %is, label %call, label %done
call:
  %k = udiv i64 %i, 100
  %r = call <2 x i64> @rare(<2 x i64> %acc, i64 %k)
  %kf = uitofp i64 %k to float
  %ki = insertelement <8 x float> poison, float %kf, i32 0
  %ks = shufflevector <8 x float> %ki, <8 x float> poison, <8 x i32> zeroinitializer
  %w = call <8 x float> @wide(<8 x float> %ks, <8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>)
  %w7 = extractelement <8 x float> %w, i32 7
  %wi = fptosi float %w7 to i64
  %wl = insertelement <2 x i64> zeroinitializer, i64 %wi, i32 1
  %rw = add <2 x i64> %r, %wl
  ret <2 x i64> %rw
done:
  ret <2 x i64> %acc
}

define void @show(ptr %label, <4 x i32> %v) noinline {
  %a = extractelement <4 x i32> %v, i32 0
  %b = extractelement <4 x i32> %v, i32 1
  %c = extractelement <4 x i32> %v, i32 2
  %d = extractelement <4 x i32> %v, i32 3
  call i32 (ptr, ...) @printf(ptr @fmt4, ptr %label, i32 %a, i32 %b, i32 %c, i32 %d)
  ret void
}

define i32 @main() {
entry:
  %obj = alloca { i32, i32, i32 }, align 4
  %ob = getelementptr inbounds { i32, i32, i32 }, ptr %obj, i32 0, i32 1
  %oc = getelementptr inbounds { i32, i32, i32 }, ptr %obj, i32 0, i32 2
  store i32 1, ptr %obj
  store i32 20, ptr %ob
  store i32 300, ptr %oc
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %bsum = phi i32 [ 0, %entry ], [ %bsum2, %loop ]
  %acc = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc2, %loop ]
  %facc = phi <4 x float> [ zeroinitializer, %entry ], [ %facc2, %loop ]
  %bv = call i32 @sumb(ptr byval({ i32, i32, i32 }) align 4 %obj)
  %bsum2 = add i32 %bsum, %bv
  %acc2 = call <4 x i32> @madd(<4 x i32> %acc, <4 x i32> <i32 1, i32 2, i32 -1, i32 715826882>)
  %f = call <4 x float> @scale(<4 x float> <float 1.0, float -0.5, float 0.0, float 4.0>, float 0.5)
  %facc2 = fadd <4 x float> %facc, %f
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, 3000
  br i1 %more, label %loop, label %after
after:
  %m0 = extractelement <4 x i32> %acc2, i32 0
  %m1 = extractelement <4 x i32> %acc2, i32 1
  %m2 = extractelement <4 x i32> %acc2, i32 2
  %m3 = extractelement <4 x i32> %acc2, i32 3
  call i32 (ptr, ...) @printf(ptr @fmt_madd, i32 %m0, i32 %m1, i32 %m2, i32 %m3)
  %first = load i32, ptr %obj
  call i32 (ptr, ...) @printf(ptr @fmt_byval, i32 %bsum2, i32 %first)
  %f0 = extractelement <4 x float> %facc2, i32 0
  %f1 = extractelement <4 x float> %facc2, i32 1
  %f2 = extractelement <4 x float> %facc2, i32 2
  %f3 = extractelement <4 x float> %facc2, i32 3
  %d0 = fpext float %f0 to double
  %d1 = fpext float %f1 to double
  %d2 = fadd float %f2, 0.5
  %d2d = fpext float %d2 to double
  %d3 = fpext float %f3 to double
  call i32 (ptr, ...) @printf(ptr @fmt_scale, double %d0, double %d1, double %d2d, double %d3)
  %w = call <8 x float> @wide(<8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>, <8 x float> <float 8.0, float 7.0, float 6.0, float 5.0, float 4.0, float 3.0, float 2.0, float 1.0>)
  %wsum = call float @llvm.vector.reduce.fadd.v8f32(float 0.0, <8 x float> %w)
  %w7 = extractelement <8 x float> %w, i32 7
  %w7x = fmul float %w7, 4.0
  %ws = fpext float %wsum to double
  %w7d = fpext float %w7x to double
  call i32 (ptr, ...) @printf(ptr @fmt_wide, double %ws, double %w7d)
  br label %rloop
rloop:
  %j = phi i64 [ 0, %after ], [ %jn, %rloop ]
  %racc = phi <2 x i64> [ zeroinitializer, %after ], [ %racc2, %rloop ]
  %racc2 = call <2 x i64> @outer(<2 x i64> %racc, i64 %j)
  %jn = add i64 %j, 1
  %rmore = icmp ult i64 %jn, 3000
  br i1 %rmore, label %rloop, label %lanes
lanes:
  %r0 = extractelement <2 x i64> %racc2, i32 0
  %r1 = extractelement <2 x i64> %racc2, i32 1
  %r0t = trunc i64 %r0 to i32
  %r1t = trunc i64 %r1 to i32
  call i32 (ptr, ...) @printf(ptr @fmt_rare, i32 %r0t, i32 %r1t)

  %ua = call <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8> <i8 250, i8 255, i8 255, i8 255, i8 28, i8 29, i8 30, i8 31, i8 255, i8 255, i8 30, i8 255, i8 13, i8 12, i8 11, i8 10>, <16 x i8> <i8 16, i8 0, i8 1, i8 200, i8 0, i8 0, i8 0, i8 0, i8 1, i8 255, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0>)
  %ua4 = bitcast <16 x i8> %ua to <4 x i32>
  call void @show(ptr @s_uadd, <4 x i32> %ua4)
  %us = call <8 x i16> @llvm.usub.sat.v8i16(<8 x i16> <i16 5, i16 0, i16 65535, i16 0, i16 0, i16 1, i16 2, i16 0>, <8 x i16> <i16 10, i16 1, i16 15, i16 0, i16 0, i16 0, i16 1, i16 0>)
  %us4 = bitcast <8 x i16> %us to <4 x i32>
  call void @show(ptr @s_usub, <4 x i32> %us4)
  %sa = call <4 x i32> @llvm.sadd.sat.v4i32(<4 x i32> <i32 2147483600, i32 -2147483600, i32 1, i32 -1>, <4 x i32> <i32 100, i32 -100, i32 2, i32 -1>)
  call void @show(ptr @s_sadd, <4 x i32> %sa)
  %ss = call <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16> <i16 32767, i16 -32768, i16 32767, i16 1, i16 -1, i16 0, i16 -2, i16 -32768>, <8 x i16> <i16 -1, i16 1, i16 -5, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %ss4 = bitcast <8 x i16> %ss to <4 x i32>
  call void @show(ptr @s_ssub, <4 x i32> %ss4)
  %cp = call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> <i32 -1, i32 0, i32 256, i32 65535>)
  call void @show(ptr @s_ctpop, <4 x i32> %cp)
  %cl = call <4 x i32> @llvm.ctlz.v4i32(<4 x i32> <i32 -1, i32 0, i32 1, i32 65535>, i1 false)
  call void @show(ptr @s_ctlz, <4 x i32> %cl)
  %ct = call <2 x i64> @llvm.cttz.v2i64(<2 x i64> <i64 4294967296, i64 16>, i1 false)
  %ct4 = bitcast <2 x i64> %ct to <4 x i32>
  %ct4s = shufflevector <4 x i32> %ct4, <4 x i32> <i32 0, i32 0, i32 0, i32 0>, <4 x i32> <i32 1, i32 0, i32 5, i32 2>
  call void @show(ptr @s_cttz, <4 x i32> %ct4s)
  %bs = call <4 x i32> @llvm.bswap.v4i32(<4 x i32> <i32 305419896, i32 0, i32 1, i32 -559038737>)
  call void @show(ptr @s_bswap, <4 x i32> %bs)
  %br = call <16 x i8> @llvm.bitreverse.v16i8(<16 x i8> <i8 8, i8 4, i8 2, i8 1, i8 128, i8 64, i8 32, i8 16, i8 240, i8 15, i8 0, i8 255, i8 1, i8 0, i8 0, i8 0>)
  %br4 = bitcast <16 x i8> %br to <4 x i32>
  call void @show(ptr @s_bitrev, <4 x i32> %br4)
  %fl = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> <i32 305419896, i32 -1, i32 0, i32 -559038737>, <4 x i32> <i32 -2147483648, i32 0, i32 0, i32 -559038737>, <4 x i32> <i32 4, i32 33, i32 7, i32 48>)
  call void @show(ptr @s_fshl, <4 x i32> %fl)
  %fr = call <4 x i32> @llvm.fshr.v4i32(<4 x i32> <i32 -2128394905, i32 -1, i32 0, i32 -559038737>, <4 x i32> <i32 305419896, i32 -2, i32 0, i32 -559038737>, <4 x i32> <i32 4, i32 33, i32 7, i32 48>)
  call void @show(ptr @s_fshr, <4 x i32> %fr)
  ret i32 0
}

declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>)
