/* threads: a multithreaded workload with pthreads. NTHREADS = 4 worker threads count the
 * primes below SIZE by trial division. The range is cut into blocks of 2048 numbers that the
 * workers take dynamically from a shared counter protected by a mutex; each worker keeps its
 * own partial results (count, sum, xor of a hash of each prime), and main joins the workers
 * and combines the partial results with order-independent operations, so the output is
 * deterministic whatever the scheduling.
 * Usage: threads SIZE [ITERATIONS]
 *   SIZE       the upper bound of the prime search (exclusive); work grows as SIZE^1.5
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): the prime count, their sum, the xor-hash and the block count. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

#define NTHREADS 4
#define BLOCK 2048

struct shared {
    pthread_mutex_t lock;
    uint64_t next_block;
    uint64_t nblocks;
    uint64_t limit;
    uint64_t blocks_done; /* updated under lock */
};

struct worker {
    pthread_t tid;
    struct shared *sh;
    uint64_t count, sum, hash;
};

static int is_prime(uint64_t n)
{
    if (n < 2)
        return 0;
    if (n < 4)
        return 1;
    if (n % 2 == 0)
        return 0;
    for (uint64_t d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return 0;
    return 1;
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static void *work(void *arg)
{
    struct worker *w = arg;
    struct shared *sh = w->sh;
    for (;;) {
        pthread_mutex_lock(&sh->lock);
        uint64_t b = sh->next_block++;
        if (b < sh->nblocks)
            sh->blocks_done++;
        pthread_mutex_unlock(&sh->lock);
        if (b >= sh->nblocks)
            break;
        uint64_t lo = b * BLOCK, hi = lo + BLOCK;
        if (hi > sh->limit)
            hi = sh->limit;
        for (uint64_t n = lo; n < hi; n++) {
            if (is_prime(n)) {
                w->count++;
                w->sum += n;
                w->hash ^= mix(n);
            }
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    long limit, iterations;
    bench_parse_args(argc, argv, &limit, &iterations);

    uint64_t count = 0, sum = 0, hash = 0, blocks = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        struct shared sh;
        pthread_mutex_init(&sh.lock, NULL);
        sh.next_block = 0;
        sh.limit = (uint64_t)limit;
        sh.nblocks = ((uint64_t)limit + BLOCK - 1) / BLOCK;
        sh.blocks_done = 0;
        struct worker w[NTHREADS];
        for (int i = 0; i < NTHREADS; i++) {
            w[i].sh = &sh;
            w[i].count = w[i].sum = w[i].hash = 0;
            int rc = pthread_create(&w[i].tid, NULL, work, &w[i]);
            if (rc != 0) {
                fprintf(stderr, "pthread_create failed: %d\n", rc);
                return 1;
            }
        }
        count = sum = hash = 0;
        for (int i = 0; i < NTHREADS; i++) {
            pthread_join(w[i].tid, NULL);
            count += w[i].count;
            sum += w[i].sum;
            hash ^= w[i].hash;
        }
        blocks = sh.blocks_done;
        pthread_mutex_destroy(&sh.lock);
        bench_report_iteration(it, t0);
    }
    printf("primes below %ld: %llu\nsum %llu\nhash %016llx\nblocks %llu\n", limit,
           (unsigned long long)count, (unsigned long long)sum, (unsigned long long)hash,
           (unsigned long long)blocks);
    return 0;
}
