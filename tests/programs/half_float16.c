// _Float16: rounding of float and double to half (ties to even, overflow, subnormals, a
// double that float would round twice), arithmetic rounded per operation, comparisons with
// NaN, conversions to and from integers, signed zero, and halves passed to and returned from
// functions called directly and through pointers from a hot loop.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned bits(_Float16 h) {
    uint16_t b;
    memcpy(&b, &h, sizeof b);
    return b;
}

static _Float16 from_bits(unsigned b) {
    uint16_t v = (uint16_t)b;
    _Float16 h;
    memcpy(&h, &v, sizeof h);
    return h;
}

_Float16 fma_ish(_Float16 a, _Float16 b, _Float16 c) { return a * b + c; }
_Float16 halve(_Float16 a) { return a / (_Float16)2; }
_Float16 negate(_Float16 a) { return -a; }

typedef _Float16 (*unary)(_Float16);

int main(void) {
    volatile float f[] = {1.0f + 0x1p-11f, 1.0f + 3 * 0x1p-11f, 65519.0f, 65520.0f, 0x1p-24f,
                          0x1.8p-25f,       0x1p-26f,             1e-8f,    -0.0f,    0x1.ffcp-15f,
                          3.14159265f,      -2.5e-3f,             1e30f,    -1e30f};
    for (unsigned i = 0; i < sizeof f / sizeof f[0]; i++)
        printf("f2h %a -> %04x\n", (double)f[i], bits((_Float16)f[i]));
    volatile double d[] = {1.0 + 0x1p-11 + 0x1p-40, 1.0 + 0x1p-11, 65519.99, 0x1.7ffffffp-25,
                           -65504.0, 1e-300};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++)
        printf("d2h %a -> %04x\n", d[i], bits((_Float16)d[i]));

    volatile unsigned raw[] = {0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0xc500};
    for (unsigned i = 0; i < sizeof raw / sizeof raw[0]; i++) {
        _Float16 h = from_bits(raw[i]);
        printf("h %04x = %a (double %a)\n", raw[i], (double)(float)h, (double)h);
    }

    volatile _Float16 a = (_Float16)1.5f, b = (_Float16)0.1f, c = (_Float16)1000.0f;
    _Float16 sum = 0, product = 1;
    for (int i = 0; i < 100; i++) {
        sum += b;
        product *= (_Float16)1.01f;
    }
    printf("sum %04x product %04x\n", bits(sum), bits(product));
    printf("ops %04x %04x %04x %04x %04x\n", bits(a + b), bits(a - c), bits(a * c), bits(b / a),
           bits(c * c * c));
    printf("fma-ish %04x\n", bits(fma_ish(a, b, c)));

    _Float16 nan = from_bits(0x7e00), zero = 0;
    printf("cmp %d %d %d %d %d %d\n", a < nan, a != nan, nan == nan, a > b, -zero == zero,
           a <= a);
    printf("neg %04x %04x\n", bits(-zero), bits(negate(a)));

    volatile _Float16 v[] = {-3.75f16, 300.5f16, 65504.0f16, -0.5f16, 7.0f16};
    for (int i = 0; i < 5; i++)
        printf("to int %d %u %ld\n", (int)v[i], (unsigned)(v[i] < 0 ? -v[i] : v[i]), (long)v[i]);
    volatile long l[] = {-2048, 2049, 70000, -1, 123456789};
    volatile unsigned long ul = 4095;
    for (int i = 0; i < 5; i++)
        printf("from int %ld -> %04x\n", l[i], bits((_Float16)l[i]));
    printf("from unsigned %04x\n", bits((_Float16)ul));
    printf("sqrt %04x\n", bits((_Float16)sqrtf((float)c)));

    unary table[] = {halve, negate};
    _Float16 x = (_Float16)1.0f;
    unsigned long checksum = 0;
    for (int i = 0; i < 200000; i++) {
        x = table[i & 1](x + (_Float16)0.25f);
        if (x > (_Float16)100 || x < (_Float16)-100)
            x = (_Float16)1.0f;
        checksum = checksum * 31 + bits(x);
    }
    printf("loop %04x %lu\n", bits(x), checksum);
    return 0;
}
