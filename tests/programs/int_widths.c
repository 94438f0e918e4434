/* Integer widths: signed/unsigned char, short, int, long, long long.
 * Arithmetic, wrap-around of unsigned types, shifts (logical and
 * arithmetic), division and modulo with negative operands, conversions
 * (truncation, sign/zero extension). */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static unsigned long long checksum = 1469598103934665603ULL;

static void mix(unsigned long long v) {
    checksum ^= v;
    checksum *= 1099511628211ULL;
}

/* noinline + volatile inputs so -O2 does real work instead of folding */
__attribute__((noinline)) static void test_char(signed char a, signed char b,
                                                unsigned char ua, unsigned char ub) {
    signed char s = (signed char)(a + b);  /* implementation-defined truncation, two's complement */
    unsigned char u = (unsigned char)(ua + ub);
    unsigned char m = (unsigned char)(ua * ub);
    printf("char: a=%d b=%d a+b(trunc)=%d a/b=%d a%%b=%d\n", a, b, s, a / b, a % b);
    printf("uchar: ua=%u ub=%u sum=%u prod=%u ua>>3=%u ~ua=%u\n", ua, ub, u, m, ua >> 3,
           (unsigned char)~ua);
    mix((unsigned long long)s);
    mix(u);
    mix(m);
}

__attribute__((noinline)) static void test_short(short a, short b, unsigned short ua,
                                                 unsigned short ub) {
    short s = (short)(a * b);
    unsigned short u = (unsigned short)(ua - ub);
    printf("short: a=%d b=%d a*b(trunc)=%d a/b=%d a%%b=%d -a/b=%d\n", a, b, s, a / b, a % b,
           -a / b);
    printf("ushort: ua=%u ub=%u ua-ub=%u ua*ub=%u ua<<4(trunc)=%u\n", ua, ub, u,
           (unsigned short)(ua * ub), (unsigned short)(ua << 4));
    mix((unsigned long long)s);
    mix(u);
}

__attribute__((noinline)) static void test_int(int a, int b, unsigned ua, unsigned ub) {
    printf("int: %d/%d=%d %d%%%d=%d\n", a, b, a / b, a, b, a % b);
    printf("int: %d/%d=%d %d%%%d=%d\n", -a, b, -a / b, -a, b, -a % b);
    printf("int: %d/%d=%d %d%%%d=%d\n", a, -b, a / -b, a, -b, a % -b);
    printf("int: %d/%d=%d %d%%%d=%d\n", -a, -b, -a / -b, -a, -b, -a % -b);
    printf("int: a>>3=%d (-a)>>3=%d a<<5=%d\n", a >> 3, -a >> 3, (int)((unsigned)a << 5));
    printf("uint: %u+%u=%u %u-%u=%u %u*%u=%u %u/%u=%u %u%%%u=%u\n", ua, ub, ua + ub, ub, ua,
           ub - ua, ua, ub, ua * ub, ua, ub, ua / ub, ua, ub, ua % ub);
    printf("uint: ua>>31=%u ua<<1=%u ~ua=%u\n", ua >> 31, ua << 1, ~ua);
    mix((unsigned)(a / b));
    mix((unsigned)(-a % b));
    mix(ua * ub);
    mix(ub - ua);
}

__attribute__((noinline)) static void test_long(long a, long b, unsigned long ua,
                                                unsigned long ub) {
    printf("long: %ld/%ld=%ld %ld%%%ld=%ld\n", a, b, a / b, a, b, a % b);
    printf("long: %ld/%ld=%ld %ld%%%ld=%ld\n", -a, b, -a / b, -a, b, -a % b);
    printf("long: a*b=%ld a>>17=%ld (-a)>>17=%ld\n", a * b, a >> 17, -a >> 17);
    printf("ulong: ua*ub=%lu ua/ub=%lu ua%%ub=%lu ua>>63=%lu ub-ua=%lu\n", ua * ub, ua / ub,
           ua % ub, ua >> 63, ub - ua);
    mix((unsigned long)(a * b));
    mix(ua * ub);
    mix(ub - ua);
}

__attribute__((noinline)) static void test_llong(long long a, long long b,
                                                 unsigned long long ua,
                                                 unsigned long long ub) {
    printf("llong: %lld/%lld=%lld %lld%%%lld=%lld\n", a, b, a / b, a, b, a % b);
    printf("llong: %lld/%lld=%lld %lld%%%lld=%lld\n", a, -b, a / -b, a, -b, a % -b);
    printf("llong: min/-1 avoided; min/2=%lld min%%7=%lld max/3=%lld\n", LLONG_MIN / 2,
           LLONG_MIN % 7, LLONG_MAX / 3);
    printf("ullong: ua=%llu ub=%llu ua*ub=%llu ua/ub=%llu ua%%ub=%llu\n", ua, ub, ua * ub,
           ua / ub, ua % ub);
    printf("ullong: max+1=%llu 0-1=%llu\n", ULLONG_MAX + ua / ua, 0ULL - ua / ua);
    mix((unsigned long long)(a / b));
    mix(ua * ub);
}

__attribute__((noinline)) static void test_shifts(unsigned long long v, int n) {
    for (int i = 0; i < 64; i += n) {
        unsigned long long l = v << i, r = v >> i;
        long long sr = (long long)v >> i; /* arithmetic shift of negative value */
        mix(l);
        mix(r);
        mix((unsigned long long)sr);
    }
    unsigned char c = (unsigned char)v;
    unsigned short s = (unsigned short)v;
    printf("shifts: c<<3=%d (int)s<<9=%d c>>1=%d\n", c << 3, s << 9, c >> 1);
}

__attribute__((noinline)) static void test_conversions(long long v) {
    signed char sc = (signed char)v;
    unsigned char uc = (unsigned char)v;
    short ss = (short)v;
    unsigned short us = (unsigned short)v;
    int si = (int)v;
    unsigned ui = (unsigned)v;
    printf("conv %lld: sc=%d uc=%u ss=%d us=%u si=%d ui=%u\n", v, sc, uc, ss, us, si, ui);
    long long back = sc + uc + ss + us + (long long)si + ui;
    printf("  sum back=%lld\n", back);
    mix((unsigned long long)back);
}

int main(void) {
    volatile signed char a8 = 100, b8 = -7;
    volatile unsigned char ua8 = 200, ub8 = 77;
    test_char(a8, b8, ua8, ub8);
    volatile short a16 = -30000, b16 = 7;
    volatile unsigned short ua16 = 1000, ub16 = 60000;
    test_short(a16, b16, ua16, ub16);
    volatile int a32 = 2147483600, b32 = 13;
    volatile unsigned ua32 = 4000000000u, ub32 = 3;
    test_int(a32, b32, ua32, ub32);
    test_int(17, 5, 5, 17);
    volatile long a64 = 0x123456789ALL, b64 = -977;
    volatile unsigned long ua64 = 0xFEDCBA9876543210UL, ub64 = 0x1234567UL;
    test_long(a64, b64, ua64, ub64);
    volatile long long all = -9000000000000000000LL, bll = 12345;
    volatile unsigned long long uall = 18000000000000000000ULL, ubll = 999999937ULL;
    test_llong(all, bll, uall, ubll);
    test_shifts(0x8123456789ABCDEFULL, 7);
    test_shifts(0x00000000DEADBEEFULL, 3);
    long long convs[] = {0, -1, 255, 256, -129, 65535, 65536, 2147483648LL,
                         -2147483649LL, 0x7FFFFFFFFFFFFFFFLL, (long long)0x8000000080008080ULL};
    for (unsigned i = 0; i < sizeof convs / sizeof convs[0]; i++) test_conversions(convs[i]);
    /* integer promotion corner: unsigned short * unsigned short promoted to int */
    volatile unsigned short p = 0xFFF0, q = 0x7;
    unsigned prod = (unsigned)p * q;
    printf("promote: %u\n", prod);
    /* comparison signed vs unsigned */
    volatile int neg = -1;
    volatile unsigned one = 1;
    printf("cmp: (-1 < 1u)=%d (-1 < (int)1u)=%d\n", (unsigned)neg < one, neg < (int)one);
    printf("checksum=%016llx\n", checksum);
    return 0;
}
