/* Variadic functions: va_start/va_arg/va_end/va_copy with ints, longs,
 * doubles (more than fit in registers, forcing the overflow area), long
 * double, pointers, small and large structs; forwarding a va_list to
 * vprintf / vsnprintf / vfprintf; a mini printf implementation; calling
 * libc printf with many mixed arguments. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <stdint.h>

struct pt { int x, y; };
struct mix { double d; long l; };
struct big { long a[4]; };

static long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double sum_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s = s * 1.5 + va_arg(ap, double);
    va_end(ap);
    return s;
}

/* format: i=int l=long d=double L=long double p=pointer(char*) s=struct pt
 * m=struct mix b=struct big f=float(promoted to double) c=char (promoted) */
static void typed(const char *fmt, ...) {
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    printf("typed(%s):", fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': printf(" i=%d", va_arg(ap, int)); break;
        case 'l': printf(" l=%ld", va_arg(ap, long)); break;
        case 'd': printf(" d=%.17g", va_arg(ap, double)); break;
        case 'L': printf(" L=%.21Lg", va_arg(ap, long double)); break;
        case 'p': printf(" p=%s", va_arg(ap, char *)); break;
        case 's': {
            struct pt s = va_arg(ap, struct pt);
            printf(" s={%d,%d}", s.x, s.y);
            break;
        }
        case 'm': {
            struct mix m = va_arg(ap, struct mix);
            printf(" m={%g,%ld}", m.d, m.l);
            break;
        }
        case 'b': {
            struct big b = va_arg(ap, struct big);
            printf(" b={%ld,%ld,%ld,%ld}", b.a[0], b.a[1], b.a[2], b.a[3]);
            break;
        }
        case 'f': printf(" f=%g", va_arg(ap, double)); break;
        case 'c': printf(" c=%c", va_arg(ap, int)); break;
        }
    }
    printf("\n");
    /* second pass over the copy: count ints and sum them */
    long isum = 0;
    int n = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': case 'c': isum += va_arg(copy, int); n++; break;
        case 'l': isum += va_arg(copy, long); n++; break;
        case 'd': case 'f': (void)va_arg(copy, double); break;
        case 'L': (void)va_arg(copy, long double); break;
        case 'p': (void)va_arg(copy, char *); break;
        case 's': (void)va_arg(copy, struct pt); break;
        case 'm': (void)va_arg(copy, struct mix); break;
        case 'b': (void)va_arg(copy, struct big); break;
        }
    }
    printf("  copy pass: %d integers, sum %ld\n", n, isum);
    va_end(copy);
    va_end(ap);
}

static int my_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vprintf(fmt, ap);
    va_end(ap);
    return r;
}

static char *fmt_alloc(char *buf, size_t n, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    printf("[vsnprintf needs %d bytes, buffer has %zu]\n", need, n);
    vsnprintf(buf, n, fmt, ap2);
    va_end(ap2);
    return buf;
}

static void log_to(FILE *f, const char *prefix, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs(prefix, f);
    vfprintf(f, fmt, ap);
    va_end(ap);
}

/* tiny printf supporting %d %u %x %s %c %f(%g) %% written with va_arg */
static void mini_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char out[256];
    size_t o = 0;
    for (const char *p = fmt; *p && o < sizeof out - 32; p++) {
        if (*p != '%') {
            out[o++] = *p;
            continue;
        }
        p++;
        char tmp[32];
        int len = 0;
        switch (*p) {
        case 'd': {
            int v = va_arg(ap, int);
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            do { tmp[len++] = (char)('0' + u % 10); u /= 10; } while (u);
            if (v < 0) tmp[len++] = '-';
            break;
        }
        case 'u': case 'x': {
            unsigned u = va_arg(ap, unsigned), base = *p == 'u' ? 10 : 16;
            do { tmp[len++] = "0123456789abcdef"[u % base]; u /= base; } while (u);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            while (*s && o < sizeof out - 32) out[o++] = *s++;
            continue;
        }
        case 'c': out[o++] = (char)va_arg(ap, int); continue;
        case 'g': {
            double d = va_arg(ap, double);
            o += (size_t)snprintf(out + o, 32, "%g", d);
            continue;
        }
        case '%': out[o++] = '%'; continue;
        }
        while (len) out[o++] = tmp[--len];
    }
    out[o] = 0;
    va_end(ap);
    fputs(out, stdout);
}

int main(void) {
    printf("sum_ints: %ld %ld %ld\n", sum_ints(0), sum_ints(3, 1, 2, 3),
           sum_ints(12, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12000000));
    printf("sum_doubles: %.17g\n",
           sum_doubles(11, 0.5, 1.25, -2.0, 3.5, 1e10, -1e-10, 7.0, 8.0, 9.0, 10.0, 11.0));
    struct pt p = {3, -4};
    struct mix m = {2.5, -77};
    struct big b = {{1000000000000L, -2, 3, -4}};
    typed("idlp", 1, 2.5, 123456789012L, "str");
    typed("LiLd", 1.0L / 3, 7, -2.5L, 0.1);
    typed("smbi", p, m, b, 42);
    typed("fcfcfcfcfc", 1.5f, 'a', 2.5f, 'b', 3.5f, 'c', 4.5f, 'd', 5.5f, 'e');
    typed("ddddddddddiiiiiiiL", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 1, 2, 3, 4, 5,
          6, 7, 99.0L);
    typed("bsbsmL", b, p, b, p, m, 2.0L);

    my_printf("vprintf: %d %s %5.2f %c %lld %x %%\n", -5, "abc", 3.14159, 'Z', -(1LL << 40), 255u);
    char buf[16];
    printf("truncated: '%s'\n", fmt_alloc(buf, sizeof buf, "%s-%d-%s", "hello", 12345, "world"));
    char big_buf[64];
    printf("full: '%s'\n", fmt_alloc(big_buf, sizeof big_buf, "%08.3f|%-6s|%+d", 2.5, "ab", 7));
    log_to(stdout, "[log] ", "%s=%d, %s=%g\n", "x", 10, "y", 0.5);
    mini_printf("mini: %d %d %u %x %s %c %g %%\n", 0, -2147483647 - 1, 4000000000u, 0xCAFEu, "ok",
                '!', 1.0 / 8);
    /* libc printf with lots of mixed arguments (stack-passed varargs) */
    printf("many: %d %ld %g %s %c %u %lld %.3f %x %Lg %d %g %d %g %d %g %d %g %d\n", 1, 2L, 3.0,
           "four", '5', 6u, 7LL, 8.0, 9u, 10.0L, 11, 12.0, 13, 14.0, 15, 16.0, 17, 18.0, 19);
    return 0;
}
