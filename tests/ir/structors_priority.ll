; purpose: llvm.global_ctors run by ascending priority (in order within one), llvm.global_dtors in the exact reverse, after atexit handlers
; stdout: ctor 101
; stdout: ctor 200 first
; stdout: ctor 200 second
; stdout: ctor 65535
; stdout: main
; stdout: atexit
; stdout: dtor 65535
; stdout: dtor 200 second
; stdout: dtor 200 first
; stdout: dtor 101

@llvm.global_ctors = appending global [4 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 200, ptr @c200a, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @cdef, ptr null }, { i32, ptr, ptr } { i32 101, ptr @c101, ptr null }, { i32, ptr, ptr } { i32 200, ptr @c200b, ptr null }]
@llvm.global_dtors = appending global [4 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 200, ptr @d200a, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @ddef, ptr null }, { i32, ptr, ptr } { i32 101, ptr @d101, ptr null }, { i32, ptr, ptr } { i32 200, ptr @d200b, ptr null }]

@s1 = private constant [9 x i8] c"ctor 101\00"
@s2 = private constant [15 x i8] c"ctor 200 first\00"
@s3 = private constant [16 x i8] c"ctor 200 second\00"
@s4 = private constant [11 x i8] c"ctor 65535\00"
@s5 = private constant [5 x i8] c"main\00"
@s6 = private constant [7 x i8] c"atexit\00"
@t1 = private constant [9 x i8] c"dtor 101\00"
@t2 = private constant [15 x i8] c"dtor 200 first\00"
@t3 = private constant [16 x i8] c"dtor 200 second\00"
@t4 = private constant [11 x i8] c"dtor 65535\00"

declare i32 @puts(ptr)
declare i32 @atexit(ptr)

define internal void @c101() {
  call i32 @puts(ptr @s1)
  ret void
}
define internal void @c200a() {
  call i32 @puts(ptr @s2)
  ret void
}
define internal void @c200b() {
  call i32 @puts(ptr @s3)
  ret void
}
define internal void @cdef() {
  call i32 @puts(ptr @s4)
  ret void
}
define internal void @d101() {
  call i32 @puts(ptr @t1)
  ret void
}
define internal void @d200a() {
  call i32 @puts(ptr @t2)
  ret void
}
define internal void @d200b() {
  call i32 @puts(ptr @t3)
  ret void
}
define internal void @ddef() {
  call i32 @puts(ptr @t4)
  ret void
}
define internal void @on_exit() {
  call i32 @puts(ptr @s6)
  ret void
}

define i32 @main() {
  call i32 @atexit(ptr @on_exit)
  call i32 @puts(ptr @s5)
  ret i32 0
}
