/* zstd_bench: compresses and decompresses deterministic data with zstd.
 * Build: link with zstd's lib/common, lib/compress and lib/decompress .c files (not the .S),
 * compiled with -DZSTD_DISABLE_ASM -DZSTD_MULTITHREAD=0 -I<lib> -I<lib>/common.
 * Usage: zstd_bench SIZE [ITERATIONS]
 *   SIZE       the amount of data in KiB. The data is a deterministic mix (fixed-seed LCG)
 *              of text-like lines, structured records, low-entropy bytes, runs and
 *              incompressible pseudo-random bytes, in segments of 1-32 KiB.
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Each iteration compresses the data with ZSTD_compress at levels 1, 3, 9 and 19 (level 19
 * is given only the first 1/16 of the data: it is about 20x slower than level 9 and 100x
 * slower than level 1, so it still takes about half of the time),
 * decompresses each frame with ZSTD_decompress and checks the round trip byte for byte
 * (exit status 1 on any mismatch or zstd error).
 * Stdout (last iteration): the input size and FNV-1a 64-bit hash, and for each level the
 * input and compressed sizes and the FNV-1a hash of the compressed frame. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "zstd.h"

#define NLEVELS 4
static const int levels[NLEVELS] = {1, 3, 9, 19};
#define SLOW_LEVEL_FRACTION 16

static uint64_t lcg;
static uint32_t rnd(void)
{
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(lcg >> 33);
}

static uint64_t fnv1a(const unsigned char *p, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static const char *const words[] = {
    "the", "of", "and", "compression", "data", "stream", "block", "window", "literal",
    "match", "offset", "entropy", "huffman", "table", "frame", "level", "dictionary",
    "sequence", "buffer", "checksum", "a", "to", "in", "is", "that", "for", "with", "as",
};
#define NWORDS (sizeof words / sizeof words[0])

static void generate(unsigned char *buf, size_t n)
{
    lcg = 0x5851F42D4C957F2DULL;
    size_t pos = 0;
    while (pos < n) {
        size_t seg = 1024 + (rnd() % 32) * 1024;
        if (seg > n - pos)
            seg = n - pos;
        unsigned char *p = buf + pos;
        uint32_t kind = rnd() % 10;
        size_t i = 0;
        if (kind < 4) { /* text-like: words, punctuation, line breaks */
            while (i < seg) {
                const char *w = words[rnd() % NWORDS];
                size_t l = strlen(w);
                for (size_t k = 0; k < l && i < seg; k++)
                    p[i++] = (unsigned char)w[k];
                if (i < seg)
                    p[i++] = (rnd() % 12 == 0) ? '\n' : (rnd() % 9 == 0 ? ',' : ' ');
            }
        } else if (kind < 6) { /* structured records */
            while (i < seg) {
                char rec[96];
                int l = snprintf(rec, sizeof rec, "{\"id\":%u,\"name\":\"%s\",\"v\":%u}\n",
                                 rnd() % 100000, words[rnd() % NWORDS], rnd() % 1000);
                for (int k = 0; k < l && i < seg; k++)
                    p[i++] = (unsigned char)rec[k];
            }
        } else if (kind < 8) { /* pseudo-random bytes: incompressible */
            for (; i < seg; i++)
                p[i] = (unsigned char)(rnd() >> 7);
        } else if (kind < 9) { /* low entropy: a small alphabet, skewed */
            for (; i < seg; i++) {
                uint32_t r = rnd();
                p[i] = (unsigned char)("aaaabbbcdeffgh"[r % 14] + ((r >> 20) % 7 == 0));
            }
        } else { /* runs */
            while (i < seg) {
                unsigned char c = (unsigned char)rnd();
                size_t run = 1 + rnd() % 200;
                for (size_t k = 0; k < run && i < seg; k++)
                    p[i++] = c;
            }
        }
        pos += seg;
    }
}

struct result {
    size_t in_size, out_size;
    uint64_t hash;
};

static void fail_zstd(const char *what, size_t code)
{
    fprintf(stderr, "%s failed: %s\n", what, ZSTD_getErrorName(code));
    exit(1);
}

static void run(const unsigned char *data, size_t n, unsigned char *comp, size_t cap,
                unsigned char *back, struct result *res)
{
    for (int l = 0; l < NLEVELS; l++) {
        size_t in = n;
        if (levels[l] >= 19)
            in = n / SLOW_LEVEL_FRACTION;
        size_t csize = ZSTD_compress(comp, cap, data, in, levels[l]);
        if (ZSTD_isError(csize))
            fail_zstd("ZSTD_compress", csize);
        unsigned long long content = ZSTD_getFrameContentSize(comp, csize);
        if (content != in) {
            fprintf(stderr, "level %d: frame content size %llu, expected %zu\n", levels[l],
                    content, in);
            exit(1);
        }
        memset(back, 0, in);
        size_t dsize = ZSTD_decompress(back, n, comp, csize);
        if (ZSTD_isError(dsize))
            fail_zstd("ZSTD_decompress", dsize);
        if (dsize != in || memcmp(back, data, in) != 0) {
            fprintf(stderr, "level %d: round trip mismatch (%zu bytes back, %zu in)\n",
                    levels[l], dsize, in);
            exit(1);
        }
        res[l].in_size = in;
        res[l].out_size = csize;
        res[l].hash = fnv1a(comp, csize);
    }
}

int main(int argc, char **argv)
{
    long kib, iterations;
    bench_parse_args_usage(argc, argv, "SIZE_KIB [ITERATIONS]", &kib, &iterations);
    if (kib > 1024 * 1024) {
        fprintf(stderr, "SIZE must be at most 1048576 (1 GiB)\n");
        return 2;
    }
    size_t n = (size_t)kib * 1024;
    size_t cap = ZSTD_compressBound(n);
    unsigned char *data = malloc(n), *comp = malloc(cap), *back = malloc(n);
    if (!data || !comp || !back) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    struct result res[NLEVELS];
    uint64_t data_hash = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        generate(data, n);
        data_hash = fnv1a(data, n);
        run(data, n, comp, cap, back, res);
        bench_report_iteration(it, t0);
    }
    printf("zstd %s\n", ZSTD_versionString());
    printf("input %zu bytes fnv1a %016llx\n", n, (unsigned long long)data_hash);
    for (int l = 0; l < NLEVELS; l++)
        printf("level %d: %zu -> %zu bytes, fnv1a %016llx\n", levels[l], res[l].in_size,
               res[l].out_size, (unsigned long long)res[l].hash);
    free(data);
    free(comp);
    free(back);
    return 0;
}
