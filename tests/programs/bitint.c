/* _BitInt(N) with odd widths: 7, 13, 33, 65, 100, 129.
 * Arithmetic with wrap-around for unsigned, division/modulo for widths
 * <= 128, shifts, comparisons, conversions; printed via conversion to
 * smaller standard types. */
#include <stdio.h>

typedef unsigned _BitInt(7) u7;
typedef signed _BitInt(7) s7;
typedef unsigned _BitInt(13) u13;
typedef unsigned _BitInt(33) u33;
typedef signed _BitInt(33) s33;
typedef unsigned _BitInt(65) u65;
typedef signed _BitInt(65) s65;
typedef unsigned _BitInt(100) u100;
typedef unsigned _BitInt(129) u129;
typedef signed _BitInt(129) s129;

static void print_u128(const char *label, unsigned __int128 v) {
    char buf[64];
    int n = 0;
    do {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    printf("%s = ", label);
    while (n) putchar(buf[--n]);
    putchar('\n');
}

/* print a 129-bit unsigned as top bit + 128-bit hex */
static void print_u129(const char *label, u129 v) {
    unsigned top = (unsigned)(v >> 128);
    unsigned long long hi = (unsigned long long)(v >> 64);
    unsigned long long lo = (unsigned long long)v;
    printf("%s = %u:%016llx%016llx\n", label, top, hi, lo);
}

__attribute__((noinline)) static u7 add7(u7 a, u7 b) { return a + b; }
__attribute__((noinline)) static u7 mul7(u7 a, u7 b) { return a * b; }
__attribute__((noinline)) static s7 div7(s7 a, s7 b) { return a / b; }
__attribute__((noinline)) static s7 rem7(s7 a, s7 b) { return a % b; }

__attribute__((noinline)) static u33 mul33(u33 a, u33 b) { return a * b; }
__attribute__((noinline)) static s33 div33(s33 a, s33 b) { return a / b; }
__attribute__((noinline)) static s33 rem33(s33 a, s33 b) { return a % b; }

__attribute__((noinline)) static u65 mul65(u65 a, u65 b) { return a * b; }
__attribute__((noinline)) static u65 div65(u65 a, u65 b) { return a / b; }
__attribute__((noinline)) static s65 sdiv65(s65 a, s65 b) { return a / b; }
__attribute__((noinline)) static s65 srem65(s65 a, s65 b) { return a % b; }

__attribute__((noinline)) static u129 mul129(u129 a, u129 b) { return a * b; }
__attribute__((noinline)) static u129 add129(u129 a, u129 b) { return a + b; }
__attribute__((noinline)) static s129 sub129(s129 a, s129 b) { return a - b; }

struct holder {
    u7 a;
    u33 b;
    u65 c;
    u13 d;
};

int main(void) {
    /* 7-bit */
    volatile u7 x7 = 100, y7 = 50;
    printf("u7: 100+50=%u 100*50=%u 100-50=%u 50-100=%u\n", (unsigned)add7(x7, y7),
           (unsigned)mul7(x7, y7), (unsigned)(u7)(x7 - y7), (unsigned)(u7)(y7 - x7));
    volatile s7 a7 = -60, b7 = 7;
    printf("s7: -60/7=%d -60%%7=%d 63/-8=%d max=%d min=%d\n", (int)div7(a7, b7),
           (int)rem7(a7, b7), (int)div7(63, -8), (int)(s7)63, (int)(s7)-64);
    u7 acc7 = 1;
    for (int i = 0; i < 20; i++) acc7 = acc7 * 3 + 1;
    printf("u7 iterated: %u\n", (unsigned)acc7);

    /* 13-bit */
    u13 acc13 = 0;
    for (unsigned i = 0; i < 1000; i++) acc13 += (u13)(i * 37u);
    printf("u13 sum: %u, shifted: %u %u\n", (unsigned)acc13, (unsigned)(u13)(acc13 << 5),
           (unsigned)(acc13 >> 5));

    /* 33-bit */
    volatile u33 x33 = (u33)0x1FFFFFFFFull; /* max */
    volatile u33 y33 = 3;
    printf("u33: max=%llu max+1=%llu max*3=%llu\n", (unsigned long long)x33,
           (unsigned long long)(u33)(x33 + 1), (unsigned long long)mul33(x33, y33));
    volatile s33 s = (s33)-4294967296LL; /* min of s33 */
    printf("s33: min=%lld min/3=%lld min%%7=%lld 4294967295/-2=%lld\n", (long long)s,
           (long long)div33(s, 3), (long long)rem33(s, 7),
           (long long)div33((s33)4294967295LL, -2));
    printf("s33 >> 4 = %lld, cmp %d %d\n", (long long)(s >> 4), s < 0, x33 > y33);

    /* 65-bit */
    volatile u65 x65 = (u65)0xFFFFFFFFFFFFFFFFull + 1; /* 2^64 */
    volatile u65 y65 = 12345678901ull;
    u65 p = mul65(x65 - 1, y65);
    print_u128("u65 (2^64-1)*12345678901 mod 2^65", (unsigned __int128)p);
    print_u128("u65 2^64 / 12345678901", (unsigned __int128)div65(x65, y65));
    print_u128("u65 2^64 % 12345678901", (unsigned __int128)(x65 % y65));
    u65 all = (u65)0 - 1;
    print_u128("u65 max", (unsigned __int128)all);
    print_u128("u65 max>>1", (unsigned __int128)(all >> 1));
    volatile s65 n65 = -(s65)(x65 - 1) + 5;
    printf("s65: (hi/lo of -2^64+6) = %lld / %llu\n", (long long)(n65 >> 64),
           (unsigned long long)n65);
    printf("s65: q=%lld r=%lld\n", (long long)sdiv65(n65, 1000003), (long long)srem65(n65, 1000003));

    /* 100-bit */
    u100 f = 1;
    for (unsigned i = 1; i <= 27; i++) f *= i; /* 27! ~ 1.09e28 < 2^100 */
    print_u128("u100 27!", (unsigned __int128)f);
    print_u128("u100 27!/13!", (unsigned __int128)(f / (u100)6227020800ull));
    print_u128("u100 27! % 1000000007", (unsigned __int128)(f % (u100)1000000007ull));
    u100 f28 = f * 28; /* wraps mod 2^100 */
    print_u128("u100 28! mod 2^100", (unsigned __int128)f28);

    /* 129-bit: add, sub, mul, shift, compare (no division) */
    volatile u129 one = 1;
    u129 top = one << 128;
    print_u129("u129 1<<128", top);
    print_u129("u129 (1<<128)-1", top - 1);
    u129 big = add129(top - 1, top - 1);
    print_u129("u129 2*((1<<128)-1)", big);
    print_u129("u129 wrap", add129(big, 3));
    u129 m = mul129((u129)0xFFFFFFFFFFFFFFFFull * 0xFFFFFFFFFFFFFFFFull, 3);
    print_u129("u129 (2^64-1)^2*3", m);
    s129 d = sub129((s129)(top >> 1), (s129)(top - 1)); /* 2^127 - (2^128-1) */
    printf("s129 -(2^127)+1 < 0: %d, >>120 = %lld\n", d < 0, (long long)(d >> 120));
    u129 r = 0x123456789ABCDEFull;
    for (int i = 0; i < 10; i++) r = (r << 13) ^ (r >> 7) ^ (u129)i;
    print_u129("u129 scramble", r);

    /* in structs (memory layout / padding) */
    struct holder h[3];
    for (int i = 0; i < 3; i++) {
        h[i].a = (u7)(i * 50);
        h[i].b = (u33)((unsigned long long)i << 32 | 7u);
        h[i].c = (u65)i << 64 | (u65)i;
        h[i].d = (u13)(i * 3000);
    }
    unsigned long long sum = 0;
    for (int i = 0; i < 3; i++)
        sum += (unsigned long long)h[i].a + (unsigned long long)h[i].b +
               (unsigned long long)(h[i].c >> 32) + (unsigned long long)h[i].d;
    printf("struct sum=%llu sizeof(u7)=%zu sizeof(u33)=%zu sizeof(u65)=%zu sizeof(u129)=%zu\n",
           sum, sizeof(u7), sizeof(u33), sizeof(u65), sizeof(u129));
    return 0;
}
