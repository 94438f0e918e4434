/* long double (x86_fp80) edge cases the interpreter computes on the x87
 * unit: every comparison with NaN operands (ordered and unordered), signed
 * zeros, fmodl with negative operands, conversions at the edges of 64-bit
 * integers (2^63 and above, unsigned), __int128 both ways, rounding to
 * double and float, classification (isnan, isinf, signbit, fpclassify) and
 * libm's long double rounding functions. */
#include <math.h>
#include <stdio.h>
#include <string.h>

static void bits(const char *name, long double x) {
    unsigned char b[10];
    memcpy(b, &x, 10);
    printf("%s:", name);
    for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
    printf("\n");
}

static int compare_all(long double a, long double b) {
    int r = 0;
    r = r * 2 + (a == b);
    r = r * 2 + (a != b);
    r = r * 2 + (a < b);
    r = r * 2 + (a <= b);
    r = r * 2 + (a > b);
    r = r * 2 + (a >= b);
    r = r * 2 + __builtin_isunordered(a, b);
    r = r * 2 + __builtin_islessgreater(a, b);
    return r;
}

int main(void) {
    volatile long double zero = 0.0L, one = 1.0L, three = 3.0L;
    long double nan = zero / zero, inf = one / zero;
    long double values[] = {0.0L, -0.0L, 1.0L, -2.5L, nan, inf, -inf, 1e-4940L, 1.1e4931L};
    int n = sizeof values / sizeof values[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) printf("%d%c", compare_all(values[i], values[j]), j + 1 == n ? '\n' : ' ');
    bits("1/3", one / three);
    bits("-0", -zero);
    bits("0*-1", zero * -one);
    bits("fmod(-7.5,2)", fmodl(-7.5L, 2.0L));
    bits("fmod(7.5,-2)", fmodl(7.5L, -2.0L));
    bits("frem", (long double)__builtin_fmodl(1e30L, 3.0L));
    unsigned long long big = 18446744073709551615ull;
    long double lb = (long double)big;
    bits("u64max", lb);
    printf("back: %llu %llu\n", (unsigned long long)lb,
           (unsigned long long)(long double)9223372036854775808ull);
    printf("signed: %lld %lld\n", (long long)-9223372036854775807.0L, (long long)(-2.9L));
    __int128 wide = (__int128)-123456789012345678LL * 1000000007LL;
    long double lw = (long double)wide;
    bits("i128", lw);
    printf("i128 back: %lld\n", (long long)((__int128)lw / 1000000007LL));
    unsigned __int128 uwide = ~(unsigned __int128)0 >> 3;
    bits("u128", (long double)uwide);
    printf("u128 back: %llu\n", (unsigned long long)((unsigned __int128)(long double)uwide >> 64));
    double d = (double)(one / three);
    float f = (float)(one / three);
    printf("to double %.17g float %.9g\n", d, (double)f);
    bits("from double", (long double)0.1);
    bits("from float", (long double)0.1f);
    for (int i = 0; i < n; i++)
        printf("class %d: nan=%d inf=%d sign=%d fp=%d finite=%d\n", i, isnan(values[i]) != 0,
               isinf(values[i]) != 0, signbit(values[i]) != 0, fpclassify(values[i]),
               isfinite(values[i]) != 0);
    long double r[] = {2.5L, -2.5L, 3.5L, -0.4L};
    for (int i = 0; i < 4; i++)
        printf("round %Lg: floor %Lg ceil %Lg trunc %Lg rint %Lg round %Lg fabs %Lg\n", r[i],
               floorl(r[i]), ceill(r[i]), truncl(r[i]), rintl(r[i]), roundl(r[i]), fabsl(r[i]));
    long double acc = 1.0L;
    for (int i = 1; i <= 30; i++) acc = acc * (long double)i / (i + 0.5L) + 1.0L / i;
    bits("series", acc);
    return 0;
}
