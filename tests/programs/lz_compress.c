/* An LZ77-style compressor with a hash-chain match finder and a simple
 * byte-oriented token format (literal runs and back-references with
 * offset/length), plus run-length encoding and a CRC-32 (table-driven)
 * and Adler-32. Several generated inputs (text, repetitive, random,
 * all-zero, empty) are compressed, decompressed and verified byte for
 * byte; sizes and checksums are printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define MIN_MATCH 4
#define MAX_MATCH 259
#define WINDOW 65535
#define HASH_BITS 13

static uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}
static uint32_t crc32(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static uint32_t adler32(const uint8_t *p, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

static uint32_t hash4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* token format:
 *   0x00-0x7F: literal run of (tag + 1) bytes follows
 *   0x80-0xFF: match, length = (tag & 0x7F) + MIN_MATCH (+ extra byte if 0x7F), then 2-byte offset */
static size_t lz_compress(const uint8_t *in, size_t n, uint8_t *out) {
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = malloc(sizeof(int32_t) * (n ? n : 1));
    for (size_t i = 0; i < (size_t)1 << HASH_BITS; i++) head[i] = -1;
    size_t ip = 0, op = 0, lit_start = 0;
    while (ip < n) {
        size_t best_len = 0, best_off = 0;
        if (ip + MIN_MATCH <= n) {
            uint32_t h = hash4(in + ip);
            int32_t cand = head[h];
            int chain = 32;
            while (cand >= 0 && ip - (size_t)cand <= WINDOW && chain-- > 0) {
                size_t len = 0, max = n - ip < MAX_MATCH ? n - ip : MAX_MATCH;
                while (len < max && in[cand + len] == in[ip + len]) len++;
                if (len > best_len) {
                    best_len = len;
                    best_off = ip - (size_t)cand;
                }
                cand = prev[cand];
            }
            prev[ip] = head[h];
            head[h] = (int32_t)ip;
        }
        if (best_len >= MIN_MATCH) {
            /* flush literals */
            while (lit_start < ip) {
                size_t run = ip - lit_start > 128 ? 128 : ip - lit_start;
                out[op++] = (uint8_t)(run - 1);
                memcpy(out + op, in + lit_start, run);
                op += run;
                lit_start += run;
            }
            size_t l = best_len - MIN_MATCH;
            if (l < 0x7F) {
                out[op++] = (uint8_t)(0x80 | l);
            } else {
                out[op++] = 0xFF;
                out[op++] = (uint8_t)(l - 0x7F);
            }
            out[op++] = (uint8_t)(best_off & 0xFF);
            out[op++] = (uint8_t)(best_off >> 8);
            /* insert hashes for the skipped positions */
            for (size_t k = 1; k < best_len && ip + k + MIN_MATCH <= n; k++) {
                uint32_t h = hash4(in + ip + k);
                prev[ip + k] = head[h];
                head[h] = (int32_t)(ip + k);
            }
            ip += best_len;
            lit_start = ip;
        } else {
            ip++;
        }
    }
    while (lit_start < n) {
        size_t run = n - lit_start > 128 ? 128 : n - lit_start;
        out[op++] = (uint8_t)(run - 1);
        memcpy(out + op, in + lit_start, run);
        op += run;
        lit_start += run;
    }
    free(head);
    free(prev);
    return op;
}

static long lz_decompress(const uint8_t *in, size_t n, uint8_t *out, size_t cap) {
    size_t ip = 0, op = 0;
    while (ip < n) {
        uint8_t tag = in[ip++];
        if (tag < 0x80) {
            size_t run = (size_t)tag + 1;
            if (ip + run > n || op + run > cap) return -1;
            memcpy(out + op, in + ip, run);
            ip += run;
            op += run;
        } else {
            size_t len = (size_t)(tag & 0x7F);
            if (len == 0x7F) len += in[ip++];
            len += MIN_MATCH;
            size_t off = (size_t)in[ip] | (size_t)in[ip + 1] << 8;
            ip += 2;
            if (off == 0 || off > op || op + len > cap) return -1;
            for (size_t k = 0; k < len; k++, op++) out[op] = out[op - off]; /* overlapping copy */
        }
    }
    return (long)op;
}

static size_t rle_encode(const uint8_t *in, size_t n, uint8_t *out) {
    size_t op = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && j - i < 255 && in[j] == in[i]) j++;
        out[op++] = (uint8_t)(j - i);
        out[op++] = in[i];
        i = j;
    }
    return op;
}
static size_t rle_decode(const uint8_t *in, size_t n, uint8_t *out) {
    size_t op = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        for (int k = 0; k < in[i]; k++) out[op++] = in[i + 1];
    return op;
}

static void run_case(const char *name, const uint8_t *data, size_t n) {
    uint8_t *comp = malloc(n + n / 64 + 16);
    uint8_t *back = malloc(n + 1);
    size_t c = lz_compress(data, n, comp);
    long d = lz_decompress(comp, c, back, n + 1);
    int ok = d == (long)n && memcmp(back, data, n) == 0;
    uint8_t *rle = malloc(2 * n + 2), *rback = malloc(n + 1);
    size_t r = rle_encode(data, n, rle);
    size_t rd = rle_decode(rle, r, rback);
    int rok = rd == n && memcmp(rback, data, n) == 0;
    printf("%-10s n=%6zu lz=%6zu (%5.1f%%) ok=%d rle=%6zu ok=%d crc32=%08x adler32=%08x lzcrc=%08x\n", name, n, c,
           n ? 100.0 * (double)c / (double)n : 0.0, ok, r, rok, crc32(data, n), adler32(data, n), crc32(comp, c));
    free(comp);
    free(back);
    free(rle);
    free(rback);
}

int main(void) {
    crc_init();
    printf("crc32(\"123456789\")=%08x adler32(\"Wikipedia\")=%08x\n", crc32((const uint8_t *)"123456789", 9),
           adler32((const uint8_t *)"Wikipedia", 9));
    size_t n = 200000;
    uint8_t *buf = malloc(n);
    /* pseudo-English text */
    static const char *words[] = {"the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ",
                                  "and ", "runs ", "away ", "from ", "a ", "big ", "cat ", ". "};
    uint32_t s = 42;
    size_t pos = 0;
    while (pos < n) {
        s = s * 1664525u + 1013904223u;
        const char *w = words[(s >> 24) % 16];
        size_t l = strlen(w);
        if (pos + l > n) l = n - pos;
        memcpy(buf + pos, w, l);
        pos += l;
    }
    run_case("text", buf, n);
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)("abcabcabd"[i % 9]);
    run_case("periodic", buf, n);
    for (size_t i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        buf[i] = (uint8_t)(s >> 24);
    }
    run_case("random", buf, n);
    memset(buf, 0, n);
    run_case("zeros", buf, n);
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(i / 1000);
    run_case("runs", buf, n);
    run_case("short", (const uint8_t *)"abcdabcdabcdX", 13);
    run_case("empty", buf, 0);
    free(buf);
    return 0;
}
