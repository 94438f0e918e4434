/* Unions (type punning between float/int/bytes, tagged unions, unions
 * passed by value) and bitfields: signed and unsigned fields, sign
 * extension on read, truncation on write, read-modify-write of adjacent
 * fields, fields spanning storage units, packed structs with unaligned
 * members, zero-width bitfields, bitfield increments in loops. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

union pun {
    float f;
    uint32_t u;
    unsigned char b[4];
};

union wide {
    double d;
    uint64_t u;
    int32_t i[2];
    uint16_t h[4];
};

enum kind { K_INT, K_DBL, K_STR };
struct tagged {
    enum kind k;
    union {
        long i;
        double d;
        const char *s;
    } v;
};

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    signed level : 4;
    unsigned count : 10;
    signed delta : 7;
    unsigned : 0; /* force next field into a new unit */
    unsigned long long big : 40;
    signed long long sbig : 23;
};

struct __attribute__((packed)) packet {
    uint8_t type;
    uint32_t len;   /* unaligned */
    uint16_t crc;   /* unaligned */
    uint64_t stamp; /* unaligned */
    unsigned hi : 3;
    unsigned lo : 5;
};

struct straddle {
    uint32_t a : 20;
    uint32_t b : 20; /* does not fit in the first unit */
    uint64_t c : 60;
    uint64_t d : 4;
};

__attribute__((noinline)) static union wide wide_neg(union wide w) {
    w.u ^= 0x8000000000000000ULL;
    return w;
}

static void describe(struct tagged t) {
    switch (t.k) {
    case K_INT: printf("int %ld\n", t.v.i); break;
    case K_DBL: printf("double %g\n", t.v.d); break;
    case K_STR: printf("string %s\n", t.v.s); break;
    }
}

int main(void) {
    union pun p;
    volatile float fv = -1.5f;
    p.f = fv;
    printf("pun: f=%g u=%08x bytes=%02x %02x %02x %02x\n", (double)p.f, p.u, p.b[0], p.b[1],
           p.b[2], p.b[3]);
    p.u += 1;
    printf("pun: next float=%.9g\n", (double)p.f);
    p.b[3] ^= 0x80;
    printf("pun: sign flipped=%.9g\n", (double)p.f);

    union wide w;
    w.d = 1.0;
    printf("wide: u=%016llx i0=%d i1=%d h3=%04x\n", (unsigned long long)w.u, w.i[0], w.i[1], w.h[3]);
    w = wide_neg(w);
    printf("wide neg: d=%g\n", w.d);
    printf("sizeof union wide=%zu pun=%zu\n", sizeof(union wide), sizeof(union pun));

    struct tagged ts[] = {{K_INT, {.i = -42}}, {K_DBL, {.d = 2.75}}, {K_STR, {.s = "hello"}}};
    for (int i = 0; i < 3; i++) describe(ts[i]);

    /* bitfields */
    struct flags f;
    memset(&f, 0, sizeof f);
    f.ready = 1;
    f.mode = 5;
    f.level = -3;
    f.count = 1000;
    f.delta = -64;
    f.big = 0xABCDE12345ULL;
    f.sbig = -1234567;
    printf("flags: ready=%u mode=%u level=%d count=%u delta=%d big=%llx sbig=%lld sizeof=%zu\n",
           f.ready, f.mode, f.level, f.count, f.delta, (unsigned long long)f.big,
           (long long)f.sbig, sizeof f);
    /* truncation on write (unsigned fields wrap) */
    volatile unsigned nine = 9, big = 1030;
    f.mode = nine & 7u;
    f.count = big & 1023u;
    f.level = 7;
    f.level = f.level + 0; /* stays 7 */
    printf("after write: mode=%u count=%u level=%d\n", f.mode, f.count, f.level);
    /* increments in a loop: unsigned wraps modulo 2^width */
    for (int i = 0; i < 20; i++) {
        f.mode++;
        f.count += 100;
    }
    printf("after loop: mode=%u count=%u ready=%u delta=%d (neighbours untouched)\n", f.mode,
           f.count, f.ready, f.delta);
    /* signed field sign extension */
    f.delta = 63;
    int d = f.delta;
    f.delta = -1;
    printf("delta: 63 -> %d, -1 -> %d, as long long %lld\n", d, f.delta, (long long)f.delta);
    f.big += 0xFFFFFFFFFFULL; /* wraps in 40 bits */
    printf("big after add: %llx\n", (unsigned long long)f.big);
    unsigned char raw[sizeof f];
    memcpy(raw, &f, sizeof f);
    printf("raw flags:");
    for (size_t i = 0; i < sizeof f; i++) printf(" %02x", raw[i]);
    printf("\n");

    /* packed struct */
    struct packet pk[3];
    memset(pk, 0, sizeof pk);
    for (int i = 0; i < 3; i++) {
        pk[i].type = (uint8_t)(i + 1);
        pk[i].len = 0x01020304u * (uint32_t)(i + 1);
        pk[i].crc = (uint16_t)(0xBEEF + i);
        pk[i].stamp = 0x1122334455667788ULL + (uint64_t)i;
        pk[i].hi = (unsigned)(i + 5);
        pk[i].lo = (unsigned)(i * 9 + 1);
    }
    printf("packet sizeof=%zu array=%zu\n", sizeof(struct packet), sizeof pk);
    uint64_t total = 0;
    for (int i = 0; i < 3; i++) {
        total += pk[i].type + pk[i].len + pk[i].crc + pk[i].stamp + pk[i].hi + pk[i].lo;
        pk[i].len += 1; /* unaligned read-modify-write */
    }
    printf("packet total=%llx len[2]=%08x\n", (unsigned long long)total, pk[2].len);
    const unsigned char *pb = (const unsigned char *)pk;
    printf("packet bytes:");
    for (size_t i = 0; i < sizeof(struct packet); i++) printf(" %02x", pb[i]);
    printf("\n");

    struct straddle st = {0};
    st.a = 0xFFFFF;
    st.b = 0x12345;
    st.c = 0x0FEDCBA987654321ULL;
    st.d = 0xA;
    st.a += 2; /* wraps to 1 */
    printf("straddle: a=%x b=%x c=%llx d=%x sizeof=%zu\n", st.a, st.b, (unsigned long long)st.c,
           st.d, sizeof st);
    return 0;
}
