; purpose: cmpxchg (success and failure), every atomicrmw operation, fences and atomic loads and stores give the documented old values
; stdout: cmpxchg=5,1 5,0
; stdout: rmw xchg=9 add=1 sub=11 and=8 nand=8 or=-1 xor=-1 max=7 min=7 umax=-1 umin=-1
; stdout: fadd=1.5 final=4 load=4

@f1 = private constant [21 x i8] c"cmpxchg=%d,%d %d,%d\0A\00"
@f2 = private constant [85 x i8] c"rmw xchg=%d add=%d sub=%d and=%d nand=%d or=%d xor=%d max=%d min=%d umax=%d umin=%d\0A\00"
@f3 = private constant [26 x i8] c"fadd=%g final=%g load=%d\0A\00"
@cell = global i32 5
@fcell = global float 1.5

declare i32 @printf(ptr, ...)

define i32 @main() {
  %c1 = cmpxchg ptr @cell, i32 5, i32 9 seq_cst seq_cst
  %c1v = extractvalue { i32, i1 } %c1, 0
  %c1o = extractvalue { i32, i1 } %c1, 1
  %c1oz = zext i1 %c1o to i32
  %c2 = cmpxchg weak ptr @cell, i32 5, i32 1 acquire monotonic
  %c2o = extractvalue { i32, i1 } %c2, 1
  %c2oz = zext i1 %c2o to i32
  call i32 (ptr, ...) @printf(ptr @f1, i32 %c1v, i32 %c1oz, i32 %c1v, i32 %c2oz)
  fence seq_cst
  %x = atomicrmw xchg ptr @cell, i32 1 seq_cst
  %a = atomicrmw add ptr @cell, i32 10 seq_cst
  %s = atomicrmw sub ptr @cell, i32 3 seq_cst
  %n = atomicrmw and ptr @cell, i32 12 acq_rel
  %nd = atomicrmw nand ptr @cell, i32 0 release
  %o = atomicrmw or ptr @cell, i32 7 monotonic
  %xr = atomicrmw xor ptr @cell, i32 -8 seq_cst
  %mx = atomicrmw max ptr @cell, i32 5 seq_cst
  %mn = atomicrmw min ptr @cell, i32 -1 seq_cst
  %ux = atomicrmw umax ptr @cell, i32 5 seq_cst
  %un = atomicrmw umin ptr @cell, i32 4 seq_cst
  call i32 (ptr, ...) @printf(ptr @f2, i32 %x, i32 %a, i32 %s, i32 %n, i32 %nd, i32 %o, i32 %xr, i32 %mx, i32 %mn, i32 %ux, i32 %un)
  %fa = atomicrmw fadd ptr @fcell, float 2.5 seq_cst
  %fad = fpext float %fa to double
  %ff = load atomic float, ptr @fcell seq_cst, align 4
  %ffd = fpext float %ff to double
  store atomic i32 4, ptr @cell release, align 4
  %ld = load atomic i32, ptr @cell acquire, align 4
  call i32 (ptr, ...) @printf(ptr @f3, double %fad, double %ffd, i32 %ld)
  ret i32 0
}
