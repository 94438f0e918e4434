/* matmul: double-precision C = A * B for SIZE x SIZE matrices, with the whole workload
 * (allocation, initialisation, the i-k-j triple loop, the checksum) written inline in main,
 * so that a tiered engine sees one long-running function with hot loops (a case for
 * on-stack replacement).
 * Usage: matmul SIZE [ITERATIONS]
 *   SIZE       the matrix dimension n; work grows as n^3
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): the sum of all elements of C, the trace and a weighted
 * checksum, all printed as integers. The inputs are small multiples of 1/4, so every
 * product and partial sum is exact in double precision: the result does not depend on
 * evaluation order, vectorisation or fused multiply-add. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

int main(int argc, char **argv)
{
    bench_check_argc(argc, argv, "SIZE [ITERATIONS]");
    char *end;
    long n = strtol(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0' || n <= 0 || n > 20000) {
        fprintf(stderr, "invalid SIZE: %s (expected an integer in 1..20000)\n", argv[1]);
        return 2;
    }
    long iterations = argc > 2 ? bench_parse_positive(argv[2], "ITERATIONS") : 1;

    long long total = 0, trace = 0;
    uint64_t weighted = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();

        double *a = malloc(sizeof(double) * n * n);
        double *b = malloc(sizeof(double) * n * n);
        double *c = malloc(sizeof(double) * n * n);
        if (!a || !b || !c) {
            fprintf(stderr, "out of memory\n");
            return 1;
        }
        /* Entries are multiples of 1/4 in [-2, 2]: products are multiples of 1/16 of at
         * most 4 in magnitude, and sums stay far below 2^49, so every operation is exact. */
        for (long i = 0; i < n; i++) {
            for (long j = 0; j < n; j++) {
                a[i * n + j] = (double)((i * 7 + j * 3 + 1) % 17 - 8) * 0.25;
                b[i * n + j] = (double)((i * 5 + j * 11 + 2) % 13 - 6) * 0.25;
            }
        }
        memset(c, 0, sizeof(double) * n * n);

        for (long i = 0; i < n; i++) {
            for (long k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (long j = 0; j < n; j++)
                    c[i * n + j] += aik * b[k * n + j];
            }
        }

        total = 0;
        trace = 0;
        weighted = 1469598103934665603ULL;
        for (long i = 0; i < n; i++) {
            for (long j = 0; j < n; j++) {
                /* every element is a multiple of 1/16: scale to an exact integer */
                long long v = (long long)(c[i * n + j] * 16.0);
                total += v;
                if (i == j)
                    trace += v;
                weighted = (weighted ^ (uint64_t)v) * 1099511628211ULL;
            }
        }
        free(a);
        free(b);
        free(c);

        bench_report_iteration(it, t0);
    }
    printf("n %ld\nsum/16 %lld\ntrace/16 %lld\nfnv1a %016llx\n", n, total, trace,
           (unsigned long long)weighted);
    return 0;
}
