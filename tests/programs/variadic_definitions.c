/* Variadic functions defined in the program, as the interpreter runs them:
 * more arguments than argument registers (7+ integers, 9+ doubles),
 * __int128 and long double (16-byte aligned on the stack), a va_list
 * handed to a program function (v-style) and to vsnprintf, va_copy, a
 * recursive variadic function, and calls through a function pointer from a
 * loop hot enough to be compiled (native callers get compiled code). */
#include <stdarg.h>
#include <stdio.h>

static long vsum(int count, va_list ap) {
    long total = 0;
    for (int i = 0; i < count; i++) total += va_arg(ap, long);
    return total;
}

static long sum_longs(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long total = vsum(count, ap);
    va_end(ap);
    return total;
}

static double weighted(int count, ...) {
    va_list ap, again;
    va_start(ap, count);
    va_copy(again, ap);
    double total = 0, weights = 0;
    for (int i = 0; i < count; i++) total += va_arg(ap, double) * (i + 1);
    for (int i = 0; i < count; i++) weights += va_arg(again, double);
    va_end(again);
    va_end(ap);
    return total / (weights == 0 ? 1 : weights);
}

static unsigned long long wide(int count, ...) {
    va_list ap;
    va_start(ap, count);
    unsigned __int128 acc = 0;
    long double scale = 1;
    for (int i = 0; i < count; i++) {
        acc = acc * 1000003 + va_arg(ap, unsigned __int128);
        scale *= va_arg(ap, long double);
        acc ^= (unsigned)va_arg(ap, int);
    }
    va_end(ap);
    return (unsigned long long)(acc >> 7) ^ (unsigned long long)(scale * 1000);
}

/* Sums its arguments until a zero, calling itself on the rest. */
static long chain(long first, ...) {
    if (first == 0) return 0;
    va_list ap;
    va_start(ap, first);
    long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
    va_end(ap);
    return first + chain(a, b, c, 0L, 0L);
}

static int format(char *buf, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int written = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return written;
}

typedef long (*summer)(int, ...);

int main(void) {
    printf("sum_longs: %ld\n", sum_longs(9, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
    printf("weighted: %.6f\n",
           weighted(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5));
    unsigned __int128 big = ((unsigned __int128)0x0123456789abcdefULL << 64) | 0xfedcba98ULL;
    printf("wide: %llu\n", wide(3, big, 1.5L, 7, big >> 3, 2.25L, -9, (unsigned __int128)42,
                                0.5L, 11));
    printf("chain: %ld\n", chain(5L, 6L, 7L, 0L));
    char buf[64];
    int n = format(buf, sizeof buf, "%d-%s-%.2f-%Lg-%c", 42, "x", 3.14159, 2.5L, 'z');
    printf("format: %d %s\n", n, buf);
    volatile summer call = sum_longs;
    long total = 0;
    for (int i = 0; i < 20000; i++) total += call(7, (long)i, 1L, 2L, 3L, 4L, 5L, (long)-i);
    printf("through a pointer: %ld\n", total);
    return 0;
}
