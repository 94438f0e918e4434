/* Dynamic stack allocation: __builtin_alloca with run-time sizes (in
 * loops, in recursive functions, with alignment requirements) and
 * variable-length arrays (1-D, 2-D, VLA parameters, sizeof on VLAs, VLAs
 * in loops whose storage is released every iteration, VLA of structs). */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

__attribute__((noinline)) static unsigned long alloca_sum(int n) {
    int *buf = __builtin_alloca((size_t)n * sizeof(int));
    for (int i = 0; i < n; i++) buf[i] = i * i;
    unsigned long s = 0;
    for (int i = n - 1; i >= 0; i--) s = s * 3 + (unsigned long)buf[i];
    return s;
}

/* recursion where every frame allocas a different amount */
__attribute__((noinline)) static unsigned recursive_alloca(int depth, unsigned seed) {
    if (depth == 0) return seed;
    size_t n = (size_t)(depth * 7 % 13 + 1);
    unsigned char *p = __builtin_alloca(n);
    for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(seed + i);
    unsigned inner = recursive_alloca(depth - 1, seed * 33 + n);
    for (size_t i = 0; i < n; i++) inner += p[i]; /* our bytes must be intact */
    return inner;
}

__attribute__((noinline)) static int alignment_ok(int n) {
    int ok = 1;
    for (int i = 1; i <= n; i++) {
        char *c = __builtin_alloca((size_t)i);
        double *d = __builtin_alloca(sizeof(double) * (size_t)i);
        long double *ld = __builtin_alloca(sizeof(long double));
        c[0] = 1;
        d[0] = 1.0;
        *ld = 2.0L;
        ok &= ((uintptr_t)d % _Alignof(double)) == 0;
        ok &= ((uintptr_t)ld % 16) == 0;
        ok &= *ld == 2.0L;
    }
    return ok;
}

__attribute__((noinline)) static double matrix_trace_product(int n, double a[n][n], double b[n][n]) {
    double t = 0;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) t += a[i][k] * b[k][i];
    return t;
}

__attribute__((noinline)) static long vla_sizes(int rows, int cols) {
    int m[rows][cols];
    printf("  sizeof m=%zu sizeof m[0]=%zu\n", sizeof m, sizeof m[0]);
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) m[r][c] = r * 100 + c;
    long s = 0;
    for (int r = 0; r < rows; r++) s += m[r][cols - 1 - r % cols];
    return s;
}

struct item { char name[8]; int weight; };

int main(void) {
    volatile int sizes[] = {1, 5, 100, 1000, 30000};
    for (int i = 0; i < 5; i++) printf("alloca_sum(%d)=%lu\n", sizes[i], alloca_sum(sizes[i]));
    printf("recursive_alloca=%u\n", recursive_alloca(200, 1));
    printf("alignment ok=%d\n", alignment_ok(64));

    /* many VLAs in a loop: each iteration's storage must be released */
    unsigned long total = 0;
    for (int iter = 0; iter < 2000; iter++) {
        int n = 100 + iter % 200;
        char vla[n];
        memset(vla, (char)(iter & 0x7F), (size_t)n);
        vla[n - 1] = 0;
        total += strlen(vla) + (unsigned char)vla[0];
    }
    printf("vla loop total=%lu\n", total);

    volatile int n = 12;
    double a[n][n], b[n][n];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            a[i][j] = i + j * 0.5;
            b[i][j] = (i == j) ? 2.0 : 1.0 / (1 + i + j);
        }
    printf("trace(a*b)=%.17g sizeof a=%zu\n", matrix_trace_product(n, a, b), sizeof a);
    printf("vla_sizes(7,9)=%ld\n", vla_sizes(7, 9));
    printf("vla_sizes(3,50)=%ld\n", vla_sizes(3, 50));

    int count = n / 2;
    struct item items[count];
    for (int i = 0; i < count; i++) {
        snprintf(items[i].name, sizeof items[i].name, "it%d", i);
        items[i].weight = (i * 17) % 11;
    }
    int best = 0;
    for (int i = 1; i < count; i++)
        if (items[i].weight > items[best].weight) best = i;
    printf("heaviest: %s (%d) of %d items, sizeof items=%zu\n", items[best].name,
           items[best].weight, count, sizeof items);

    /* alloca'd string building */
    const char *words[] = {"alpha", "beta", "gamma", "delta"};
    size_t len = 1;
    for (int i = 0; i < 4; i++) len += strlen(words[i]) + 1;
    char *joined = __builtin_alloca(len);
    joined[0] = 0;
    for (int i = 0; i < 4; i++) {
        strcat(joined, words[i]);
        if (i < 3) strcat(joined, "+");
    }
    printf("joined=%s (len %zu)\n", joined, strlen(joined));
    return 0;
}
