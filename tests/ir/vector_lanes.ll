; purpose: vector operations the interpreter runs lane by lane: integer arithmetic with wrap-around, shifts and a lane masked off, float arithmetic on <4 x float> and <2 x double>, icmp/fcmp into i1 lanes (NaN unordered), select on a vector condition, insertelement/extractelement with run-time indices, shufflevector with an undefined lane and lanes of both inputs, casts (sext of i1, trunc, sitofp, fptoui, fpext), fmuladd/fabs/smax on vectors, and every llvm.vector.reduce kind
; stdout: add 1 0 -2147483648 6 ; shl 2 8 0 96
; stdout: fdiv 0.5 -0.25 inf 3 ; fmuladd 7 -1
; stdout: cmp 1 0 1 0 ; fcmp 0 1 1 0
; stdout: select 10 2 30 4 ; insert/extract 99 7
; stdout: shuffle 4 1 0 3
; stdout: casts -1 0 -1 0 ; 44 ; 2.5 -3 ; 3 ; 0.1
; stdout: abs/smax 5 7 ; fabs 2.5
; stdout: reduce add 10 mul 24 and 0 or 7 xor 4 smax 4 smin -1 umax 4294967295 umin 1 fadd 10.5 fmul 12 fmax 4 fmin 1

@f1 = private constant [35 x i8] c"add %d %d %d %d ; shl %d %d %d %d\0A\00"
@f2 = private constant [34 x i8] c"fdiv %g %g %g %g ; fmuladd %g %g\0A\00"
@f3 = private constant [36 x i8] c"cmp %d %d %d %d ; fcmp %d %d %d %d\0A\00"
@f4 = private constant [43 x i8] c"select %d %d %d %d ; insert/extract %d %d\0A\00"
@f5 = private constant [21 x i8] c"shuffle %d %d %d %d\0A\00"
@f6 = private constant [42 x i8] c"casts %d %d %d %d ; %d ; %g %g ; %u ; %g\0A\00"
@f7 = private constant [26 x i8] c"abs/smax %d %d ; fabs %g\0A\00"
@f8 = private constant [106 x i8] c"reduce add %d mul %d and %d or %d xor %d smax %d smin %d umax %u umin %u fadd %g fmul %g fmax %g fmin %g\0A\00"

declare i32 @printf(ptr, ...)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>)
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.mul.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmul.v4f32(float, <4 x float>)
declare float @llvm.vector.reduce.fmax.v4f32(<4 x float>)
declare float @llvm.vector.reduce.fmin.v4f32(<4 x float>)

define i32 @main() {
  %a = add <4 x i32> <i32 0, i32 -1, i32 2147483647, i32 3>, <i32 1, i32 1, i32 1, i32 3>
  %a0 = extractelement <4 x i32> %a, i32 0
  %a1 = extractelement <4 x i32> %a, i32 1
  %a2 = extractelement <4 x i32> %a, i32 2
  %a3 = extractelement <4 x i32> %a, i32 3
  %s = shl <4 x i32> <i32 1, i32 2, i32 1, i32 3>, <i32 1, i32 2, i32 3, i32 5>
  %s2 = select i1 true, <4 x i32> %s, <4 x i32> zeroinitializer
  %sx = and <4 x i32> %s2, <i32 -1, i32 -1, i32 0, i32 -1>
  %s0 = extractelement <4 x i32> %sx, i32 0
  %s1 = extractelement <4 x i32> %sx, i32 1
  %s_2 = extractelement <4 x i32> %sx, i32 2
  %s3 = extractelement <4 x i32> %sx, i32 3
  call i32 (ptr, ...) @printf(ptr @f1, i32 %a0, i32 %a1, i32 %a2, i32 %a3, i32 %s0, i32 %s1, i32 %s_2, i32 %s3)

  %fd = fdiv <4 x float> <float 1.0, float -1.0, float 1.0, float 9.0>, <float 2.0, float 4.0, float 0.0, float 3.0>
  %fd0f = extractelement <4 x float> %fd, i32 0
  %fd0 = fpext float %fd0f to double
  %fd1f = extractelement <4 x float> %fd, i32 1
  %fd1 = fpext float %fd1f to double
  %fd2f = extractelement <4 x float> %fd, i32 2
  %fd2 = fpext float %fd2f to double
  %fd3f = extractelement <4 x float> %fd, i32 3
  %fd3 = fpext float %fd3f to double
  %m = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> <double 2.0, double -1.0>, <2 x double> <double 3.0, double 2.0>, <2 x double> <double 1.0, double 1.0>)
  %m0 = extractelement <2 x double> %m, i32 0
  %m1 = extractelement <2 x double> %m, i32 1
  call i32 (ptr, ...) @printf(ptr @f2, double %fd0, double %fd1, double %fd2, double %fd3, double %m0, double %m1)

  %c = icmp slt <4 x i32> <i32 -1, i32 5, i32 0, i32 7>, <i32 0, i32 5, i32 1, i32 -7>
  %cw = zext <4 x i1> %c to <4 x i32>
  %c0 = extractelement <4 x i32> %cw, i32 0
  %c1 = extractelement <4 x i32> %cw, i32 1
  %c2 = extractelement <4 x i32> %cw, i32 2
  %c3 = extractelement <4 x i32> %cw, i32 3
  %nan = fdiv float 0.0, 0.0
  %vn = insertelement <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, float %nan, i32 0
  %fc = fcmp une <4 x float> %vn, <float 1.0, float 2.5, float 3.5, float 4.0>
  %fcw = zext <4 x i1> %fc to <4 x i32>
  %fc0 = extractelement <4 x i32> %fcw, i32 0
  %fcx = fcmp olt <4 x float> %vn, <float 2.0, float 2.5, float 3.5, float 4.0>
  %fcxw = zext <4 x i1> %fcx to <4 x i32>
  %fc0o = extractelement <4 x i32> %fcxw, i32 0
  %fc1 = extractelement <4 x i32> %fcw, i32 1
  %fc2 = extractelement <4 x i32> %fcxw, i32 2
  %fc3 = extractelement <4 x i32> %fcw, i32 3
  call i32 (ptr, ...) @printf(ptr @f3, i32 %c0, i32 %c1, i32 %c2, i32 %c3, i32 %fc0o, i32 %fc1, i32 %fc2, i32 %fc3)

  %sel = select <4 x i1> <i1 true, i1 false, i1 true, i1 false>, <4 x i32> <i32 10, i32 20, i32 30, i32 40>, <4 x i32> <i32 1, i32 2, i32 3, i32 4>
  %se0 = extractelement <4 x i32> %sel, i32 0
  %se1 = extractelement <4 x i32> %sel, i32 1
  %se2 = extractelement <4 x i32> %sel, i32 2
  %se3 = extractelement <4 x i32> %sel, i32 3
  %kp = alloca i32
  store volatile i32 2, ptr %kp
  %k = load volatile i32, ptr %kp
  %ins = insertelement <4 x i32> <i32 5, i32 6, i32 7, i32 8>, i32 99, i32 %k
  %ie = extractelement <4 x i32> %ins, i32 %k
  %ie2 = extractelement <4 x i32> %ins, i32 3
  %ie2m = sub i32 %ie2, 1
  call i32 (ptr, ...) @printf(ptr @f4, i32 %se0, i32 %se1, i32 %se2, i32 %se3, i32 %ie, i32 %ie2m)

  %sh = shufflevector <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> <i32 5, i32 6, i32 7, i32 8>, <4 x i32> <i32 3, i32 0, i32 poison, i32 2>
  %sh0 = extractelement <4 x i32> %sh, i32 0
  %sh1 = extractelement <4 x i32> %sh, i32 1
  %sh3 = extractelement <4 x i32> %sh, i32 3
  %shb = shufflevector <4 x i32> <i32 1, i32 2, i32 3, i32 4>, <4 x i32> <i32 5, i32 6, i32 7, i32 8>, <2 x i32> <i32 4, i32 7>
  %shb0 = extractelement <2 x i32> %shb, i32 0
  %shb1 = extractelement <2 x i32> %shb, i32 1
  %shd = sub i32 %shb1, %shb0
  %shdd = sub i32 %shd, 3
  call i32 (ptr, ...) @printf(ptr @f5, i32 %sh0, i32 %sh1, i32 %shdd, i32 %sh3)

  %se = sext <4 x i1> <i1 true, i1 false, i1 true, i1 false> to <4 x i32>
  %ce0 = extractelement <4 x i32> %se, i32 0
  %ce1 = extractelement <4 x i32> %se, i32 1
  %ce2 = extractelement <4 x i32> %se, i32 2
  %ce3 = extractelement <4 x i32> %se, i32 3
  %tr = trunc <2 x i32> <i32 300, i32 44> to <2 x i8>
  %tr1 = extractelement <2 x i8> %tr, i32 1
  %tr1w = zext i8 %tr1 to i32
  %fp = sitofp <2 x i32> <i32 5, i32 -6> to <2 x double>
  %fph = fmul <2 x double> %fp, <double 0.5, double 0.5>
  %fp0 = extractelement <2 x double> %fph, i32 0
  %fp1 = extractelement <2 x double> %fph, i32 1
  %fu = fptoui <2 x double> <double 3.9, double 1.0e9> to <2 x i32>
  %fu0 = extractelement <2 x i32> %fu, i32 0
  %fx = fpext <2 x float> <float 0x3FB99999A0000000, float 2.0> to <2 x double>
  %fxt = fptrunc <2 x double> %fx to <2 x float>
  %fxt0 = extractelement <2 x float> %fxt, i32 0
  %fxd = fpext float %fxt0 to double
  call i32 (ptr, ...) @printf(ptr @f6, i32 %ce0, i32 %ce1, i32 %ce2, i32 %ce3, i32 %tr1w, double %fp0, double %fp1, i32 %fu0, double %fxd)

  %ab = call <4 x i32> @llvm.abs.v4i32(<4 x i32> <i32 -5, i32 5, i32 0, i32 1>, i1 false)
  %ab0 = extractelement <4 x i32> %ab, i32 0
  %mx = call <4 x i32> @llvm.smax.v4i32(<4 x i32> <i32 -5, i32 7, i32 0, i32 1>, <4 x i32> <i32 -9, i32 -7, i32 0, i32 1>)
  %mx1 = extractelement <4 x i32> %mx, i32 1
  %fa = call <2 x double> @llvm.fabs.v2f64(<2 x double> <double -2.5, double 1.0>)
  %fa0 = extractelement <2 x double> %fa, i32 0
  call i32 (ptr, ...) @printf(ptr @f7, i32 %ab0, i32 %mx1, double %fa0)

  %v = add <4 x i32> <i32 1, i32 2, i32 3, i32 4>, zeroinitializer
  %vm = add <4 x i32> <i32 1, i32 -1, i32 3, i32 4>, zeroinitializer
  %r1 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  %r2 = call i32 @llvm.vector.reduce.mul.v4i32(<4 x i32> %v)
  %r3 = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> %v)
  %r4 = call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %v)
  %r5 = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %v)
  %r6 = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %vm)
  %r7 = call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %vm)
  %r8 = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %vm)
  %r9 = call i32 @llvm.vector.reduce.umin.v4i32(<4 x i32> %vm)
  %vf = fadd <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, zeroinitializer
  %r10 = call float @llvm.vector.reduce.fadd.v4f32(float 0.5, <4 x float> %vf)
  %r11 = call float @llvm.vector.reduce.fmul.v4f32(float 0.5, <4 x float> %vf)
  %r12 = call float @llvm.vector.reduce.fmax.v4f32(<4 x float> %vf)
  %r13 = call float @llvm.vector.reduce.fmin.v4f32(<4 x float> %vf)
  %d10 = fpext float %r10 to double
  %d11 = fpext float %r11 to double
  %d12 = fpext float %r12 to double
  %d13 = fpext float %r13 to double
  call i32 (ptr, ...) @printf(ptr @f8, i32 %r1, i32 %r2, i32 %r3, i32 %r4, i32 %r5, i32 %r6, i32 %r7, i32 %r8, i32 %r9, double %d10, double %d11, double %d12, double %d13)
  ret i32 0
}
