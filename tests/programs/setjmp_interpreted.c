/* setjmp in the interpreter's terms: a setjmp called in a loop many times by one activation
 * (each time again, as an error-recovery loop does), longjmp from deep recursion and from a
 * qsort callback to a setjmp in a function called through a pointer, an unmodified local read
 * after the longjmp while other values were live on the way, setjmp in a recursive function
 * (longjmp to an outer level, then to an inner one), a setjmp whose function returns a struct,
 * two setjmp calls alternating in one loop, and sigsetjmp. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf loop_env;
static long sink;

__attribute__((noinline)) static void maybe_throw(int i) {
    if (i % 3 == 0)
        longjmp(loop_env, i + 1);
}

static long error_loop(int n) {
    long caught = 0, passed = 0;
    for (volatile int i = 0; i < n; i++) {
        int code = setjmp(loop_env);
        if (code == 0) {
            maybe_throw(i);
            passed++;
        } else {
            caught += code;
        }
    }
    return caught * 1000 + passed;
}

static jmp_buf deep_env;

__attribute__((noinline)) static int deep(int depth) {
    if (depth == 0)
        longjmp(deep_env, 42);
    return deep(depth - 1) + 1;
}

static int unmodified_after_longjmp(int n) {
    int kept = n * 3 + 1;
    int code = setjmp(deep_env);
    if (code == 0) {
        long t = 0;
        for (int i = 0; i < n; i++) {
            int y = i * 7 + kept;
            t += y;
        }
        sink += t;
        deep(n * 10);
    }
    return kept + code;
}

static jmp_buf sort_env;
static int comparisons;

static int compare(const void *a, const void *b) {
    if (++comparisons == 20)
        longjmp(sort_env, 7);
    return *(const int *)a - *(const int *)b;
}

static int sort_and_bail(void) {
    int data[64];
    for (int i = 0; i < 64; i++)
        data[i] = (i * 37) % 64;
    int code = setjmp(sort_env);
    if (code == 0) {
        qsort(data, 64, sizeof data[0], compare);
        return -1;
    }
    return code * 100 + comparisons;
}

static jmp_buf *levels[8];

static int recursive(int level) {
    jmp_buf here;
    levels[level] = &here;
    int code = setjmp(here);
    if (code != 0)
        return level * 10 + code;
    if (level == 4)
        longjmp(*levels[1], 3);
    return recursive(level + 1) + 1000;
}

struct pair {
    long a, b, c;
};

static jmp_buf pair_env;

static struct pair make_pair(int x) {
    struct pair p = {x, 2 * x, 3 * x};
    if (setjmp(pair_env) == 0) {
        if (x > 5)
            longjmp(pair_env, 1);
        return p;
    }
    p.c = -1;
    return p;
}

static long alternating(int n) {
    jmp_buf a, b;
    long total = 0;
    for (volatile int i = 0; i < n; i++) {
        if (setjmp(a) == 0) {
            if (i % 2)
                longjmp(a, 1);
            total += 1;
        } else {
            total += 10;
        }
        if (setjmp(b) == 0) {
            if (i % 5 == 0)
                longjmp(b, 2);
            total += 100;
        } else {
            total += 1000;
        }
    }
    return total;
}

static int through_sigsetjmp(void) {
    sigjmp_buf env;
    int code = sigsetjmp(env, 1);
    if (code == 0)
        siglongjmp(env, 9);
    return code;
}

int main(void) {
    int (*table[])(int) = {unmodified_after_longjmp, recursive};
    printf("error loop %ld\n", error_loop(200000));
    printf("unmodified %d\n", table[0](50));
    printf("qsort %d\n", sort_and_bail());
    printf("recursive %d\n", table[1](0));
    struct pair p = make_pair(3), q = make_pair(8);
    printf("pairs %ld %ld %ld / %ld %ld %ld\n", p.a, p.b, p.c, q.a, q.b, q.c);
    printf("alternating %ld\n", alternating(20000));
    printf("sigsetjmp %d\n", through_sigsetjmp());
    printf("sink %ld\n", sink);
    return 0;
}
