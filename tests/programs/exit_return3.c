/* Exit status from main's return value: prints a little, then returns 3.
 * The harness must see exit status 3 and all output. */
#include <stdio.h>

static int compute(int n) {
    int s = 0;
    for (int i = 1; i <= n; i++) s += i % 3;
    return s;
}

int main(void) {
    printf("computing before returning 3\n");
    int v = compute(10);
    printf("compute(10)=%d\n", v);
    return v - 7; /* 10 - 7 = 3 */
}
