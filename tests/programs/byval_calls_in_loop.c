/* A struct passed by value (byval in IR: too big for registers) to a
 * function called in a long loop, and to a recursive one: the callee's copy
 * of the argument must go away when it returns, or the interpreter's stack
 * (256 MiB) fills up: 600,000 calls with a 512-byte argument crashed it. */
#include <stdio.h>

struct big {
    long a[64];
};

static __attribute__((noinline)) long sum(struct big b) {
    long s = 0;
    for (int i = 0; i < 64; i += 16) s += b.a[i] * (i + 1);
    return s;
}

static __attribute__((noinline)) long depth(struct big b, int n) {
    if (n == 0) return b.a[0];
    b.a[0] += n;
    return depth(b, n - 1) + b.a[63];
}

int main(void) {
    struct big b;
    for (int i = 0; i < 64; i++) b.a[i] = i * 3 - 7;
    long t = 0;
    for (int i = 0; i < 600000; i++) {
        b.a[i % 64] += i & 7;
        t += sum(b);
    }
    printf("sum: %ld\n", t);
    printf("depth: %ld\n", depth(b, 2000));
    return 0;
}
