/* Bit manipulation builtins: __builtin_clz/ctz/popcount/parity/ffs/clrsb
 * on int/long/long long, __builtin_bswap16/32/64, rotates via
 * __builtin_rotateleft/right (8..64 bits) and via the shift idiom, bit
 * reversal (__builtin_bitreverse), plus hand-written equivalents to
 * cross-check. */
#include <stdio.h>
#include <stdint.h>

static int naive_popcount(uint64_t v) {
    int c = 0;
    while (v) {
        c += (int)(v & 1);
        v >>= 1;
    }
    return c;
}
static int naive_clz64(uint64_t v) {
    int n = 0;
    for (int i = 63; i >= 0 && !((v >> i) & 1); i--) n++;
    return n;
}
static int naive_ctz64(uint64_t v) {
    int n = 0;
    while (n < 64 && !((v >> n) & 1)) n++;
    return n;
}

__attribute__((noinline)) static uint32_t rotl32(uint32_t x, unsigned r) {
    return (x << (r & 31)) | (x >> ((32 - r) & 31));
}
__attribute__((noinline)) static uint64_t rotr64(uint64_t x, unsigned r) {
    return (x >> (r & 63)) | (x << ((64 - r) & 63));
}

int main(void) {
    volatile uint64_t seeds[] = {1, 2, 3, 0x80000000ULL, 0xFFFFFFFFULL, 0x100000000ULL,
                                 0x8000000000000000ULL, 0xFFFFFFFFFFFFFFFFULL,
                                 0x0123456789ABCDEFULL, 0xF0F0F0F00F0F0F0FULL, 0x40000ULL};
    int mismatches = 0;
    for (unsigned i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        uint64_t v = seeds[i];
        uint32_t lo = (uint32_t)v;
        int clz = __builtin_clzll(v), ctz = __builtin_ctzll(v), pc = __builtin_popcountll(v);
        printf("%016llx: clzll=%2d ctzll=%2d popll=%2d parity=%d ffsll=%2d clrsbll=%2d", (unsigned long long)v,
               clz, ctz, pc, __builtin_parityll(v), __builtin_ffsll((long long)v),
               __builtin_clrsbll((long long)v));
        if (lo)
            printf(" | clz=%2d ctz=%2d pop=%2d ffs=%2d", __builtin_clz(lo), __builtin_ctz(lo),
                   __builtin_popcount(lo), __builtin_ffs((int)lo));
        else
            printf(" | lo=0 ffs(0)=%d", __builtin_ffs((int)lo));
        printf("\n");
        if (clz != naive_clz64(v) || ctz != naive_ctz64(v) || pc != naive_popcount(v)) mismatches++;
    }
    printf("mismatches vs naive: %d\n", mismatches);
    volatile unsigned long lv = 0x00F0000000000000UL;
    printf("clzl=%d ctzl=%d popcountl=%d\n", __builtin_clzl(lv), __builtin_ctzl(lv),
           __builtin_popcountl(lv));
    volatile int neg = -1, small = 5;
    printf("clrsb(-1)=%d clrsb(5)=%d clrsb(0)=%d\n", __builtin_clrsb(neg), __builtin_clrsb(small),
           __builtin_clrsb(small - 5));

    /* byte swaps */
    volatile uint16_t h = 0x1234;
    volatile uint32_t w = 0xDEADBEEF;
    volatile uint64_t q = 0x0102030405060708ULL;
    printf("bswap16=%04x bswap32=%08x bswap64=%016llx\n", __builtin_bswap16(h),
           __builtin_bswap32(w), (unsigned long long)__builtin_bswap64(q));
    /* manual byte-swap idiom that the optimizer recognises */
    uint32_t ww = w;
    uint32_t man = (ww >> 24) | ((ww >> 8) & 0xFF00) | ((ww << 8) & 0xFF0000) | (ww << 24);
    printf("manual bswap32=%08x\n", man);

    /* rotates */
    for (unsigned r = 0; r < 70; r += 13) {
        printf("r=%2u rotl8=%02x rotr16=%04x rotl32=%08x rotr64=%016llx idiom32=%08x idiom64=%016llx\n", r,
               __builtin_rotateleft8(0x96, (uint8_t)r), __builtin_rotateright16(0xBEEF, (uint16_t)r),
               __builtin_rotateleft32(w, r), (unsigned long long)__builtin_rotateright64(q, r),
               rotl32(w, r), (unsigned long long)rotr64(q, r));
    }

    /* bit reversal */
    printf("bitreverse8(0x01)=%02x bitreverse16(0x1234)=%04x bitreverse32=%08x bitreverse64=%016llx\n",
           __builtin_bitreverse8(1), __builtin_bitreverse16(h), __builtin_bitreverse32(w),
           (unsigned long long)__builtin_bitreverse64(q));

    /* popcount of a range, next power of two, log2 */
    unsigned long long total = 0;
    for (uint32_t x = 0; x < 100000; x++) total += (unsigned)__builtin_popcount(x * 2654435761u);
    printf("popcount sum=%llu\n", total);
    for (uint32_t x = 1; x < 5000000; x = x * 3 + 7) {
        uint32_t np = x <= 1 ? 1 : 1u << (32 - __builtin_clz(x - 1));
        printf("%u:np2=%u,log2=%d ", x, np, 31 - __builtin_clz(x));
    }
    printf("\n");
    return 0;
}
