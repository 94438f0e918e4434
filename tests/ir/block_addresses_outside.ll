; purpose: a table of a function's block addresses used outside that function: the tiered modes cannot cut the program into units, say so, and run it compiled whole
; stdout: 7

@table = private constant [2 x ptr] [ptr blockaddress(@pick, %a), ptr blockaddress(@pick, %b)]
@fmt = private constant [4 x i8] c"%d\0A\00"

declare i32 @printf(ptr, ...)

define i32 @pick(ptr %target) {
entry:
  indirectbr ptr %target, [label %a, label %b]
a:
  ret i32 3
b:
  ret i32 4
}

define i32 @main() {
  %first = load ptr, ptr @table
  %second.slot = getelementptr [2 x ptr], ptr @table, i32 0, i32 1
  %second = load ptr, ptr %second.slot
  %x = call i32 @pick(ptr %first)
  %y = call i32 @pick(ptr %second)
  %sum = add i32 %x, %y
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %sum)
  ret i32 0
}
