/* Checked arithmetic builtins: __builtin_add_overflow / sub / mul on
 * 8/16/32/64/128-bit signed and unsigned types, mixed operand/result
 * types, the type-specific variants (__builtin_sadd_overflow, ...), and
 * saturating arithmetic built on top of them. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static unsigned long long hash = 14695981039346656037ULL;
static void mix(unsigned long long v) {
    hash = (hash ^ v) * 1099511628211ULL;
}

#define CHECK3(T, FMT, CAST, op, a, b)                                                          \
    do {                                                                                       \
        T r_;                                                                                  \
        int o_ = __builtin_##op##_overflow((a), (b), &r_);                                     \
        printf("%-4s %-5s: ovf=%d r=" FMT "\n", #op, #T, o_, (CAST)r_);                         \
        mix((unsigned long long)o_ << 32 ^ (unsigned long long)(CAST)r_);                      \
    } while (0)

static void print_u128(unsigned __int128 v) {
    char b[50];
    int n = 0;
    do {
        b[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    while (n) putchar(b[--n]);
}
static void print_i128(__int128 v) {
    if (v < 0) {
        putchar('-');
        print_u128((unsigned __int128)0 - (unsigned __int128)v);
    } else
        print_u128((unsigned __int128)v);
}

__attribute__((noinline)) static int8_t sat_add8(int8_t a, int8_t b) {
    int8_t r;
    if (__builtin_add_overflow(a, b, &r)) return a < 0 ? INT8_MIN : INT8_MAX;
    return r;
}
__attribute__((noinline)) static uint16_t sat_mul16(uint16_t a, uint16_t b) {
    uint16_t r;
    if (__builtin_mul_overflow(a, b, &r)) return UINT16_MAX;
    return r;
}
__attribute__((noinline)) static int64_t sat_sub64(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) return a < 0 ? INT64_MIN : INT64_MAX;
    return r;
}

/* checked factorial: largest n! that fits */
__attribute__((noinline)) static int max_factorial_u64(void) {
    uint64_t f = 1;
    int n = 1;
    for (;;) {
        uint64_t nf;
        if (__builtin_mul_overflow(f, (uint64_t)(n + 1), &nf)) return n;
        f = nf;
        n++;
    }
}

int main(void) {
    volatile int8_t s8a = 100, s8b = 27, s8c = -128;
    volatile uint8_t u8a = 200, u8b = 55;
    CHECK3(int8_t, "%d", int, add, s8a, s8b);
    CHECK3(int8_t, "%d", int, add, s8a, (int8_t)28);
    CHECK3(int8_t, "%d", int, sub, s8c, (int8_t)1);
    CHECK3(int8_t, "%d", int, mul, s8c, (int8_t)-1);
    CHECK3(uint8_t, "%u", unsigned, add, u8a, u8b);
    CHECK3(uint8_t, "%u", unsigned, add, u8a, (uint8_t)56);
    CHECK3(uint8_t, "%u", unsigned, sub, u8b, u8a);
    CHECK3(uint8_t, "%u", unsigned, mul, (uint8_t)15, (uint8_t)17);
    CHECK3(uint8_t, "%u", unsigned, mul, (uint8_t)16, (uint8_t)16);

    volatile int16_t s16 = 32767;
    volatile uint16_t u16 = 65535;
    CHECK3(int16_t, "%d", int, add, s16, (int16_t)1);
    CHECK3(int16_t, "%d", int, mul, (int16_t)181, (int16_t)181);
    CHECK3(int16_t, "%d", int, mul, (int16_t)182, (int16_t)182);
    CHECK3(uint16_t, "%u", unsigned, add, u16, (uint16_t)1);
    CHECK3(uint16_t, "%u", unsigned, mul, (uint16_t)255, (uint16_t)257);

    volatile int s32 = INT_MAX;
    volatile unsigned u32 = UINT_MAX;
    CHECK3(int, "%d", int, add, s32, 1);
    CHECK3(int, "%d", int, sub, -s32, 2);
    CHECK3(int, "%d", int, mul, 46341, 46341);
    CHECK3(int, "%d", int, mul, 46340, -46340);
    CHECK3(unsigned, "%u", unsigned, add, u32, 0u);
    CHECK3(unsigned, "%u", unsigned, sub, 0u, u32);
    CHECK3(unsigned, "%u", unsigned, mul, 65536u, 65536u);

    volatile long long s64 = LLONG_MAX;
    volatile unsigned long long u64 = ULLONG_MAX;
    CHECK3(long long, "%lld", long long, add, s64, 1LL);
    CHECK3(long long, "%lld", long long, sub, -s64, 1LL);
    CHECK3(long long, "%lld", long long, sub, -s64, 2LL);
    CHECK3(long long, "%lld", long long, mul, 3037000499LL, 3037000499LL);
    CHECK3(long long, "%lld", long long, mul, 3037000500LL, 3037000500LL);
    CHECK3(long long, "%lld", long long, mul, -s64 - 1, -1LL);
    CHECK3(unsigned long long, "%llu", unsigned long long, add, u64, 1ULL);
    CHECK3(unsigned long long, "%llu", unsigned long long, mul, 4294967296ULL, 4294967295ULL);
    CHECK3(unsigned long long, "%llu", unsigned long long, mul, 4294967296ULL, 4294967296ULL);

    /* mixed types: result type differs from operand types */
    {
        int r;
        volatile unsigned long long big = 3000000000ULL;
        int o = __builtin_add_overflow(big, -1000000000, &r);
        printf("mixed u64+int -> int: ovf=%d r=%d\n", o, r);
        mix((unsigned)r ^ (unsigned)o);
        o = __builtin_sub_overflow(big, 900000000ULL, &r);
        printf("mixed u64-u64 -> int: ovf=%d r=%d\n", o, r);
        unsigned ur;
        volatile int neg = -5;
        o = __builtin_add_overflow(neg, 3, &ur);
        printf("mixed int+int -> unsigned (negative result): ovf=%d r=%u\n", o, ur);
        o = __builtin_mul_overflow(neg, neg, &ur);
        printf("mixed int*int -> unsigned: ovf=%d r=%u\n", o, ur);
        short sr;
        o = __builtin_mul_overflow(300, (long long)neg * 20, &sr);
        printf("mixed int*ll -> short: ovf=%d r=%d\n", o, sr);
        unsigned char cr;
        o = __builtin_sub_overflow((long long)u32, 4294967040LL, &cr);
        printf("mixed ll-ll -> uchar: ovf=%d r=%u\n", o, cr);
        long long lr;
        o = __builtin_mul_overflow(u32, u32, &lr);
        printf("mixed u32*u32 -> ll: ovf=%d r=%lld\n", o, lr);
        o = __builtin_mul_overflow(u64, 1u, &lr);
        printf("mixed u64*u32 -> ll: ovf=%d r=%lld\n", o, lr);
    }

    /* type-specific variants */
    {
        int ri;
        long rl;
        unsigned long long rull;
        printf("sadd: %d ", __builtin_sadd_overflow(INT_MAX - 5, 5, &ri));
        printf("%d ", ri);
        printf("ssubl: %d ", __builtin_ssubl_overflow(LONG_MIN + 1, 2, &rl));
        printf("%ld ", rl);
        printf("umulll: %d ", __builtin_umulll_overflow(0x100000001ULL, 0xFFFFFFFFULL, &rull));
        printf("%llu\n", rull);
    }

    /* __int128 */
    {
        volatile __int128 max128 = (__int128)(((unsigned __int128)1 << 127) - 1);
        __int128 r;
        int o = __builtin_add_overflow(max128, (__int128)1, &r);
        printf("i128 add ovf=%d r=", o);
        print_i128(r);
        printf("\n");
        o = __builtin_mul_overflow((__int128)1 << 63, (__int128)1 << 63, &r);
        printf("i128 mul 2^63*2^63 ovf=%d r=", o);
        print_i128(r);
        printf("\n");
        o = __builtin_mul_overflow((__int128)1 << 64, (__int128)1 << 63, &r);
        printf("i128 mul 2^64*2^63 ovf=%d r=", o);
        print_i128(r);
        printf("\n");
        unsigned __int128 ur;
        o = __builtin_mul_overflow((unsigned __int128)max128, (unsigned __int128)2, &ur);
        printf("u128 mul (2^127-1)*2 ovf=%d r=", o);
        print_u128(ur);
        printf("\n");
        o = __builtin_mul_overflow((unsigned __int128)max128, (unsigned __int128)3, &ur);
        printf("u128 mul (2^127-1)*3 ovf=%d r=", o);
        print_u128(ur);
        printf("\n");
        o = __builtin_sub_overflow((unsigned __int128)0, (unsigned __int128)1, &ur);
        printf("u128 0-1 ovf=%d r=", o);
        print_u128(ur);
        printf("\n");
        long long lr;
        o = __builtin_add_overflow(max128, -max128 + 5, &lr);
        printf("i128 -> ll ovf=%d r=%lld\n", o, lr);
        mix((unsigned long long)lr);
    }

    /* saturating helpers */
    volatile int8_t xs[] = {120, -120, 5, -128, 127};
    for (int i = 0; i < 5; i++)
        printf("sat_add8(%d,%d)=%d ", xs[i], xs[(i + 1) % 5], sat_add8(xs[i], xs[(i + 1) % 5]));
    printf("\n");
    printf("sat_mul16: %u %u %u\n", sat_mul16(255, 257), sat_mul16(256, 256), sat_mul16(1000, 65));
    printf("sat_sub64: %lld %lld %lld\n", (long long)sat_sub64(INT64_MIN, 1),
           (long long)sat_sub64(INT64_MAX, -1), (long long)sat_sub64(-5, 7));
    printf("max n with n! in u64 = %d\n", max_factorial_u64());

    /* overflow-checked loop: sum of squares until overflow in int32 */
    int acc = 0, i = 0;
    for (;; i++) {
        int sq, nacc;
        if (__builtin_mul_overflow(i, i, &sq) || __builtin_add_overflow(acc, sq, &nacc)) break;
        acc = nacc;
    }
    printf("sum of squares overflows int at i=%d (acc=%d)\n", i, acc);
    printf("hash=%016llx\n", hash);
    return 0;
}
