/* Computed goto beyond a dispatch table: a state machine whose next state
 * is a label address carried from one loop iteration to the next (live at
 * the loop header, where on-stack replacement enters), a recursive function
 * dispatching through a static table, a local (non-static) array of label
 * addresses copied onto the stack, and label addresses compared for
 * equality. Every loop runs long enough for the tiered modes to move the
 * running activation to compiled code. */
#include <stdio.h>
#include <stdint.h>

static uint64_t machine(int steps) {
    void *state = &&start;
    uint64_t h = 1469598103934665603ull;
    int i = 0;
    while (i < steps) {
        i++;
        goto *state;
    start:
        h = (h ^ (uint64_t)i) * 1099511628211ull;
        state = (h & 3) == 0 ? &&odd : &&even;
        continue;
    even:
        h += (uint64_t)i * 7;
        state = (h & 1) ? &&odd : &&start;
        continue;
    odd:
        h ^= h >> 13;
        state = (i % 5 == 0) ? &&start : &&even;
    }
    int which = state == &&start ? 0 : state == &&even ? 1 : state == &&odd ? 2 : 3;
    return h * 4 + (uint64_t)which;
}

/* Ackermann-like recursion through a dispatch table. */
static long walk(int depth, int width) {
    static void *const table[] = {&&leaf, &&branch, &&sum};
    long total = 0;
    int k = 0;
    int op = depth == 0 ? 0 : 1;
next:
    goto *table[op];
leaf:
    total += width + k;
    op = 2;
    goto next;
branch:
    total += walk(depth - 1, width + k);
    op = 2;
    goto next;
sum:
    if (++k < width) {
        op = depth == 0 ? 0 : 1;
        goto next;
    }
    return total;
}

/* The label table is a local array: its addresses go through memory. */
static int local_table(const unsigned char *ops, int n, int rounds) {
    void *labels[] = {&&add, &&mul, &&neg};
    int acc = 0;
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < n; i++) {
            goto *labels[ops[i] % 3];
        add:
            acc += i + r;
            continue;
        mul:
            acc = acc * 3 + 1;
            continue;
        neg:
            acc = -acc / 2;
        }
        acc &= 0xffffff;
    }
    return acc;
}

int main(void) {
    printf("machine(10)=%llu\n", (unsigned long long)machine(10));
    printf("machine(300000)=%llu\n", (unsigned long long)machine(300000));
    printf("walk(1,2000)=%ld\n", walk(1, 2000));
    printf("walk(1,3)=%ld\n", walk(1, 3));
    printf("walk(4,9)=%ld\n", walk(4, 9));
    const unsigned char ops[] = {0, 1, 2, 0, 0, 1, 2, 2, 1, 0, 1};
    printf("local_table=%d\n", local_table(ops, sizeof ops, 40000));
    return 0;
}
