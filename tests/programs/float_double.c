/* float and double: arithmetic, rounding behaviour, conversions to and
 * from integers of all widths (including unsigned 64-bit with the top bit
 * set), printf with %a / %.17g / %e / %g, NaN / infinity / signed zero
 * handling, comparisons with NaN, subnormals. */
#include <stdio.h>
#include <math.h>
#include <float.h>
#include <stdint.h>
#include <string.h>

__attribute__((noinline)) static double dadd(double a, double b) { return a + b; }
__attribute__((noinline)) static double dmul(double a, double b) { return a * b; }
__attribute__((noinline)) static double ddiv(double a, double b) { return a / b; }
__attribute__((noinline)) static float fadd(float a, float b) { return a + b; }
__attribute__((noinline)) static float fmul(float a, float b) { return a * b; }
__attribute__((noinline)) static float fdiv(float a, float b) { return a / b; }

static uint64_t bits_d(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}
static uint32_t bits_f(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static const char *classify(double d) {
    switch (fpclassify(d)) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    }
    return "?";
}

int main(void) {
    volatile double a = 0.1, b = 0.2, c = 3.0;
    double s = dadd(a, b);
    printf("0.1+0.2 = %.17g (%a) == 0.3? %d\n", s, s, s == 0.3);
    printf("1/3 = %.17g %a %e %g\n", ddiv(1.0, c), ddiv(1.0, c), ddiv(1.0, c), ddiv(1.0, c));
    printf("big*big = %g, tiny*tiny = %g\n", dmul(1e200, 1e200), dmul(1e-200, 1e-200));
    volatile float fa = 0.1f, fb = 0.2f, fc = 3.0f;
    float fs = fadd(fa, fb);
    printf("float 0.1+0.2 = %.9g (%a) bits=%08x\n", (double)fs, (double)fs, bits_f(fs));
    printf("float 1/3 = %.9g, 16777216+1 = %.9g\n", (double)fdiv(1.0f, fc),
           (double)fadd(16777216.0f, 1.0f));
    printf("float big = %g\n", (double)fmul(1e30f, 1e30f));
    printf("float->double->float: %.17g\n", (double)(float)(double)fa);

    /* special values produced at run time */
    volatile double zero = 0.0, one = 1.0, negone = -1.0;
    double pinf = one / zero, ninf = negone / zero;
    double nan1 = zero / zero; /* default NaN produced by the FPU */
    double nan2 = sqrt(negone);
    printf("inf: %f %f %e %g %a\n", pinf, ninf, pinf, ninf, pinf);
    printf("isnan: %d %d %d isinf: %d %d\n", isnan(nan1), isnan(nan2), isnan(pinf), isinf(pinf),
           isinf(ninf));
    printf("nan compares: %d %d %d %d %d\n", nan1 == nan1, nan1 != nan1, nan1 < one, nan1 > one,
           nan1 >= nan1);
    printf("nan is %s, fabs(nan) prints %f, NAN macro prints %f\n", classify(nan1), fabs(nan1),
           (double)NAN);
    /* x86 SSE produces the "default NaN" with the sign bit set for 0/0 */
    printf("runtime 0/0 prints %f, signbit=%d, copysign(nan,+1) prints %f\n", nan1,
           signbit(nan1) != 0, copysign(nan1, 1.0));
    printf("inf-inf nan? %d, inf*0 nan? %d\n", isnan(pinf - pinf), isnan(pinf * zero));
    double nz = -zero;
    printf("signed zero: %g %g eq=%d signbit=%d 1/-0=%g\n", nz, zero, nz == zero, signbit(nz) != 0,
           one / nz);
    printf("classify: %s %s %s %s %s\n", classify(1.0), classify(0.0), classify(DBL_MIN / 4),
           classify(pinf), classify(nan2));
    volatile double sub = DBL_MIN;
    double sub2 = sub / 1024.0;
    printf("subnormal: %a %.17g bits=%016llx back=%a\n", sub2, sub2,
           (unsigned long long)bits_d(sub2), sub2 * 1024.0);
    printf("DBL_MAX=%a DBL_EPSILON=%a FLT_MAX=%a FLT_MIN=%a\n", DBL_MAX, DBL_EPSILON,
           (double)FLT_MAX, (double)FLT_MIN);
    printf("nextafter(1,2)=%a nextafter(0,1)=%a\n", nextafter(one, 2.0), nextafter(zero, 1.0));

    /* conversions double -> int (truncation toward zero) */
    volatile double vals[] = {0.0, 0.5, -0.5, 1.999, -1.999, 123456.789, -123456.789,
                              2147483647.0, -2147483648.0, 4294967295.0, 9.2233720368547e18,
                              1.8446744073709550e19};
    for (int i = 0; i < (int)(sizeof vals / sizeof vals[0]); i++) {
        double v = vals[i];
        printf("conv %.17g:", v);
        if (v > -2147483649.0 && v < 2147483648.0) printf(" i32=%d", (int)v);
        if (v > -1.0 && v < 4294967296.0) printf(" u32=%u", (unsigned)v);
        if (v >= -9223372036854775808.0 && v < 9223372036854775808.0)
            printf(" i64=%lld", (long long)v);
        if (v > -1.0 && v < 18446744073709551616.0) printf(" u64=%llu", (unsigned long long)v);
        if (v > -129.0 && v < 128.0) printf(" i8=%d", (signed char)v);
        if (v > -1.0 && v < 65536.0) printf(" u16=%u", (unsigned short)v);
        printf(" f=%.9g\n", (double)(float)v);
    }
    /* int -> floating point (rounding of large values) */
    volatile long long ll[] = {0, 1, -1, 9007199254740993LL, -9007199254740993LL,
                               9223372036854775807LL, (-9223372036854775807LL - 1), 16777217};
    for (int i = 0; i < 8; i++)
        printf("i64 %lld -> double %.17g float %.9g\n", ll[i], (double)ll[i], (double)(float)ll[i]);
    volatile unsigned long long ull[] = {0, 18446744073709551615ULL, 9223372036854775808ULL,
                                         9223372036854777857ULL, 12345678901234567890ULL};
    for (int i = 0; i < 5; i++)
        printf("u64 %llu -> double %.17g float %.9g\n", ull[i], (double)ull[i],
               (double)(float)ull[i]);
    volatile unsigned u32 = 4294967295u;
    volatile int i32 = -2147483647 - 1;
    printf("u32 max -> %.17g float %.9g; i32 min -> %.17g float %.9g\n", (double)u32,
           (double)(float)u32, (double)i32, (double)(float)i32);

    /* accumulation: order matters, must be identical */
    double acc = 0.0;
    float facc = 0.0f;
    for (int i = 1; i <= 1000; i++) {
        acc += 1.0 / i;
        facc += 1.0f / (float)i;
    }
    printf("harmonic(1000) double=%.17g float=%.9g\n", acc, (double)facc);
    double kahan = 0.0, comp = 0.0;
    for (int i = 0; i < 10000; i++) {
        double y = 0.1 - comp;
        double t = kahan + y;
        comp = (t - kahan) - y;
        kahan = t;
    }
    printf("kahan sum 10000*0.1 = %.17g\n", kahan);

    /* printf format variety */
    volatile double pi = 3.14159265358979323846;
    printf("[%10.3f] [%-10.2e] [%+g] [%010.4f] [%.0f] [%#.0f] [%G] [%A]\n", pi, pi, pi, -pi, 2.5,
           3.5, 1e-10, pi);
    printf("rounding halfway: %.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.25, 1.005);
    printf("%.3a %.0a %a\n", pi, pi, (double)0.1f);
    return 0;
}
