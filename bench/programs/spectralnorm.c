/* spectralnorm (Benchmarks Game): the spectral norm of the infinite matrix
 * A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to n x n, by 10 power-method steps.
 * Usage: spectralnorm SIZE [ITERATIONS]
 *   SIZE       n (the matrix dimension); work grows as n^2
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout: the norm with 9 decimals, from the last iteration. Floating-point contraction
 * is disabled so that fused multiply-add on the host CPU cannot change the result. */
#pragma STDC FP_CONTRACT OFF
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

static double eval_A(long i, long j)
{
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void eval_A_times_u(long n, const double *u, double *Au)
{
    for (long i = 0; i < n; i++) {
        double sum = 0.0;
        for (long j = 0; j < n; j++)
            sum += eval_A(i, j) * u[j];
        Au[i] = sum;
    }
}

static void eval_At_times_u(long n, const double *u, double *Au)
{
    for (long i = 0; i < n; i++) {
        double sum = 0.0;
        for (long j = 0; j < n; j++)
            sum += eval_A(j, i) * u[j];
        Au[i] = sum;
    }
}

static void eval_AtA_times_u(long n, const double *u, double *AtAu, double *tmp)
{
    eval_A_times_u(n, u, tmp);
    eval_At_times_u(n, tmp, AtAu);
}

static double spectralnorm(long n)
{
    double *u = malloc(sizeof(double) * n);
    double *v = malloc(sizeof(double) * n);
    double *tmp = malloc(sizeof(double) * n);
    if (!u || !v || !tmp) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    for (long i = 0; i < n; i++)
        u[i] = 1.0;
    for (int i = 0; i < 10; i++) {
        eval_AtA_times_u(n, u, v, tmp);
        eval_AtA_times_u(n, v, u, tmp);
    }
    double vBv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return sqrt(vBv / vv);
}

int main(int argc, char **argv)
{
    long n, iterations;
    bench_parse_args(argc, argv, &n, &iterations);
    if (n > 1000000) {
        fprintf(stderr, "SIZE must be at most 1000000\n");
        return 2;
    }
    double norm = 0.0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        norm = spectralnorm(n);
        bench_report_iteration(it, t0);
    }
    printf("%0.9f\n", norm);
    return 0;
}
