; purpose: an internal entry function still runs, and its status is truncated to 8 bits like a native exit (300 -> 44)
; exit: 44

define internal i32 @main() {
  ret i32 300
}
