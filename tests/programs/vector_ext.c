/* GCC/Clang vector extensions: 16-byte and 32-byte vectors of
 * char/short/int/long long/float/double. Arithmetic, bitwise ops, shifts,
 * comparisons (producing -1/0 masks), element access and insertion,
 * __builtin_shufflevector, __builtin_convertvector, reductions and
 * elementwise min/max/abs, vectors passed/returned by value (16 bytes) and
 * by pointer (32 bytes), unaligned loads via memcpy. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef int8_t v16qi __attribute__((vector_size(16)));
typedef uint8_t v16qu __attribute__((vector_size(16)));
typedef int16_t v8hi __attribute__((vector_size(16)));
typedef int64_t v2di __attribute__((vector_size(16)));
typedef int32_t v8si __attribute__((vector_size(32)));
typedef double v4df __attribute__((vector_size(32)));
typedef int64_t v4di __attribute__((vector_size(32)));
typedef uint64_t v4du __attribute__((vector_size(32)));
typedef float v8sf __attribute__((vector_size(32)));

static void p4si(const char *l, v4si v) { printf("%s [%d %d %d %d]\n", l, v[0], v[1], v[2], v[3]); }
static void p4sf(const char *l, v4sf v) {
    printf("%s [%g %g %g %g]\n", l, (double)v[0], (double)v[1], (double)v[2], (double)v[3]);
}
static void p8si(const char *l, const v8si *v) {
    printf("%s [", l);
    for (int i = 0; i < 8; i++) printf(i ? " %d" : "%d", (*v)[i]);
    printf("]\n");
}

__attribute__((noinline)) static v4si madd(v4si a, v4si b, v4si c) { return a * b + c; }
__attribute__((noinline)) static v4sf lerp(v4sf a, v4sf b, float t) { return a + (b - a) * t; }
__attribute__((noinline)) static v2df dmul(v2df a, v2df b) { return a * b; }
__attribute__((noinline)) static void add8(v8si *out, const v8si *a, const v8si *b) { *out = *a + *b; }
__attribute__((noinline)) static void fma4d(v4df *out, const v4df *a, const v4df *b, const v4df *c) {
    *out = *a * *b + *c;
}

int main(void) {
    volatile int seed = 3;
    v4si a = {1, -2, 3, -4}, b = {10, 20, 30, 40};
    a *= seed;
    p4si("a", a);
    p4si("a+b", a + b);
    p4si("a-b", a - b);
    p4si("a*b", a * b);
    p4si("b/a", b / a);
    p4si("b%a", b % a);
    p4si("a&b", a & b);
    p4si("a|b", a | b);
    p4si("a^b", a ^ b);
    p4si("~a", ~a);
    p4si("-a", -a);
    p4si("b<<2", b << 2);
    p4si("a>>1", a >> 1);
    v4si sh = {0, 1, 2, 3};
    p4si("b<<sh", b << sh);
    p4si("a==b/10*3", a == (b / 10) * 3);
    p4si("a<b", a < b);
    p4si("a>0", a > 0);
    p4si("madd", madd(a, b, sh));
    v4su ua = (v4su)a;
    printf("unsigned reinterpret: %u %u %u %u; >>28: %u %u %u %u\n", ua[0], ua[1], ua[2], ua[3],
           (ua >> 28)[0], (ua >> 28)[1], (ua >> 28)[2], (ua >> 28)[3]);

    /* element access and insertion */
    v4si e = a;
    e[2] = 99;
    volatile int idx = 3;
    e[idx] = e[idx - 1] + e[0];
    p4si("e", e);
    int s = 0;
    for (int i = 0; i < 4; i++) s += e[i];
    printf("sum(e)=%d\n", s);

    /* shuffles */
    p4si("shuf(a,b,0,4,1,5)", __builtin_shufflevector(a, b, 0, 4, 1, 5));
    p4si("shuf(a,a,3,2,1,0)", __builtin_shufflevector(a, a, 3, 2, 1, 0));
    v8si wide = __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7);
    p8si("concat", &wide);
    v4si hi = __builtin_shufflevector(wide, wide, 4, 5, 6, 7);
    p4si("hi half", hi);

    /* float vectors */
    v4sf fa = {1.5f, -2.25f, 3.0f, 0.1f}, fb = {0.5f, 4.0f, -1.0f, 0.2f};
    p4sf("fa+fb", fa + fb);
    p4sf("fa*fb", fa * fb);
    p4sf("fa/fb", fa / fb);
    p4sf("lerp .25", lerp(fa, fb, 0.25f));
    v4si fcmp = fa > fb;
    p4si("fa>fb", fcmp);
    v4si conv = __builtin_convertvector(fa * 10.0f, v4si);
    p4si("convert(fa*10)", conv);
    v4sf back = __builtin_convertvector(a, v4sf);
    p4sf("convert(a)", back);
    v2df da = {1.0 / 3, 2.5}, db = {3.0, -0.5};
    v2df dm = dmul(da, db);
    printf("v2df mul: %.17g %.17g\n", dm[0], dm[1]);

    /* byte and short vectors, wrapping arithmetic */
    v16qu bytes;
    for (int i = 0; i < 16; i++) bytes[i] = (uint8_t)(i * 37 + 200);
    v16qu bsum = bytes + bytes;
    printf("bytes*2:");
    for (int i = 0; i < 16; i++) printf(" %u", bsum[i]);
    printf("\n");
    v16qi sb = (v16qi)bytes;
    v16qi sneg = sb < 0;
    int negcount = 0;
    for (int i = 0; i < 16; i++) negcount -= sneg[i];
    printf("negative bytes: %d\n", negcount);
    v8hi hs = {1000, -1000, 32767, -32768, 7, 8, 9, 10};
    v8hi hm = hs * (v8hi){2, 3, 1, 1, 4, 5, 6, 7};
    printf("v8hi:");
    for (int i = 0; i < 8; i++) printf(" %d", hm[i]);
    printf("\n");
    v2di q = {INT64_C(0x123456789), INT64_C(-5)};
    q = q * 3 + (v2di){1, 2};
    printf("v2di: %lld %lld\n", (long long)q[0], (long long)q[1]);

    /* 32-byte vectors */
    v8si x8, y8, z8;
    for (int i = 0; i < 8; i++) {
        x8[i] = i * i - 10;
        y8[i] = 100 - i * 7;
    }
    add8(&z8, &x8, &y8);
    p8si("x8+y8", &z8);
    v8si m8 = x8 > y8 / 10;
    p8si("x8>y8/10", &m8);
    v8si sel = (m8 & x8) | (~m8 & y8);
    p8si("select", &sel);
    v4df d4a = {1, 2, 3, 4}, d4b = {0.5, 0.25, 0.125, 0.0625}, d4c = {-1, -1, -1, -1}, d4r;
    fma4d(&d4r, &d4a, &d4b, &d4c);
    printf("v4df: %g %g %g %g\n", d4r[0], d4r[1], d4r[2], d4r[3]);
    v4di l4 = {1LL << 40, -(1LL << 40), 12345, -1};
    l4 = (l4 >> 3) ^ (v4di)((v4du)l4 << 2); /* arithmetic right, logical left */
    printf("v4di: %lld %lld %lld %lld\n", (long long)l4[0], (long long)l4[1], (long long)l4[2],
           (long long)l4[3]);
    v8sf f8 = __builtin_convertvector(z8, v8sf) * 0.5f;
    printf("v8sf:");
    for (int i = 0; i < 8; i++) printf(" %g", (double)f8[i]);
    printf("\n");

    /* reductions and elementwise builtins */
    printf("reduce_add=%d reduce_mul=%d reduce_max=%d reduce_min=%d reduce_and=%d reduce_or=%d reduce_xor=%d\n",
           __builtin_reduce_add(z8), __builtin_reduce_mul(a), __builtin_reduce_max(x8),
           __builtin_reduce_min(x8), __builtin_reduce_and(b), __builtin_reduce_or(b),
           __builtin_reduce_xor(b));
    p4si("elementwise_max(a,sh)", __builtin_elementwise_max(a, sh));
    p4si("elementwise_min(a,sh)", __builtin_elementwise_min(a, sh));
    p4si("elementwise_abs(a)", __builtin_elementwise_abs(a));
    v16qu sat = __builtin_elementwise_add_sat(bytes, bytes);
    printf("add_sat bytes:");
    for (int i = 0; i < 16; i++) printf(" %u", sat[i]);
    printf("\n");

    /* unaligned load/store through memcpy */
    int32_t buf[11];
    for (int i = 0; i < 11; i++) buf[i] = i * 11;
    v4si u;
    memcpy(&u, &buf[3], sizeof u);
    p4si("unaligned", u);
    u += 1;
    memcpy(&buf[5], &u, sizeof u);
    printf("buf:");
    for (int i = 0; i < 11; i++) printf(" %d", buf[i]);
    printf("\n");
    return 0;
}
