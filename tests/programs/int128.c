/* __int128 / unsigned __int128: multiplication, division, modulo, shifts,
 * comparisons, conversions to/from double, and printing via manual
 * decimal conversion. */
#include <stdio.h>
#include <string.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

static void u128_to_str(u128 v, char *out) {
    char buf[64];
    int n = 0;
    do {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    for (int i = 0; i < n; i++) out[i] = buf[n - 1 - i];
    out[n] = 0;
}

static void i128_to_str(i128 v, char *out) {
    if (v < 0) {
        *out++ = '-';
        u128_to_str((u128)0 - (u128)v, out);
    } else {
        u128_to_str((u128)v, out);
    }
}

static void print_u(const char *label, u128 v) {
    char s[64];
    u128_to_str(v, s);
    printf("%s = %s (hi=%016llx lo=%016llx)\n", label, s, (unsigned long long)(v >> 64),
           (unsigned long long)v);
}

static void print_i(const char *label, i128 v) {
    char s[64];
    i128_to_str(v, s);
    printf("%s = %s\n", label, s);
}

static u128 parse_u128(const char *s) {
    u128 v = 0;
    while (*s) v = v * 10 + (u128)(*s++ - '0');
    return v;
}

__attribute__((noinline)) static u128 factorial(unsigned n) {
    u128 r = 1;
    for (unsigned i = 2; i <= n; i++) r *= i;
    return r;
}

__attribute__((noinline)) static u128 isqrt128(u128 n) {
    /* Newton iteration */
    if (n < 2) return n;
    u128 x = n, y = (x + 1) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return x;
}

__attribute__((noinline)) static u128 gcd128(u128 a, u128 b) {
    while (b) {
        u128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

__attribute__((noinline)) static u128 mulmod(u128 a, u128 b, u128 m) {
    /* 64-bit modulus: a*b fits in 128 bits */
    return (a % m) * (b % m) % m;
}

__attribute__((noinline)) static u128 powmod(u128 b, u128 e, u128 m) {
    u128 r = 1;
    b %= m;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

int main(void) {
    print_u("30!", factorial(30));
    print_u("34!", factorial(34));
    volatile unsigned n35 = 35;
    print_u("35! mod 2^128", factorial(n35));

    u128 big = parse_u128("170141183460469231731687303715884105727"); /* 2^127-1 */
    print_u("2^127-1", big);
    print_u("(2^127-1)*2+1", big * 2 + 1);
    print_u("max+1", (big * 2 + 1) + 1);

    volatile u128 a = parse_u128("123456789012345678901234567890123");
    volatile u128 b = parse_u128("98765432109876543");
    print_u("a", a);
    print_u("a/b", a / b);
    print_u("a%b", a % b);
    print_u("a*7", a * 7);
    print_u("(a/b)*b + a%b", (a / b) * b + a % b);
    print_u("gcd(a, b)", gcd128(a, b));
    print_u("isqrt(a)", isqrt128(a));
    print_u("isqrt(2^127-1)", isqrt128(big));

    volatile i128 s = -(i128)a;
    volatile i128 t = (i128)b;
    print_i("s", s);
    print_i("s/t", s / t);
    print_i("s%t", s % t);
    print_i("s/-t", s / -t);
    print_i("s%-t", s % -t);
    print_i("-s%t", -s % t);
    print_i("s>>70", s >> 70); /* arithmetic shift */
    print_i("s*s (fits)", (i128)(s / 100000000000000LL) * (s / 100000000000000LL));

    for (int sh = 0; sh < 128; sh += 19) {
        u128 v = (u128)a << sh;
        u128 w = (u128)a >> sh;
        i128 x = s >> sh;
        char buf[3][64];
        u128_to_str(v, buf[0]);
        u128_to_str(w, buf[1]);
        i128_to_str(x, buf[2]);
        printf("shift %3d: << %s\n           >> %s\n          s>> %s\n", sh, buf[0], buf[1],
               buf[2]);
    }

    printf("cmp: %d %d %d %d\n", a > b, s < t, (u128)s > (u128)t, s == -(i128)a);

    /* conversions */
    volatile double d = 1.5e30;
    u128 fromd = (u128)d;
    print_u("(u128)1.5e30", fromd);
    volatile i128 negbig = -(i128)fromd;
    printf("(double)-1.5e30 via i128 = %.17g\n", (double)negbig);
    printf("(double)(2^127-1) = %.17g\n", (double)big);
    printf("(float)a = %.9g\n", (float)a);
    long long ll = (long long)(a >> 50);
    printf("(long long)(a>>50) = %lld\n", ll);

    /* Miller-Rabin-ish modular exponentiation with 64-bit modulus */
    u128 m = 18446744073709551557ULL; /* largest 64-bit prime */
    print_u("3^(m-1) mod m", powmod(3, m - 1, m));
    print_u("2^1000 mod m", powmod(2, 1000, m));

    /* fibonacci up to 186 fits in u128 */
    u128 f0 = 0, f1 = 1;
    for (int i = 0; i < 186; i++) {
        u128 f2 = f0 + f1;
        f0 = f1;
        f1 = f2;
    }
    print_u("fib(186)", f0);
    return 0;
}
