; purpose: signed zero, NaN compares, minnum/maxnum with NaN, copysign, fma, saturating fp-to-int, half and x86_fp80 round trips
; stdout: fneg(0)=-0 uno=1 oeq=0 une=1
; stdout: minnum=1 maxnum=1 copysign=-2.5 fma=7
; stdout: fptosi.sat=2147483647 fptoui.sat=0 nan.sat=0
; stdout: half=0.333251953125 fp80=0.33333333333333333334

@f1 = private constant [33 x i8] c"fneg(0)=%g uno=%d oeq=%d une=%d\0A\00"
@f2 = private constant [40 x i8] c"minnum=%g maxnum=%g copysign=%g fma=%g\0A\00"
@f3 = private constant [40 x i8] c"fptosi.sat=%d fptoui.sat=%u nan.sat=%d\0A\00"
@f4 = private constant [24 x i8] c"half=%.12g fp80=%.20Lg\0A\00"

declare i32 @printf(ptr, ...)
declare double @llvm.minnum.f64(double, double)
declare double @llvm.maxnum.f64(double, double)
declare double @llvm.copysign.f64(double, double)
declare double @llvm.fma.f64(double, double, double)
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i32 @llvm.fptoui.sat.i32.f64(double)

define i32 @main() {
  %zero = fadd double 0.0, 0.0
  %nz = fneg double %zero
  %nan = fdiv double %zero, %zero
  %uno.b = fcmp uno double %nan, 1.0
  %uno = zext i1 %uno.b to i32
  %oeq.b = fcmp oeq double %nan, %nan
  %oeq = zext i1 %oeq.b to i32
  %une.b = fcmp une double %nan, %nan
  %une = zext i1 %une.b to i32
  call i32 (ptr, ...) @printf(ptr @f1, double %nz, i32 %uno, i32 %oeq, i32 %une)
  %mn = call double @llvm.minnum.f64(double %nan, double 1.0)
  %mx = call double @llvm.maxnum.f64(double 1.0, double %nan)
  %cs = call double @llvm.copysign.f64(double 2.5, double %nz)
  %fm = call double @llvm.fma.f64(double 2.0, double 3.0, double 1.0)
  call i32 (ptr, ...) @printf(ptr @f2, double %mn, double %mx, double %cs, double %fm)
  %s1 = call i32 @llvm.fptosi.sat.i32.f64(double 1.0e20)
  %s2 = call i32 @llvm.fptoui.sat.i32.f64(double -5.0)
  %s3 = call i32 @llvm.fptosi.sat.i32.f64(double %nan)
  call i32 (ptr, ...) @printf(ptr @f3, i32 %s1, i32 %s2, i32 %s3)
  %third = fdiv double 1.0, 3.0
  %h = fptrunc double %third to half
  %hd = fpext half %h to double
  %one80 = fpext double 1.0 to x86_fp80
  %three80 = fpext double 3.0 to x86_fp80
  %third80 = fdiv x86_fp80 %one80, %three80
  call i32 (ptr, ...) @printf(ptr @f4, double %hd, x86_fp80 %third80)
  ret i32 0
}
