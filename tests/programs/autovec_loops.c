/* Plain loops that clang -O2 auto-vectorizes: integer sum/dot product,
 * float/double saxpy and elementwise ops, min/max/count reductions,
 * widening multiply-accumulate (int16 -> int32), byte operations,
 * reversed and strided copies, loops with possibly aliasing pointers
 * (runtime alias checks), odd trip counts (vector epilogues), and
 * if-converted conditional stores. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define N 1003

static int32_t gi[N], gj[N];
static float gf[N], gg[N];
static double gd[N], ge[N];

__attribute__((noinline)) static int64_t sum_i32(const int32_t *a, int n) {
    int64_t s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
__attribute__((noinline)) static int32_t dot_i32(const int32_t *a, const int32_t *b, int n) {
    uint32_t s = 0; /* unsigned: wrap-around is well defined */
    for (int i = 0; i < n; i++) s += (uint32_t)a[i] * (uint32_t)b[i];
    return (int32_t)s;
}
__attribute__((noinline)) static void saxpy(float *y, const float *x, float a, int n) {
    for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}
__attribute__((noinline)) static void daxpy_alias(double *y, const double *x, double a, int n) {
    /* x and y may overlap: vectorizer must insert runtime checks */
    for (int i = 0; i < n; i++) y[i] += a * x[i];
}
__attribute__((noinline)) static double dot_f64(const double *a, const double *b, int n) {
    double s = 0; /* strict FP: not reassociated, same result at any -O */
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}
__attribute__((noinline)) static float sum_f32(const float *a, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
__attribute__((noinline)) static void minmax_i32(const int32_t *a, int n, int32_t *mn, int32_t *mx) {
    int32_t lo = a[0], hi = a[0];
    for (int i = 1; i < n; i++) {
        lo = a[i] < lo ? a[i] : lo;
        hi = a[i] > hi ? a[i] : hi;
    }
    *mn = lo;
    *mx = hi;
}
__attribute__((noinline)) static int count_greater(const float *a, float t, int n) {
    int c = 0;
    for (int i = 0; i < n; i++) c += a[i] > t;
    return c;
}
__attribute__((noinline)) static int32_t mac_i16(const int16_t *a, const int16_t *b, int n) {
    int32_t s = 0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}
__attribute__((noinline)) static void avg_u8(uint8_t *out, const uint8_t *a, const uint8_t *b, int n) {
    for (int i = 0; i < n; i++) out[i] = (uint8_t)((a[i] + b[i] + 1) >> 1);
}
__attribute__((noinline)) static void sat_add_u8(uint8_t *out, const uint8_t *a, const uint8_t *b, int n) {
    for (int i = 0; i < n; i++) {
        unsigned s = (unsigned)a[i] + b[i];
        out[i] = (uint8_t)(s > 255 ? 255 : s);
    }
}
__attribute__((noinline)) static void reverse_copy(int32_t *dst, const int32_t *src, int n) {
    for (int i = 0; i < n; i++) dst[i] = src[n - 1 - i];
}
__attribute__((noinline)) static void clamp_f(float *a, float lo, float hi, int n) {
    for (int i = 0; i < n; i++) {
        float v = a[i];
        v = v < lo ? lo : v;
        v = v > hi ? hi : v;
        a[i] = v;
    }
}
__attribute__((noinline)) static void cond_store(int32_t *a, const int32_t *b, int n) {
    for (int i = 0; i < n; i++)
        if (b[i] & 1) a[i] = b[i] * 3;
}
__attribute__((noinline)) static void int_to_double(double *d, const int32_t *a, int n) {
    for (int i = 0; i < n; i++) d[i] = a[i] * 0.5;
}
__attribute__((noinline)) static uint64_t xor_shift_mix(const uint64_t *a, int n) {
    uint64_t x = 0;
    for (int i = 0; i < n; i++) x ^= (a[i] << 7) ^ (a[i] >> 3);
    return x;
}

int main(void) {
    uint32_t r = 12345;
    for (int i = 0; i < N; i++) {
        r = r * 1103515245u + 12345u;
        gi[i] = (int32_t)(r >> 8) % 20001 - 10000;
        gj[i] = (int32_t)(r >> 4) % 1001 - 500;
        gf[i] = (float)gi[i] / 1000.0f;
        gg[i] = (float)(i % 17) * 0.25f;
        gd[i] = gi[i] * 0.001;
        ge[i] = 1.0 / (i + 1);
    }
    for (int n = 1; n <= N; n += 334) {
        int32_t mn, mx;
        minmax_i32(gi, n, &mn, &mx);
        printf("n=%4d sum=%lld dot=%d min=%d max=%d cnt>2=%d sumf=%.9g dotd=%.17g\n", n,
               (long long)sum_i32(gi, n), dot_i32(gi, gj, n), mn, mx, count_greater(gf, 2.0f, n),
               (double)sum_f32(gf, n), dot_f64(gd, ge, n));
    }

    float *y = malloc(N * sizeof *y);
    for (int i = 0; i < N; i++) y[i] = gg[i];
    saxpy(y, gf, 1.5f, N);
    double chk = 0;
    for (int i = 0; i < N; i++) chk += y[i] * (i + 1);
    printf("saxpy checksum=%.17g y[0]=%.9g y[N-1]=%.9g\n", chk, (double)y[0], (double)y[N - 1]);

    /* aliasing daxpy: overlapping by one element in both directions */
    double *buf = malloc((N + 8) * sizeof *buf);
    for (int i = 0; i < N + 8; i++) buf[i] = i * 0.5;
    daxpy_alias(buf + 1, buf, 2.0, N); /* y overlaps x shifted: dependence */
    double s1 = 0;
    for (int i = 0; i < N + 8; i++) s1 += buf[i];
    for (int i = 0; i < N + 8; i++) buf[i] = i * 0.5;
    daxpy_alias(buf, buf + 4, 2.0, N); /* no loop-carried dependence */
    double s2 = 0;
    for (int i = 0; i < N + 8; i++) s2 += buf[i];
    printf("daxpy alias: %.17g %.17g last=%.17g\n", s1, s2, buf[N - 1]);

    int16_t *h1 = malloc(N * sizeof *h1), *h2 = malloc(N * sizeof *h2);
    for (int i = 0; i < N; i++) {
        h1[i] = (int16_t)(gi[i] / 3);
        h2[i] = (int16_t)(gj[i] * 7);
    }
    printf("mac_i16=%d\n", mac_i16(h1, h2, N));

    uint8_t *b1 = malloc(N), *b2 = malloc(N), *bo = malloc(N);
    for (int i = 0; i < N; i++) {
        b1[i] = (uint8_t)(gi[i] & 0xFF);
        b2[i] = (uint8_t)(i * 7);
    }
    avg_u8(bo, b1, b2, N);
    unsigned bsum = 0;
    for (int i = 0; i < N; i++) bsum = bsum * 31 + bo[i];
    sat_add_u8(bo, b1, b2, N);
    unsigned ssum = 0;
    for (int i = 0; i < N; i++) ssum = ssum * 31 + bo[i];
    printf("avg_u8 hash=%u sat_add hash=%u\n", bsum, ssum);

    int32_t *rev = malloc(N * sizeof *rev);
    reverse_copy(rev, gi, N);
    printf("reverse: %d %d %d\n", rev[0], rev[N / 2], rev[N - 1]);
    cond_store(rev, gj, N);
    printf("cond_store sum=%lld\n", (long long)sum_i32(rev, N));

    clamp_f(gf, -2.5f, 2.5f, N);
    printf("clamped sum=%.9g\n", (double)sum_f32(gf, N));
    double *dd = malloc(N * sizeof *dd);
    int_to_double(dd, gi, N);
    printf("int_to_double dot=%.17g\n", dot_f64(dd, ge, N));

    uint64_t *u = malloc(N * sizeof *u);
    for (int i = 0; i < N; i++) u[i] = (uint64_t)gi[i] * 0x9E3779B97F4A7C15ULL;
    printf("xor_shift_mix=%016llx\n", (unsigned long long)xor_shift_mix(u, N));

    /* 2D stencil */
    static float img[64][64], out[64][64];
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++) img[i][j] = (float)((i * 13 + j * 7) % 31);
    for (int i = 1; i < 63; i++)
        for (int j = 1; j < 63; j++)
            out[i][j] = 0.25f * (img[i - 1][j] + img[i + 1][j] + img[i][j - 1] + img[i][j + 1]);
    double st = 0;
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++) st += out[i][j] * (i + j);
    printf("stencil=%.17g\n", st);

    free(y);
    free(buf);
    free(h1);
    free(h2);
    free(b1);
    free(b2);
    free(bo);
    free(rev);
    free(dd);
    free(u);
    return 0;
}
