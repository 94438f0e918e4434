/* exit(42) called from a function nested several calls deep while stdout
 * still has buffered output (no fflush, stdout is a pipe so it is fully
 * buffered): exit() must flush it. Code after the exit call never runs,
 * and an atexit handler sees the partially updated state. */
#include <stdio.h>
#include <stdlib.h>

static int progress;

static void on_exit_handler(void) { printf("atexit: progress=%d\n", progress); }

__attribute__((noinline)) static void level3(int v) {
    printf("level3: v=%d, calling exit(42)\n", v);
    progress = 3;
    exit(v);
}
__attribute__((noinline)) static void level2(int v) {
    progress = 2;
    level3(v * 2);
    printf("level2: not reached\n");
}
__attribute__((noinline)) static void level1(int v) {
    progress = 1;
    for (int i = 0; i < 100; i++) printf("buffered line %d\n", i);
    level2(v + 1);
    printf("level1: not reached\n");
}

int main(void) {
    atexit(on_exit_handler);
    level1(20); /* (20 + 1) * 2 = 42 */
    printf("main: not reached\n");
    return 0;
}
