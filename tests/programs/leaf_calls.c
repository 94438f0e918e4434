// Small one-block functions called in loops, which the interpreter translates in their calls'
// place when it keeps no profile: narrow integers in and out, a parameter returned as is,
// constants as arguments, the same callee twice in one expression, a store through a pointer,
// a global, an intrinsic, floats, and a call whose result feeds the next call.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int counter;

static uint8_t low_byte(uint32_t x) { return (uint8_t)x; }
static int16_t widen(int8_t x) { return (int16_t)(x * 3); }
static uint32_t same(uint32_t x) { return x; }
static int leading(uint32_t x) { return __builtin_clz(x | 1); }
static uint32_t read32(const void *p) {
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}
static void bump(int *p, int by) { *p += by; }
static void tick(void) { counter++; }
static double scale(double x, float f) { return x * f + 0.5; }
static uint64_t mix(uint64_t a, uint64_t b) { return (a ^ (b >> 7)) * 0x9e3779b97f4a7c15ULL; }
static int is_odd(long x) { return (x & 1) != 0; }

int main(void) {
    unsigned char bytes[64];
    for (int i = 0; i < 64; i++)
        bytes[i] = (unsigned char)(i * 37 + 11);
    uint64_t h = 1;
    long total = 0;
    double d = 0;
    int local = 0;
    for (long i = 0; i < 20000; i++) {
        uint32_t w = read32(bytes + (i % 60));
        total += low_byte(w) + widen((int8_t)w) + leading(w) + (long)same(7);
        h = mix(mix(h, w), (uint64_t)i);
        bump(&local, is_odd(i) ? 3 : -1);
        tick();
        d = scale(d, 0.25f) + (double)low_byte(same((uint32_t)i));
    }
    printf("%ld %llu %d %d %.6f\n", total, (unsigned long long)h, local, counter, d);
    return 0;
}
