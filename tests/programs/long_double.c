/* long double (x86_fp80 on x86-64): arithmetic with 64-bit mantissa,
 * printf %Lf / %Le / %Lg / %La / %.21Lg, conversions to and from
 * integers (incl. unsigned 64-bit and __int128), long double math
 * functions (sqrtl, powl, expl, logl, sinl, cosl, fabsl, floorl, fmodl,
 * ldexpl, frexpl), passing long doubles to functions and in structs. */
#include <stdio.h>
#include <math.h>
#include <float.h>
#include <string.h>

struct ldpair {
    long double x;
    int tag;
    long double y;
};

__attribute__((noinline)) static long double ldadd(long double a, long double b) { return a + b; }
__attribute__((noinline)) static long double ldmul(long double a, long double b) { return a * b; }
__attribute__((noinline)) static long double lddiv(long double a, long double b) { return a / b; }

__attribute__((noinline)) static struct ldpair make_pair(long double x, int tag, long double y) {
    struct ldpair p = {x, tag, y};
    return p;
}

__attribute__((noinline)) static long double pair_sum(struct ldpair p) {
    return p.x + p.y * p.tag;
}

__attribute__((noinline)) static long double many_args(int a, long double b, double c,
                                                      long double d, float e, long double f,
                                                      long double g, long double h) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}

static void dump_bits(const char *label, long double v) {
    unsigned char b[16];
    memset(b, 0, sizeof b);
    memcpy(b, &v, 10); /* only 10 bytes are significant */
    printf("%s bits:", label);
    for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
    printf("\n");
}

int main(void) {
    printf("sizeof(long double)=%zu LDBL_MANT_DIG=%d LDBL_DIG=%d\n", sizeof(long double),
           LDBL_MANT_DIG, LDBL_DIG);
    volatile long double one = 1.0L, three = 3.0L, ten = 10.0L;
    long double third = lddiv(one, three);
    printf("1/3 = %.21Lg\n", third);
    printf("1/3 = %La\n", third);
    printf("1/3 = %Lf %Le %Lg\n", third, third, third);
    dump_bits("1/3", third);
    long double s = ldadd(0.1L, 0.2L);
    printf("0.1L+0.2L = %.21Lg == 0.3L? %d\n", s, s == 0.3L);
    /* 2^64 precision: 2^63 + 1 is exact in long double, not in double */
    volatile long double big = 9223372036854775808.0L;
    long double bp1 = ldadd(big, one);
    printf("2^63+1 = %.0Lf (as u64 %llu)\n", bp1, (unsigned long long)bp1);
    printf("as double: %.0f\n", (double)bp1);
    printf("LDBL_MAX=%La LDBL_MIN=%La LDBL_EPSILON=%La\n", LDBL_MAX, LDBL_MIN, LDBL_EPSILON);
    printf("LDBL_MAX=%Lg\n", LDBL_MAX);
    long double huge = ldmul(LDBL_MAX, ten);
    printf("overflow: %Lf isinf=%d\n", huge, isinf(huge) != 0);
    volatile long double zero = 0.0L;
    long double nan = zero / zero;
    printf("isnan=%d signbit=%d %Lf\n", isnan(nan) != 0, signbit(nan) != 0, fabsl(nan));
    long double tiny = lddiv(LDBL_MIN, 1e10L);
    printf("subnormal: %La fpclass=%d\n", tiny, fpclassify(tiny) == FP_SUBNORMAL);

    /* conversions */
    volatile long double vals[] = {0.0L, -0.75L, 1e18L, -1e18L, 18446744073709551615.0L,
                                   123456789.987654321L, -2147483648.0L};
    for (int i = 0; i < 7; i++) {
        long double v = vals[i];
        printf("conv %.21Lg:", v);
        if (v > -9223372036854775809.0L && v < 9223372036854775808.0L)
            printf(" i64=%lld", (long long)v);
        if (v > -1.0L && v < 18446744073709551616.0L) printf(" u64=%llu", (unsigned long long)v);
        if (v > -2147483649.0L && v < 2147483648.0L) printf(" i32=%d", (int)v);
        printf(" double=%.17g float=%.9g\n", (double)v, (double)(float)v);
    }
    volatile unsigned long long u = 18446744073709551615ULL;
    volatile long long ll = -9223372036854775807LL - 1;
    printf("u64max->ld %.21Lg, i64min->ld %.21Lg\n", (long double)u, (long double)ll);
    volatile __int128 i128 = (__int128)1 << 100;
    long double from128 = (long double)(i128 + 12345);
    printf("(ld)(2^100+12345) = %La\n", from128);
    __int128 back = (__int128)(from128 / 1024);
    printf("back>>64 = %llu, low = %llu\n", (unsigned long long)(back >> 64),
           (unsigned long long)back);

    /* math functions */
    volatile long double two = 2.0L, x = 0.5L;
    printf("sqrtl(2)  = %.21Lg\n", sqrtl(two));
    printf("cbrtl(2)  = %.21Lg\n", cbrtl(two));
    printf("powl(2,0.5)= %.21Lg\n", powl(two, x));
    printf("powl(10,20)= %.21Lg\n", powl(ten, 20.0L));
    printf("expl(1)   = %.21Lg\n", expl(one));
    printf("logl(10)  = %.21Lg\n", logl(ten));
    printf("log2l(10) = %.21Lg\n", log2l(ten));
    printf("sinl(0.5) = %.21Lg\n", sinl(x));
    printf("cosl(0.5) = %.21Lg\n", cosl(x));
    printf("atanl(1)*4= %.21Lg\n", atanl(one) * 4);
    printf("fabsl(-3) = %Lg floorl(-2.5)=%Lg ceill(-2.5)=%Lg roundl(2.5)=%Lg truncl(-2.7)=%Lg\n",
           fabsl(-three), floorl(-2.5L * one), ceill(-2.5L * one), roundl(2.5L * one),
           truncl(-2.7L * one));
    printf("fmodl(10,3)=%Lg remainderl(10,3)=%Lg\n", fmodl(ten, three), remainderl(ten, three));
    int e;
    long double m = frexpl(ten * 1000, &e);
    printf("frexpl(10000) = %.21Lg * 2^%d, ldexpl(m,e)=%Lg\n", m, e, ldexpl(m, e));
    printf("lrintl(2.5)=%ld llroundl(-2.5)=%lld\n", lrintl(2.5L * one), llroundl(-2.5L * one));

    /* long double through calls and structs */
    struct ldpair p = make_pair(1.25L, 3, third);
    printf("pair: x=%Lg tag=%d y=%.21Lg sum=%.21Lg\n", p.x, p.tag, p.y, pair_sum(p));
    printf("many_args = %.21Lg\n",
           many_args(1, 0.5L, 0.25, third, 0.125f, -1.5L, 1e-5L, 123456789.0L));

    /* accumulate series: e = sum 1/k! */
    long double esum = 0, term = 1;
    for (int k = 1; k < 30; k++) {
        esum += term;
        term /= k;
    }
    printf("e series = %.21Lg diff from expl = %Lg\n", esum, esum - expl(one));
    long double arr[5] = {1.5L, -2.25L, 1e-3L, 7.0L, 1e4L};
    long double prod = 1;
    for (int i = 0; i < 5; i++) prod *= arr[i];
    printf("product = %.21Lg %La\n", prod, prod);
    return 0;
}
