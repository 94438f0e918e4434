/* qsort_callback: sorts arrays with libc qsort and comparison callbacks, so that native
 * code (libc) calls back into the program many times (function pointers handed to
 * native code must stay valid and fast under a JIT).
 * Each round sorts SIZE pseudo-random ints ascending, then SIZE records by (key, name, id),
 * then the same records by (group descending, id); 4 rounds with different seeds.
 * Every comparator is a total order, so the result does not depend on the qsort algorithm.
 * Usage: qsort_callback SIZE [ITERATIONS]
 *   SIZE       number of elements in each array
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): a checksum per round and sort, and the number of elements sorted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define ROUNDS 4

struct record {
    uint32_t key;
    uint32_t group;
    uint32_t id;
    char name[12];
};

static uint64_t lcg_state;
static uint32_t lcg_next(void)
{
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(lcg_state >> 33);
}

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

static int cmp_record_key(const void *pa, const void *pb)
{
    const struct record *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    int c = strcmp(a->name, b->name);
    if (c != 0)
        return c;
    return (a->id > b->id) - (a->id < b->id);
}

static int cmp_record_group_desc(const void *pa, const void *pb)
{
    const struct record *a = pa, *b = pb;
    if (a->group != b->group)
        return a->group > b->group ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static uint64_t fnv_u32(uint64_t h, uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 1099511628211ULL;
    }
    return h;
}

static void check_sorted(const void *base, size_t n, size_t size,
                         int (*cmp)(const void *, const void *), const char *what)
{
    const char *p = base;
    for (size_t i = 1; i < n; i++) {
        if (cmp(p + (i - 1) * size, p + i * size) > 0) {
            fprintf(stderr, "%s: not sorted at %zu\n", what, i);
            exit(1);
        }
    }
}

/* One full workload; writes 3 checksums per round into sums. */
static void run(long n, int *ints, struct record *recs, uint64_t sums[ROUNDS][3])
{
    for (int round = 0; round < ROUNDS; round++) {
        lcg_state = 0x9E3779B97F4A7C15ULL + (uint64_t)round * 1000003u;

        for (long i = 0; i < n; i++)
            ints[i] = (int)(lcg_next() % 2000001u) - 1000000;
        qsort(ints, (size_t)n, sizeof ints[0], cmp_int);
        check_sorted(ints, (size_t)n, sizeof ints[0], cmp_int, "ints");
        uint64_t h = 1469598103934665603ULL;
        for (long i = 0; i < n; i++)
            h = fnv_u32(h, (uint32_t)ints[i]);
        sums[round][0] = h;

        for (long i = 0; i < n; i++) {
            struct record *r = &recs[i];
            r->key = lcg_next() % (uint32_t)(n / 4 + 1); /* many equal keys: names decide */
            r->group = lcg_next() % 64u;
            r->id = (uint32_t)i;
            int len = 3 + (int)(lcg_next() % 8u);
            for (int k = 0; k < len; k++)
                r->name[k] = (char)('a' + lcg_next() % 4u);
            r->name[len] = '\0';
        }
        qsort(recs, (size_t)n, sizeof recs[0], cmp_record_key);
        check_sorted(recs, (size_t)n, sizeof recs[0], cmp_record_key, "records by key");
        h = 1469598103934665603ULL;
        for (long i = 0; i < n; i++)
            h = fnv_u32(h, recs[i].id);
        sums[round][1] = h;

        qsort(recs, (size_t)n, sizeof recs[0], cmp_record_group_desc);
        check_sorted(recs, (size_t)n, sizeof recs[0], cmp_record_group_desc, "records by group");
        h = 1469598103934665603ULL;
        for (long i = 0; i < n; i++)
            h = fnv_u32(fnv_u32(h, recs[i].id), recs[i].key);
        sums[round][2] = h;
    }
}

int main(int argc, char **argv)
{
    long n, iterations;
    bench_parse_args(argc, argv, &n, &iterations);
    if (n > 100000000) {
        fprintf(stderr, "SIZE must be at most 100000000\n");
        return 2;
    }
    int *ints = malloc(sizeof(int) * (size_t)n);
    struct record *recs = malloc(sizeof(struct record) * (size_t)n);
    if (!ints || !recs) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    uint64_t sums[ROUNDS][3];
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        run(n, ints, recs, sums);
        bench_report_iteration(it, t0);
    }
    for (int r = 0; r < ROUNDS; r++)
        printf("round %d ints %016llx records %016llx groups %016llx\n", r,
               (unsigned long long)sums[r][0], (unsigned long long)sums[r][1],
               (unsigned long long)sums[r][2]);
    printf("sorted %ld elements\n", (long)ROUNDS * 3 * n);
    free(ints);
    free(recs);
    return 0;
}
