/* libm calls on double and float: sqrt, cbrt, sin, cos, tan, asin, acos,
 * atan, atan2, sinh, cosh, tanh, exp, exp2, expm1, log, log2, log10,
 * log1p, pow, hypot, fmod, remainder, floor, ceil, round, trunc, rint,
 * nearbyint, lround, llround, lrint, frexp, ldexp, modf, copysign, fmin,
 * fmax, fdim, fma, erf, tgamma, lgamma; plus the float variants. Inputs are
 * volatile so that the calls happen at run time. */
#include <stdio.h>
#include <math.h>

typedef double (*unary_fn)(double);

struct named {
    const char *name;
    unary_fn fn;
};

static double checksum;

static void show(const char *name, double x, double r) {
    printf("%-9s(%-6g) = %.17g\n", name, x, r);
    if (!isnan(r) && fabs(r) < 1e100) checksum += r;
}

int main(void) {
    const struct named fns[] = {
        {"sqrt", sqrt},   {"cbrt", cbrt},   {"sin", sin},     {"cos", cos},
        {"tan", tan},     {"asin", asin},   {"acos", acos},   {"atan", atan},
        {"sinh", sinh},   {"cosh", cosh},   {"tanh", tanh},   {"exp", exp},
        {"exp2", exp2},   {"expm1", expm1}, {"log", log},     {"log2", log2},
        {"log10", log10}, {"log1p", log1p}, {"floor", floor}, {"ceil", ceil},
        {"round", round}, {"trunc", trunc}, {"rint", rint},   {"nearbyint", nearbyint},
        {"fabs", fabs},   {"erf", erf},     {"tgamma", tgamma}, {"lgamma", lgamma},
    };
    volatile double inputs[] = {0.5, -0.75, 2.5, 10.0, -3.5};
    for (unsigned i = 0; i < sizeof fns / sizeof fns[0]; i++)
        for (unsigned j = 0; j < sizeof inputs / sizeof inputs[0]; j++) {
            double x = inputs[j];
            double r = fns[i].fn(x);
            if (isnan(r))
                printf("%-9s(%-6g) = nan\n", fns[i].name, x);
            else
                show(fns[i].name, x, r);
        }

    /* direct calls (these may be lowered to instructions or libcalls) */
    volatile double a = 2.0, b = 0.5, c = -7.25, d = 3.0, big = 1e300;
    show("sqrt", a, sqrt(a));
    show("pow", a, pow(a, b));
    show("pow", c, pow(c, d));
    show("pow", d, pow(d, -2.0));
    show("pow", d, pow(d, 2.0));
    show("atan2", c, atan2(c, d));
    show("atan2", d, atan2(-0.0 * a, -d));
    show("hypot", big, hypot(big, big));
    show("fmod", c, fmod(c, d));
    show("fmod", c, fmod(-c, -d));
    show("remainder", c, remainder(c, d));
    show("fma", a, fma(a, d, c));
    show("fmin", c, fmin(c, d));
    show("fmax", c, fmax(c, d));
    show("fdim", d, fdim(d, c));
    show("copysign", d, copysign(d, c));
    show("ldexp", c, ldexp(c, 10));
    int e;
    double m = frexp(c, &e);
    printf("frexp(%g) = %.17g * 2^%d\n", c, m, e);
    double ip;
    double fp = modf(c, &ip);
    printf("modf(%g) = %g + %g\n", c, ip, fp);
    volatile double halves[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e15 + 0.5};
    for (int i = 0; i < 7; i++)
        printf("%.1f: lround=%ld llround=%lld lrint=%ld round=%g rint=%g floor=%g ceil=%g\n",
               halves[i], lround(halves[i]), llround(halves[i]), lrint(halves[i]), round(halves[i]),
               rint(halves[i]), floor(halves[i]), ceil(halves[i]));

    /* float variants */
    volatile float fx = 0.3f, fy = 2.5f, fz = -1.75f;
    printf("sqrtf=%.9g sinf=%.9g cosf=%.9g expf=%.9g logf=%.9g powf=%.9g\n", (double)sqrtf(fx),
           (double)sinf(fx), (double)cosf(fx), (double)expf(fy), (double)logf(fy),
           (double)powf(fy, fx));
    printf("fmodf=%.9g floorf=%.9g ceilf=%.9g roundf=%.9g lroundf=%ld atan2f=%.9g hypotf=%.9g\n",
           (double)fmodf(fy, fx), (double)floorf(fz), (double)ceilf(fz), (double)roundf(fz),
           lroundf(fz), (double)atan2f(fz, fy), (double)hypotf(fy, fz));
    printf("tanf=%.9g tanhf=%.9g cbrtf=%.9g log10f=%.9g fabsf=%.9g fmaf=%.9g\n",
           (double)tanf(fy), (double)tanhf(fz), (double)cbrtf(fz), (double)log10f(fy),
           (double)fabsf(fz), (double)fmaf(fx, fy, fz));

    /* domain errors / specials */
    volatile double neg = -1.0, zero = 0.0;
    printf("log(0)=%g log(-1) isnan=%d sqrt(-1) isnan=%d exp(1000)=%g exp(-1000)=%g\n", log(zero),
           isnan(log(neg)) != 0, isnan(sqrt(neg)) != 0, exp(1000.0 * -neg), exp(1000.0 * neg));
    printf("pow(0,-1)=%g pow(-8,1/3.) isnan=%d pow(1,nan)=%g\n", pow(zero, neg),
           isnan(pow(-8.0 * -neg, 1.0 / 3)) != 0, pow(-neg, NAN));

    /* numerical integration of sin over [0, pi] with Simpson's rule */
    int n = 1000;
    double h = M_PI / n, sum = sin(0.0) + sin(M_PI);
    for (int i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * sin(i * h);
    printf("simpson(sin, 0, pi) = %.17g\n", sum * h / 3);
    printf("checksum = %.17g\n", checksum);
    return 0;
}
