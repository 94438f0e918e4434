/* Structs passed and returned by value across the x86-64 SysV ABI
 * classes: 8-byte integer struct, 16-byte mixed int/double struct
 * (INTEGER+SSE), struct of two/four floats (SSE), struct of 3 chars
 * (odd size), large (> 16 bytes, MEMORY class / sret), nested structs,
 * arrays inside structs, many struct arguments (spilling to the stack),
 * struct copies and assignment, structs through function pointers. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct small { int32_t a, b; };                 /* 8 bytes, INTEGER */
struct mixed { int64_t i; double d; };         /* 16 bytes, INTEGER + SSE */
struct dmixed { double d; int32_t i; };        /* 16 bytes, SSE + INTEGER */
struct f2 { float x, y; };                      /* 8 bytes, one SSE reg */
struct f4 { float x, y, z, w; };                /* 16 bytes, two SSE regs */
struct rgb { unsigned char r, g, b; };          /* 3 bytes */
struct big { int64_t v[5]; double scale; };    /* 48 bytes, MEMORY */
struct inner { short s; char c; };
struct nested { struct inner in[2]; struct f2 pos; int64_t id; }; /* 24 bytes */
struct withld { long double x; char tag; };     /* 32 bytes */

__attribute__((noinline)) static struct small small_swap(struct small s) {
    struct small r = {s.b, s.a};
    return r;
}
__attribute__((noinline)) static struct mixed mixed_step(struct mixed m, int k) {
    m.i = m.i * k + 1;
    m.d = m.d * k + 0.5;
    return m;
}
__attribute__((noinline)) static struct dmixed dmixed_make(double d, int32_t i) {
    struct dmixed r = {d * 2, i * 2};
    return r;
}
__attribute__((noinline)) static struct f2 f2_add(struct f2 a, struct f2 b) {
    struct f2 r = {a.x + b.x, a.y + b.y};
    return r;
}
__attribute__((noinline)) static struct f4 f4_scale(struct f4 v, float s) {
    v.x *= s;
    v.y *= s;
    v.z *= s;
    v.w *= s;
    return v;
}
__attribute__((noinline)) static struct rgb rgb_invert(struct rgb c) {
    struct rgb r = {(unsigned char)(255 - c.r), (unsigned char)(255 - c.g), (unsigned char)(255 - c.b)};
    return r;
}
__attribute__((noinline)) static struct big big_transform(struct big b, int64_t add) {
    for (int i = 0; i < 5; i++) b.v[i] = b.v[i] * 2 + add;
    b.scale /= 2;
    return b;
}
__attribute__((noinline)) static double big_sum(struct big b) {
    double s = 0;
    for (int i = 0; i < 5; i++) s += (double)b.v[i] * b.scale;
    return s;
}
__attribute__((noinline)) static struct nested nested_make(int seed) {
    struct nested n;
    memset(&n, 0, sizeof n);
    n.in[0].s = (short)(seed * 100);
    n.in[0].c = (char)('A' + seed);
    n.in[1].s = (short)(-seed);
    n.in[1].c = (char)('a' + seed);
    n.pos.x = (float)seed / 4;
    n.pos.y = (float)-seed;
    n.id = (int64_t)seed << 40;
    return n;
}
__attribute__((noinline)) static void nested_print(struct nested n) {
    printf("nested: in0={%d,%c} in1={%d,%c} pos={%g,%g} id=%lld\n", n.in[0].s, n.in[0].c,
           n.in[1].s, n.in[1].c, (double)n.pos.x, (double)n.pos.y, (long long)n.id);
}
__attribute__((noinline)) static struct withld withld_make(long double x, char t) {
    struct withld w = {x * 3, t};
    return w;
}
/* many aggregates: registers run out, rest go on the stack */
__attribute__((noinline)) static double many(struct small a, struct mixed b, struct f4 c,
                                             struct dmixed d, struct small e, struct mixed f,
                                             struct f2 g, struct big h, struct mixed i,
                                             struct rgb j) {
    return a.a + a.b + (double)b.i + b.d + c.x + c.y + c.z + c.w + d.d + d.i + e.a * e.b +
           (double)f.i * f.d + g.x * g.y + big_sum(h) + (double)i.i - i.d + j.r + j.g + j.b;
}

typedef struct mixed (*mixed_fn)(struct mixed, int);

int main(void) {
    struct small s = {1, -2};
    s = small_swap(s);
    printf("small: %d %d\n", s.a, s.b);

    struct mixed m = {3, 0.25};
    mixed_fn fp = mixed_step;
    for (int k = 2; k < 6; k++) m = fp(m, k);
    printf("mixed: %lld %.17g\n", (long long)m.i, m.d);

    struct dmixed dm = dmixed_make(1.0 / 3, -21);
    printf("dmixed: %.17g %d\n", dm.d, dm.i);

    struct f2 p = {0.5f, 1.5f}, q = {2.25f, -4.0f};
    struct f2 pq = f2_add(p, q);
    printf("f2: %g %g\n", (double)pq.x, (double)pq.y);

    struct f4 v = {1, 2, 3, 4};
    v = f4_scale(v, 0.1f);
    printf("f4: %.9g %.9g %.9g %.9g\n", (double)v.x, (double)v.y, (double)v.z, (double)v.w);

    struct rgb c = {10, 128, 250};
    struct rgb ci = rgb_invert(c);
    printf("rgb: %u %u %u sizeof=%zu\n", ci.r, ci.g, ci.b, sizeof(struct rgb));

    struct big b = {{1, 2, 3, 4, 5}, 10.0};
    struct big b2 = big_transform(b, -7);
    printf("big: orig v0=%lld (unchanged) new=%lld %lld %lld %lld %lld scale=%g sum=%g\n",
           (long long)b.v[0], (long long)b2.v[0], (long long)b2.v[1], (long long)b2.v[2],
           (long long)b2.v[3], (long long)b2.v[4], b2.scale, big_sum(b2));

    struct nested n = nested_make(3);
    nested_print(n);
    struct nested n2 = n; /* struct copy */
    n2.in[1].c = 'z';
    nested_print(n2);
    printf("orig still: %c\n", n.in[1].c);

    struct withld w = withld_make(1.0L / 7, 'Q');
    printf("withld: %.21Lg %c sizeof=%zu\n", w.x, w.tag, sizeof w);

    double r = many(s, m, v, dm, (struct small){7, 8}, (struct mixed){-1, 2.5}, pq, b2,
                    (struct mixed){100, 0.125}, c);
    printf("many: %.17g\n", r);

    /* array of structs, compound literals, designated initialisers */
    struct mixed arr[4] = {[2] = {.d = 9.5, .i = 9}, [0] = {1, 1.5}};
    double acc = 0;
    for (int i = 0; i < 4; i++) acc += (double)arr[i].i + arr[i].d;
    printf("array of structs: %g\n", acc);
    struct big zero = {0};
    printf("zero-init big: %lld %g\n", (long long)zero.v[4], zero.scale);
    /* struct comparison via fields and memcmp on padding-free struct */
    struct small x1 = {5, 6}, x2 = {5, 6};
    printf("memcmp equal structs: %d\n", memcmp(&x1, &x2, sizeof x1) == 0);
    return 0;
}
