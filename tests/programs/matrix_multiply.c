/* Dense linear algebra with doubles: naive (i-j-k) and cache-friendly
 * (i-k-j) matrix multiplication on heap matrices, blocked multiplication,
 * transpose, Gaussian elimination with partial pivoting to solve Ax=b and
 * compute a determinant, residual check, matrix power by repeated
 * squaring on a small integer matrix (Fibonacci), and float vs double
 * accumulation. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <stdint.h>

#define N 96

static double *mat_alloc(int n) { return calloc((size_t)n * n, sizeof(double)); }

__attribute__((noinline)) static void mul_ijk(const double *a, const double *b, double *c, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

__attribute__((noinline)) static void mul_ikj(const double *a, const double *b, double *restrict c, int n) {
    for (int i = 0; i < n * n; i++) c[i] = 0;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
}

__attribute__((noinline)) static void mul_blocked(const double *a, const double *b, double *restrict c, int n, int bs) {
    for (int i = 0; i < n * n; i++) c[i] = 0;
    for (int ii = 0; ii < n; ii += bs)
        for (int kk = 0; kk < n; kk += bs)
            for (int jj = 0; jj < n; jj += bs)
                for (int i = ii; i < ii + bs && i < n; i++)
                    for (int k = kk; k < kk + bs && k < n; k++) {
                        double aik = a[i * n + k];
                        for (int j = jj; j < jj + bs && j < n; j++) c[i * n + j] += aik * b[k * n + j];
                    }
}

static void transpose(const double *a, double *t, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) t[j * n + i] = a[i * n + j];
}

static double checksum(const double *m, int n) {
    double s = 0;
    for (int i = 0; i < n * n; i++) s += m[i] * ((i % 7) + 1);
    return s;
}

static double max_abs_diff(const double *a, const double *b, int n) {
    double d = 0;
    for (int i = 0; i < n * n; i++) {
        double e = fabs(a[i] - b[i]);
        if (e > d) d = e;
    }
    return d;
}

/* solves A x = b in place (A destroyed), returns determinant */
static double gauss_solve(double *a, double *b, int n) {
    double det = 1;
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int r = col + 1; r < n; r++)
            if (fabs(a[r * n + col]) > fabs(a[piv * n + col])) piv = r;
        if (piv != col) {
            for (int k = 0; k < n; k++) {
                double t = a[col * n + k];
                a[col * n + k] = a[piv * n + k];
                a[piv * n + k] = t;
            }
            double t = b[col];
            b[col] = b[piv];
            b[piv] = t;
            det = -det;
        }
        double p = a[col * n + col];
        det *= p;
        for (int r = col + 1; r < n; r++) {
            double f = a[r * n + col] / p;
            for (int k = col; k < n; k++) a[r * n + k] -= f * a[col * n + k];
            b[r] -= f * b[col];
        }
    }
    for (int r = n - 1; r >= 0; r--) {
        double s = b[r];
        for (int k = r + 1; k < n; k++) s -= a[r * n + k] * b[k];
        b[r] = s / a[r * n + r];
    }
    return det;
}

static void mat2_mul(const uint64_t x[4], const uint64_t y[4], uint64_t out[4], uint64_t mod) {
    uint64_t r[4];
    r[0] = (x[0] * y[0] + x[1] * y[2]) % mod;
    r[1] = (x[0] * y[1] + x[1] * y[3]) % mod;
    r[2] = (x[2] * y[0] + x[3] * y[2]) % mod;
    r[3] = (x[2] * y[1] + x[3] * y[3]) % mod;
    for (int i = 0; i < 4; i++) out[i] = r[i];
}

int main(void) {
    double *a = mat_alloc(N), *b = mat_alloc(N), *c1 = mat_alloc(N), *c2 = mat_alloc(N),
           *c3 = mat_alloc(N), *t = mat_alloc(N);
    uint32_t s = 1;
    for (int i = 0; i < N * N; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = ((s >> 10) % 2001) / 1000.0 - 1.0;
        s = s * 1103515245u + 12345u;
        b[i] = ((s >> 10) % 2001) / 500.0 - 2.0;
    }
    mul_ijk(a, b, c1, N);
    mul_ikj(a, b, c2, N);
    mul_blocked(a, b, c3, N, 16);
    printf("checksums: ijk=%.17g ikj=%.17g blocked=%.17g\n", checksum(c1, N), checksum(c2, N), checksum(c3, N));
    printf("max diff ijk/ikj=%.3g ikj/blocked=%.3g\n", max_abs_diff(c1, c2, N), max_abs_diff(c2, c3, N));
    printf("c[0][0]=%.17g c[N-1][N-1]=%.17g c[17][42]=%.17g\n", c1[0], c1[N * N - 1], c1[17 * N + 42]);
    /* (A B)^T == B^T A^T */
    double *at = mat_alloc(N), *bt = mat_alloc(N), *ct = mat_alloc(N), *c1t = mat_alloc(N);
    transpose(a, at, N);
    transpose(b, bt, N);
    mul_ikj(bt, at, ct, N);
    transpose(c1, c1t, N);
    printf("transpose identity max diff=%.3g\n", max_abs_diff(ct, c1t, N));

    /* diagonally dominant system */
    double *m = mat_alloc(N), *mcopy = mat_alloc(N);
    double *rhs = malloc(N * sizeof *rhs), *x = malloc(N * sizeof *x);
    for (int i = 0; i < N; i++) {
        double row = 0;
        for (int j = 0; j < N; j++) {
            m[i * N + j] = a[i * N + j];
            row += fabs(a[i * N + j]);
        }
        m[i * N + i] += row + 1;
        rhs[i] = i % 5 - 2.0;
    }
    for (int i = 0; i < N * N; i++) mcopy[i] = m[i];
    for (int i = 0; i < N; i++) x[i] = rhs[i];
    double det = gauss_solve(m, x, N);
    double resid = 0;
    for (int i = 0; i < N; i++) {
        double r = -rhs[i];
        for (int j = 0; j < N; j++) r += mcopy[i * N + j] * x[j];
        if (fabs(r) > resid) resid = fabs(r);
    }
    printf("gauss: log10|det|=%.15g sign=%d x[0]=%.17g x[N-1]=%.17g residual<1e-12: %d\n",
           log10(fabs(det)), det > 0 ? 1 : -1, x[0], x[N - 1], resid < 1e-12);

    /* small exact determinant */
    double small[9] = {2, -1, 0, -1, 2, -1, 0, -1, 2}, sb[3] = {1, 0, 1};
    double sdet = gauss_solve(small, sb, 3);
    printf("3x3: det=%.17g x={%.17g, %.17g, %.17g}\n", sdet, sb[0], sb[1], sb[2]);

    /* Fibonacci via 2x2 matrix power mod 1e9+7 */
    uint64_t res[4] = {1, 0, 0, 1}, base[4] = {1, 1, 1, 0};
    uint64_t e = 1000000000000ULL;
    while (e) {
        if (e & 1) mat2_mul(res, base, res, 1000000007ULL);
        mat2_mul(base, base, base, 1000000007ULL);
        e >>= 1;
    }
    printf("fib(10^12) mod 1e9+7 = %llu\n", (unsigned long long)res[1]);

    /* float vs double accumulation of the same product */
    float fs = 0;
    double ds = 0;
    for (int i = 0; i < N * N; i++) {
        fs += (float)a[i] * (float)b[i];
        ds += a[i] * b[i];
    }
    printf("frobenius inner product: float=%.9g double=%.17g\n", (double)fs, ds);
    free(a); free(b); free(c1); free(c2); free(c3); free(t);
    free(at); free(bt); free(ct); free(c1t); free(m); free(mcopy); free(rhs); free(x);
    return 0;
}
