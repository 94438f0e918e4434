/* fannkuch-redux (Benchmarks Game): for every permutation of 1..n, count the flips of the
 * "pancake" prefix reversal until 1 is in front; report a checksum and the maximum.
 * Usage: fannkuch SIZE [ITERATIONS]
 *   SIZE       thousands of permutations to process. The permutations of 1..12 are visited
 *              in the classic fannkuch-redux order, which is nested: its first k! entries are
 *              exactly the permutations of 1..k (the rest fixed). So SIZE = 41 covers all of
 *              n = 8 (8! = 40320), 3629 all of n = 10, 39917 all of n = 11; SIZE >= 479002
 *              is the complete fannkuch-redux(12). This gives a work scale finer than n!.
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (from the last iteration): the number of permutations visited, the checksum
 * (alternating sum of flip counts, as in fannkuch-redux) and the maximum flip count. */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

#define MAXN 12

/* Visits at most `limit` permutations of 1..n; returns how many it visited. */
static long fannkuch(int n, long limit, long *checksum_out, int *maxflips_out)
{
    int perm[MAXN], perm1[MAXN], count[MAXN];
    int maxflips = 0;
    long permcount = 0;
    long checksum = 0;
    int r = n;

    for (int i = 0; i < n; i++)
        perm1[i] = i;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++)
            perm[i] = perm1[i];
        int flips = 0;
        int k;
        while ((k = perm[0]) != 0) {
            int k2 = (k + 1) >> 1;
            for (int i = 0; i < k2; i++) {
                int t = perm[i];
                perm[i] = perm[k - i];
                perm[k - i] = t;
            }
            flips++;
        }
        if (flips > maxflips)
            maxflips = flips;
        checksum += (permcount % 2 == 0) ? flips : -flips;

        permcount++;
        /* next permutation */
        for (;;) {
            if (r == n || permcount == limit) {
                *checksum_out = checksum;
                *maxflips_out = maxflips;
                return permcount;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            count[r]--;
            if (count[r] > 0)
                break;
            r++;
        }
    }
}

int main(int argc, char **argv)
{
    long size, iterations;
    bench_parse_args(argc, argv, &size, &iterations);
    long limit = size > 479002 ? 479002L * 1000 : size * 1000; /* 12! = 479001600 */
    long checksum = 0, visited = 0;
    int maxflips = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        visited = fannkuch(MAXN, limit, &checksum, &maxflips);
        bench_report_iteration(it, t0);
    }
    printf("permutations %ld\nchecksum %ld\nmaxflips %d\n", visited, checksum, maxflips);
    return 0;
}
