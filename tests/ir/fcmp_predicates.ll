; purpose: all 16 fcmp predicates, scalar float and double, on ordered pairs, equal pairs, +0/-0, infinities, subnormals and quiet NaNs of both signs
; stdout: type   pair       false oeq ogt oge olt ole one ord ueq ugt uge ult ule une uno true
; stdout: double 1,2        0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: double 2,1        0     0   1   1   0   0   1   1   0   1   1   0   0   1   0   1
; stdout: double 1,1        0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: double +0,-0      0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: double -0,+0      0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: double nan,1      0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: double 1,nan      0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: double nan,nan    0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: double +inf,+inf  0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: double -inf,+inf  0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: double +inf,nan   0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: double -inf,-max  0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: double minsub,+0  0     0   1   1   0   0   1   1   0   1   1   0   0   1   0   1
; stdout: double -nan,-inf  0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: float  1,2        0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: float  2,1        0     0   1   1   0   0   1   1   0   1   1   0   0   1   0   1
; stdout: float  1,1        0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: float  +0,-0      0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: float  -0,+0      0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: float  nan,1      0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: float  1,nan      0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: float  nan,nan    0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: float  +inf,+inf  0     1   0   1   0   1   0   1   1   0   1   0   1   0   0   1
; stdout: float  -inf,+inf  0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: float  +inf,nan   0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1
; stdout: float  -inf,-max  0     0   0   0   1   1   1   1   0   0   0   1   1   1   0   1
; stdout: float  minsub,+0  0     0   1   1   0   0   1   1   0   1   1   0   0   1   0   1
; stdout: float  -nan,-inf  0     0   0   0   0   0   0   0   1   1   1   1   1   1   1   1

; the digits under each predicate name are its result (1 = true) for the pair on that row
@header = private constant [86 x i8] c"type   pair       false oeq ogt oge olt ole one ord ueq ugt uge ult ule une uno true\0A\00"
@row = private constant [92 x i8] c"%-6s %-10s %d     %d   %d   %d   %d   %d   %d   %d   %d   %d   %d   %d   %d   %d   %d   %d\0A\00"
@tf = private constant [6 x i8] c"float\00"
@td = private constant [7 x i8] c"double\00"
@lab0 = private constant [4 x i8] c"1,2\00"
@lab1 = private constant [4 x i8] c"2,1\00"
@lab2 = private constant [4 x i8] c"1,1\00"
@lab3 = private constant [6 x i8] c"+0,-0\00"
@lab4 = private constant [6 x i8] c"-0,+0\00"
@lab5 = private constant [6 x i8] c"nan,1\00"
@lab6 = private constant [6 x i8] c"1,nan\00"
@lab7 = private constant [8 x i8] c"nan,nan\00"
@lab8 = private constant [10 x i8] c"+inf,+inf\00"
@lab9 = private constant [10 x i8] c"-inf,+inf\00"
@lab10 = private constant [9 x i8] c"+inf,nan\00"
@lab11 = private constant [10 x i8] c"-inf,-max\00"
@lab12 = private constant [10 x i8] c"minsub,+0\00"
@lab13 = private constant [10 x i8] c"-nan,-inf\00"
@labels = global [14 x ptr] [ptr @lab0, ptr @lab1, ptr @lab2, ptr @lab3, ptr @lab4, ptr @lab5, ptr @lab6, ptr @lab7, ptr @lab8, ptr @lab9, ptr @lab10, ptr @lab11, ptr @lab12, ptr @lab13]
@dpairs = global [28 x double] [double 0x3FF0000000000000, double 0x4000000000000000, double 0x4000000000000000, double 0x3FF0000000000000, double 0x3FF0000000000000, double 0x3FF0000000000000, double 0x0000000000000000, double 0x8000000000000000, double 0x8000000000000000, double 0x0000000000000000, double 0x7FF8000000000000, double 0x3FF0000000000000, double 0x3FF0000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000, double 0xFFF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF8000000000000, double 0xFFF0000000000000, double 0xFFEFFFFFFFFFFFFF, double 0x0000000000000001, double 0x0000000000000000, double 0xFFF8000000000000, double 0xFFF0000000000000]
@fpairs = global [28 x float] [float 0x3FF0000000000000, float 0x4000000000000000, float 0x4000000000000000, float 0x3FF0000000000000, float 0x3FF0000000000000, float 0x3FF0000000000000, float 0x0000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x0000000000000000, float 0x7FF8000000000000, float 0x3FF0000000000000, float 0x3FF0000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0xFFF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF8000000000000, float 0xFFF0000000000000, float 0xC7EFFFFFE0000000, float 0x36A0000000000000, float 0x0000000000000000, float 0xFFF8000000000000, float 0xFFF0000000000000]

declare i32 @printf(ptr, ...)

define void @cmp_double(ptr %label, double %a, double %b) noinline {
  %false = fcmp false double %a, %b
  %false.w = zext i1 %false to i32
  %oeq = fcmp oeq double %a, %b
  %oeq.w = zext i1 %oeq to i32
  %ogt = fcmp ogt double %a, %b
  %ogt.w = zext i1 %ogt to i32
  %oge = fcmp oge double %a, %b
  %oge.w = zext i1 %oge to i32
  %olt = fcmp olt double %a, %b
  %olt.w = zext i1 %olt to i32
  %ole = fcmp ole double %a, %b
  %ole.w = zext i1 %ole to i32
  %one = fcmp one double %a, %b
  %one.w = zext i1 %one to i32
  %ord = fcmp ord double %a, %b
  %ord.w = zext i1 %ord to i32
  %ueq = fcmp ueq double %a, %b
  %ueq.w = zext i1 %ueq to i32
  %ugt = fcmp ugt double %a, %b
  %ugt.w = zext i1 %ugt to i32
  %uge = fcmp uge double %a, %b
  %uge.w = zext i1 %uge to i32
  %ult = fcmp ult double %a, %b
  %ult.w = zext i1 %ult to i32
  %ule = fcmp ule double %a, %b
  %ule.w = zext i1 %ule to i32
  %une = fcmp une double %a, %b
  %une.w = zext i1 %une to i32
  %uno = fcmp uno double %a, %b
  %uno.w = zext i1 %uno to i32
  %true = fcmp true double %a, %b
  %true.w = zext i1 %true to i32
  call i32 (ptr, ...) @printf(ptr @row, ptr @td, ptr %label, i32 %false.w, i32 %oeq.w, i32 %ogt.w, i32 %oge.w, i32 %olt.w, i32 %ole.w, i32 %one.w, i32 %ord.w, i32 %ueq.w, i32 %ugt.w, i32 %uge.w, i32 %ult.w, i32 %ule.w, i32 %une.w, i32 %uno.w, i32 %true.w)
  ret void
}

define void @cmp_float(ptr %label, float %a, float %b) noinline {
  %false = fcmp false float %a, %b
  %false.w = zext i1 %false to i32
  %oeq = fcmp oeq float %a, %b
  %oeq.w = zext i1 %oeq to i32
  %ogt = fcmp ogt float %a, %b
  %ogt.w = zext i1 %ogt to i32
  %oge = fcmp oge float %a, %b
  %oge.w = zext i1 %oge to i32
  %olt = fcmp olt float %a, %b
  %olt.w = zext i1 %olt to i32
  %ole = fcmp ole float %a, %b
  %ole.w = zext i1 %ole to i32
  %one = fcmp one float %a, %b
  %one.w = zext i1 %one to i32
  %ord = fcmp ord float %a, %b
  %ord.w = zext i1 %ord to i32
  %ueq = fcmp ueq float %a, %b
  %ueq.w = zext i1 %ueq to i32
  %ugt = fcmp ugt float %a, %b
  %ugt.w = zext i1 %ugt to i32
  %uge = fcmp uge float %a, %b
  %uge.w = zext i1 %uge to i32
  %ult = fcmp ult float %a, %b
  %ult.w = zext i1 %ult to i32
  %ule = fcmp ule float %a, %b
  %ule.w = zext i1 %ule to i32
  %une = fcmp une float %a, %b
  %une.w = zext i1 %une to i32
  %uno = fcmp uno float %a, %b
  %uno.w = zext i1 %uno to i32
  %true = fcmp true float %a, %b
  %true.w = zext i1 %true to i32
  call i32 (ptr, ...) @printf(ptr @row, ptr @tf, ptr %label, i32 %false.w, i32 %oeq.w, i32 %ogt.w, i32 %oge.w, i32 %olt.w, i32 %ole.w, i32 %one.w, i32 %ord.w, i32 %ueq.w, i32 %ugt.w, i32 %uge.w, i32 %ult.w, i32 %ule.w, i32 %une.w, i32 %uno.w, i32 %true.w)
  ret void
}

define i32 @main() {
entry:
  call i32 (ptr, ...) @printf(ptr @header)
  br label %dloop
dloop:
  %di = phi i64 [ 0, %entry ], [ %dnext, %dloop ]
  %dlp = getelementptr [14 x ptr], ptr @labels, i64 0, i64 %di
  %dlabel = load ptr, ptr %dlp
  %dj = shl i64 %di, 1
  %dap = getelementptr double, ptr @dpairs, i64 %dj
  %da = load double, ptr %dap
  %dbp = getelementptr double, ptr %dap, i64 1
  %db = load double, ptr %dbp
  call void @cmp_double(ptr %dlabel, double %da, double %db)
  %dnext = add i64 %di, 1
  %ddone = icmp eq i64 %dnext, 14
  br i1 %ddone, label %floop, label %dloop
floop:
  %fi = phi i64 [ 0, %dloop ], [ %fnext, %floop ]
  %flp = getelementptr [14 x ptr], ptr @labels, i64 0, i64 %fi
  %flabel = load ptr, ptr %flp
  %fj = shl i64 %fi, 1
  %fap = getelementptr float, ptr @fpairs, i64 %fj
  %fa = load float, ptr %fap
  %fbp = getelementptr float, ptr %fap, i64 1
  %fb = load float, ptr %fbp
  call void @cmp_float(ptr %flabel, float %fa, float %fb)
  %fnext = add i64 %fi, 1
  %fdone = icmp eq i64 %fnext, 14
  br i1 %fdone, label %end, label %floop
end:
  ret i32 0
}
