/* Prime number computations: a byte-array sieve of Eratosthenes up to
 * 2,000,000, a bit-packed odd-only sieve cross-checked against it, a
 * segmented sieve for a high range, prime counting pi(x) at several
 * points, twin primes, Goldbach decompositions, and a deterministic
 * Miller-Rabin test for 64-bit numbers using __int128 mulmod. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define LIMIT 2000000

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)((unsigned __int128)a * b % m);
}
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1;
    b %= m;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}
static int is_prime_mr(uint64_t n) {
    if (n < 2) return 0;
    static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (int i = 0; i < 12; i++) {
        if (n == bases[i]) return 1;
        if (n % bases[i] == 0) return 0;
    }
    uint64_t d = n - 1;
    int s = 0;
    while (!(d & 1)) {
        d >>= 1;
        s++;
    }
    for (int i = 0; i < 12; i++) {
        uint64_t x = powmod(bases[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) {
            x = mulmod(x, x, n);
            if (x == n - 1) {
                comp = 0;
                break;
            }
        }
        if (comp) return 0;
    }
    return 1;
}

int main(void) {
    unsigned char *sieve = malloc(LIMIT + 1);
    memset(sieve, 1, LIMIT + 1);
    sieve[0] = sieve[1] = 0;
    for (long i = 2; i * i <= LIMIT; i++)
        if (sieve[i])
            for (long j = i * i; j <= LIMIT; j += i) sieve[j] = 0;

    /* bit-packed odd-only sieve */
    size_t nbits = LIMIT / 2 + 1;
    uint64_t *bits = calloc((nbits + 63) / 64, sizeof *bits); /* bit set = composite */
    for (size_t i = 1; (2 * i + 1) * (2 * i + 1) <= LIMIT; i++)
        if (!(bits[i / 64] >> (i % 64) & 1))
            for (size_t j = (2 * i + 1) * (2 * i + 1) / 2; j < nbits; j += 2 * i + 1)
                bits[j / 64] |= (uint64_t)1 << (j % 64);
    long mismatches = 0;
    for (long n = 3; n <= LIMIT; n += 2) {
        int p = !(bits[n / 2 / 64] >> (n / 2 % 64) & 1);
        if (p != sieve[n]) mismatches++;
    }
    printf("bit sieve mismatches: %ld\n", mismatches);

    long count = 0;
    long checkpoints[] = {10, 100, 1000, 10000, 100000, 1000000, 2000000};
    int cp = 0;
    uint64_t sum = 0;
    for (long n = 0; n <= LIMIT; n++) {
        if (sieve[n]) {
            count++;
            sum += (uint64_t)n;
        }
        if (cp < 7 && n == checkpoints[cp]) {
            printf("pi(%ld) = %ld\n", n, count);
            cp++;
        }
    }
    printf("sum of primes <= %d = %llu\n", LIMIT, (unsigned long long)sum);
    long twins = 0, maxgap = 0, gapstart = 0, last = 2;
    for (long n = 3; n <= LIMIT; n++) {
        if (!sieve[n]) continue;
        if (n - last == 2) twins++;
        if (n - last > maxgap) {
            maxgap = n - last;
            gapstart = last;
        }
        last = n;
    }
    printf("twin prime pairs=%ld largest gap=%ld after %ld, largest prime=%ld\n", twins, maxgap, gapstart, last);
    for (long even = 100; even <= 1000000; even *= 10) {
        for (long p = 2; p <= even / 2; p++)
            if (sieve[p] && sieve[even - p]) {
                printf("goldbach %ld = %ld + %ld\n", even, p, even - p);
                break;
            }
    }

    /* segmented sieve on [10^12, 10^12 + 100000) */
    const uint64_t lo = 1000000000000ULL, span = 100000;
    unsigned char *seg = malloc(span);
    memset(seg, 1, span);
    for (uint64_t p = 2; p * p < lo + span; p++) {
        if (!sieve[p]) continue;
        uint64_t start = (lo + p - 1) / p * p;
        for (uint64_t m = start; m < lo + span; m += p) seg[m - lo] = 0;
    }
    long segcount = 0, agree = 0;
    uint64_t first = 0;
    for (uint64_t i = 0; i < span; i++) {
        if (seg[i]) {
            segcount++;
            if (!first) first = lo + i;
        }
        if (i < 3000) agree += seg[i] == is_prime_mr(lo + i);
    }
    printf("primes in [1e12, 1e12+1e5): %ld, first=%llu, MR agrees on %ld/3000\n", segcount,
           (unsigned long long)first, agree);

    uint64_t tests[] = {18446744073709551557ULL, 18446744073709551556ULL, 4294967291ULL,
                        4294967297ULL /* 641 * 6700417 */, 3215031751ULL /* strong pseudoprime */,
                        1000000007ULL, 999999999989ULL, 561ULL};
    for (int i = 0; i < 8; i++) printf("is_prime(%llu) = %d\n", (unsigned long long)tests[i], is_prime_mr(tests[i]));
    free(seg);
    free(bits);
    free(sieve);
    return 0;
}
