; purpose: getelementptr producing vectors of pointers (scalar base with vector indices of i64 and negative i32 lanes, a vector base with a struct field, a splat index), and bitcasts between i1 vectors and integers or byte vectors (lane k as bit k), both ways
; stdout: gep 10 11 15 17 | 11
; stdout: fields 300 200 300
; stdout: bits 95 5 95 0 | 1 0 1

%pair = type { i32, i64 }

@arr = global [8 x i32] [i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17]
@pairs = global [3 x %pair] [%pair { i32 1, i64 100 }, %pair { i32 2, i64 200 }, %pair { i32 3, i64 300 }]
@fmt1 = private constant [22 x i8] c"gep %d %d %d %d | %d\0A\00"
@fmt2 = private constant [20 x i8] c"fields %ld %ld %ld\0A\00"
@fmt3 = private constant [29 x i8] c"bits %x %x %x %x | %d %d %d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @main() {
entry:
  %slot = alloca <4 x i64>
  store volatile <4 x i64> <i64 0, i64 1, i64 5, i64 7>, ptr %slot
  %idx = load volatile <4 x i64>, ptr %slot
  %ps = getelementptr i32, ptr @arr, <4 x i64> %idx
  %p0 = extractelement <4 x ptr> %ps, i32 0
  %p1 = extractelement <4 x ptr> %ps, i32 1
  %p2 = extractelement <4 x ptr> %ps, i32 2
  %p3 = extractelement <4 x ptr> %ps, i32 3
  %v0 = load i32, ptr %p0
  %v1 = load i32, ptr %p1
  %v2 = load i32, ptr %p2
  %v3 = load i32, ptr %p3
  %mid = getelementptr i32, ptr @arr, i64 4
  %s32 = alloca <2 x i32>
  store volatile <2 x i32> <i32 -3, i32 2>, ptr %s32
  %idx32 = load volatile <2 x i32>, ptr %s32
  %qs = getelementptr i32, ptr %mid, <2 x i32> %idx32
  %q0 = extractelement <2 x ptr> %qs, i32 0
  %w0 = load i32, ptr %q0
  call i32 (ptr, ...) @printf(ptr @fmt1, i32 %v0, i32 %v1, i32 %v2, i32 %v3, i32 %w0)
  %b0 = insertelement <2 x ptr> undef, ptr @pairs, i32 0
  %second = getelementptr %pair, ptr @pairs, i64 1
  %bases = insertelement <2 x ptr> %b0, ptr %second, i32 1
  %fields = getelementptr %pair, <2 x ptr> %bases, <2 x i64> <i64 2, i64 0>, i32 1
  %f0 = extractelement <2 x ptr> %fields, i32 0
  %f1 = extractelement <2 x ptr> %fields, i32 1
  %x0 = load i64, ptr %f0
  %x1 = load i64, ptr %f1
  %splat = getelementptr %pair, <2 x ptr> %bases, i64 1, i32 1
  %g1 = extractelement <2 x ptr> %splat, i32 1
  %x2 = load i64, ptr %g1
  call i32 (ptr, ...) @printf(ptr @fmt2, i64 %x0, i64 %x1, i64 %x2)
  %vs = alloca <8 x i32>
  store volatile <8 x i32> <i32 5, i32 -1, i32 7, i32 0, i32 9, i32 -4, i32 2, i32 8>, ptr %vs
  %v = load volatile <8 x i32>, ptr %vs
  %gt = icmp sgt <8 x i32> %v, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %m8 = bitcast <8 x i1> %gt to i8
  %low = shufflevector <8 x i1> %gt, <8 x i1> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %m4 = bitcast <4 x i1> %low to i4
  %wide = shufflevector <8 x i1> %gt, <8 x i1> zeroinitializer, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %m16 = bitcast <16 x i1> %wide to <2 x i8>
  %m16a = extractelement <2 x i8> %m16, i32 0
  %m16b = extractelement <2 x i8> %m16, i32 1
  %e8 = zext i8 %m8 to i32
  %e4 = zext i4 %m4 to i32
  %e16a = zext i8 %m16a to i32
  %e16b = zext i8 %m16b to i32
  %ms = alloca i16
  store volatile i16 -23131, ptr %ms
  %mask = load volatile i16, ptr %ms
  %back = bitcast i16 %mask to <16 x i1>
  %l0 = extractelement <16 x i1> %back, i32 0
  %l1 = extractelement <16 x i1> %back, i32 1
  %l15 = extractelement <16 x i1> %back, i32 15
  %z0 = zext i1 %l0 to i32
  %z1 = zext i1 %l1 to i32
  %z15 = zext i1 %l15 to i32
  call i32 (ptr, ...) @printf(ptr @fmt3, i32 %e8, i32 %e4, i32 %e16a, i32 %e16b, i32 %z0, i32 %z1, i32 %z15)
  ret i32 0
}
