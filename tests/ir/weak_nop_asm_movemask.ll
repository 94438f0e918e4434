; purpose: extern_weak declarations nothing defines are null (a function tested before its call, a global's address), inline assembly that does nothing (empty barrier with a memory clobber and an input, .p2align, nop) runs in the interpreter, and the SSE movemask intrinsics (byte, float and double lanes, signs set and clear)
; stdout: weak null 1 1
; stdout: after asm 42
; stdout: movemask 8001 0 5 2 1

@weak_global = extern_weak global i32
@fmt1 = private constant [17 x i8] c"weak null %d %d\0A\00"
@fmt2 = private constant [14 x i8] c"after asm %d\0A\00"
@fmt3 = private constant [25 x i8] c"movemask %x %x %x %x %x\0A\00"

declare extern_weak void @weak_function(i32)
declare i32 @printf(ptr, ...)
declare i32 @llvm.x86.sse2.pmovmskb.128(<16 x i8>)
declare i32 @llvm.x86.sse.movmsk.ps(<4 x float>)
declare i32 @llvm.x86.sse2.movmsk.pd(<2 x double>)

define i32 @main() {
entry:
  %is_null = icmp eq ptr @weak_function, null
  br i1 %is_null, label %skip, label %call
call:
  call void @weak_function(i32 1)
  br label %skip
skip:
  %global_null = icmp eq ptr @weak_global, null
  %a = zext i1 %is_null to i32
  %b = zext i1 %global_null to i32
  call i32 (ptr, ...) @printf(ptr @fmt1, i32 %a, i32 %b)
  %slot = alloca i32
  store i32 41, ptr %slot
  call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %slot)
  call void asm sideeffect ".p2align 4", "~{dirflag},~{fpsr},~{flags}"()
  call void asm sideeffect "nop", "~{dirflag},~{fpsr},~{flags}"()
  %v = load i32, ptr %slot
  %v1 = add i32 %v, 1
  call i32 (ptr, ...) @printf(ptr @fmt2, i32 %v1)
  %vs = alloca <16 x i8>
  store volatile <16 x i8> <i8 -1, i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 -128>, ptr %vs
  %bytes = load volatile <16 x i8>, ptr %vs
  %m1 = call i32 @llvm.x86.sse2.pmovmskb.128(<16 x i8> %bytes)
  %fs = alloca <4 x float>
  store volatile <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, ptr %fs
  %floats = load volatile <4 x float>, ptr %fs
  %m3 = call i32 @llvm.x86.sse.movmsk.ps(<4 x float> %floats)
  %negs = fneg <4 x float> %floats
  %mixed = shufflevector <4 x float> %floats, <4 x float> %negs, <4 x i32> <i32 4, i32 1, i32 6, i32 3>
  %m4 = call i32 @llvm.x86.sse.movmsk.ps(<4 x float> %mixed)
  %ds = alloca <2 x double>
  store volatile <2 x double> <double 1.0, double -0.0>, ptr %ds
  %doubles = load volatile <2 x double>, ptr %ds
  %m5 = call i32 @llvm.x86.sse2.movmsk.pd(<2 x double> %doubles)
  %m7 = call i32 @llvm.x86.sse2.movmsk.pd(<2 x double> <double -2.0, double 3.0>)
  call i32 (ptr, ...) @printf(ptr @fmt3, i32 %m1, i32 %m3, i32 %m4, i32 %m5, i32 %m7)
  ret i32 0
}
