; purpose: shufflevector (with poison lanes), insert/extract at variable lanes, vector compares to i4 masks, reductions, masked load/store
; stdout: shuffle=40 10 30 20
; stdout: lane=7 mask=0x5
; stdout: reduce.add=100 reduce.umax=40 reduce.fadd=10
; stdout: masked=1 0 3 0

@f1 = private constant [21 x i8] c"shuffle=%d %d %d %d\0A\00"
@f2 = private constant [19 x i8] c"lane=%d mask=0x%x\0A\00"
@f3 = private constant [45 x i8] c"reduce.add=%d reduce.umax=%d reduce.fadd=%g\0A\00"
@f4 = private constant [20 x i8] c"masked=%d %d %d %d\0A\00"

declare i32 @printf(ptr, ...)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>)
declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, i32, <4 x i1>)

define i32 @lane(<4 x i32> %v, i32 %i) noinline {
  %x = extractelement <4 x i32> %v, i32 %i
  ret i32 %x
}

define i32 @main() {
  %v = add <4 x i32> <i32 10, i32 20, i32 30, i32 40>, zeroinitializer
  %s = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 0, i32 2, i32 1>
  %s0 = extractelement <4 x i32> %s, i32 0
  %s1 = extractelement <4 x i32> %s, i32 1
  %s2 = extractelement <4 x i32> %s, i32 2
  %s3 = extractelement <4 x i32> %s, i32 3
  call i32 (ptr, ...) @printf(ptr @f1, i32 %s0, i32 %s1, i32 %s2, i32 %s3)
  %w = insertelement <4 x i32> %v, i32 7, i32 2
  %l = call i32 @lane(<4 x i32> %w, i32 2)
  %cmp = icmp ult <4 x i32> %w, <i32 15, i32 15, i32 15, i32 15>
  %bits = bitcast <4 x i1> %cmp to i4
  %mask = zext i4 %bits to i32
  call i32 (ptr, ...) @printf(ptr @f2, i32 %l, i32 %mask)
  %ra = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  %rm = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %v)
  %rf = call float @llvm.vector.reduce.fadd.v4f32(float 0.0, <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>)
  %rfd = fpext float %rf to double
  call i32 (ptr, ...) @printf(ptr @f3, i32 %ra, i32 %rm, double %rfd)
  %buf = alloca <4 x i32>
  store <4 x i32> zeroinitializer, ptr %buf
  call void @llvm.masked.store.v4i32.p0(<4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %buf, i32 4, <4 x i1> <i1 true, i1 false, i1 true, i1 false>)
  %ml = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr %buf, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x i32> zeroinitializer)
  %m0 = extractelement <4 x i32> %ml, i32 0
  %m1 = extractelement <4 x i32> %ml, i32 1
  %m2 = extractelement <4 x i32> %ml, i32 2
  %m3 = extractelement <4 x i32> %ml, i32 3
  call i32 (ptr, ...) @printf(ptr @f4, i32 %m0, i32 %m1, i32 %m2, i32 %m3)
  ret i32 0
}
