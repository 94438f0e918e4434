/* mandelbrot (Benchmarks Game): a SIZE x SIZE bitmap of the Mandelbrot set over
 * [-1.5, 0.5] x [-1, 1], 50 iterations, escape radius 2, packed 8 pixels per byte.
 * Usage: mandelbrot SIZE [ITERATIONS]
 *   SIZE       the image width and height in pixels; work grows as SIZE^2
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): the bitmap size in bytes, its FNV-1a 64-bit hash and the number
 * of pixels in the set -- not the image. Floating-point contraction is disabled so that
 * fused multiply-add on the host CPU cannot flip pixels. */
#pragma STDC FP_CONTRACT OFF
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

static uint64_t render(long w, unsigned char *bitmap, long *inside_out)
{
    long h = w;
    long bytes_per_row = (w + 7) / 8;
    long inside = 0;
    const int iter = 50;
    const double limit = 2.0;

    for (long y = 0; y < h; y++) {
        unsigned char *row = bitmap + y * bytes_per_row;
        unsigned bits = 0;
        int bit_num = 0;
        double ci = 2.0 * (double)y / (double)h - 1.0;
        for (long x = 0; x < w; x++) {
            double cr = 2.0 * (double)x / (double)w - 1.5;
            double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
            int i;
            for (i = 0; i < iter && (tr + ti <= limit * limit); i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
            }
            bits <<= 1;
            if (tr + ti <= limit * limit) {
                bits |= 1;
                inside++;
            }
            bit_num++;
            if (bit_num == 8) {
                row[x / 8] = (unsigned char)bits;
                bits = 0;
                bit_num = 0;
            }
        }
        if (bit_num != 0) {
            bits <<= (8 - bit_num);
            row[(w - 1) / 8] = (unsigned char)bits;
        }
    }

    uint64_t hash = 1469598103934665603ULL;
    for (long i = 0; i < h * bytes_per_row; i++) {
        hash ^= bitmap[i];
        hash *= 1099511628211ULL;
    }
    *inside_out = inside;
    return hash;
}

int main(int argc, char **argv)
{
    long w, iterations;
    bench_parse_args(argc, argv, &w, &iterations);
    if (w > 100000) {
        fprintf(stderr, "SIZE must be at most 100000\n");
        return 2;
    }
    long bytes = w * ((w + 7) / 8);
    unsigned char *bitmap = malloc((size_t)bytes);
    if (!bitmap) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    uint64_t hash = 0;
    long inside = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        hash = render(w, bitmap, &inside);
        bench_report_iteration(it, t0);
    }
    printf("bytes %ld\nfnv1a %016llx\ninside %ld\n", bytes, (unsigned long long)hash, inside);
    free(bitmap);
    return 0;
}
