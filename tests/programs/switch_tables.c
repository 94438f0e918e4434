/* Switches the interpreter turns into jump tables (dense case values) and those it searches
 * (sparse, negative, 64-bit): every case, the gaps between cases, and values below and above
 * the range reach the right target. */
#include <stdint.h>
#include <stdio.h>

__attribute__((noinline)) static int dense(int op) {
    switch (op) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    case 5: return 15;
    case 6: return 16;
    case 7: return 17;
    case 9: return 19;
    case 10: return 20;
    case 12: return 22;
    default: return -1;
    }
}

__attribute__((noinline)) static int offset_dense(unsigned char c) {
    switch (c) {
    case 'a': return 1;
    case 'b': return 2;
    case 'c': return 3;
    case 'd': return 4;
    case 'e': return 5;
    case 'f': return 6;
    case 'g': return 7;
    case 'h': return 8;
    case 'j': return 10;
    default: return 0;
    }
}

__attribute__((noinline)) static int signed_cases(int v) {
    switch (v) {
    case -4: return 1;
    case -3: return 2;
    case -2: return 3;
    case -1: return 4;
    case 0: return 5;
    case 1: return 6;
    case 2: return 7;
    case 3: return 8;
    default: return 9;
    }
}

__attribute__((noinline)) static int wide(uint64_t v) {
    switch (v) {
    case 1: return 1;
    case 2: return 2;
    case 3: return 3;
    case 4: return 4;
    case 5: return 5;
    case 6: return 6;
    case 7: return 7;
    case 8: return 8;
    case 0xffffffffffffffffULL: return 99;
    default: return 0;
    }
}

int main(void) {
    long total = 0;
    for (int i = -3; i < 16; i++) {
        printf("%d:%d ", i, dense(i));
        total += dense(i);
    }
    printf("\n");
    for (int c = 'Z'; c <= 'm'; c++) {
        printf("%c%d", c, offset_dense((unsigned char)c));
        total += offset_dense((unsigned char)c);
    }
    printf("\n");
    for (int v = -7; v < 6; v++) {
        printf("%d ", signed_cases(v));
        total += signed_cases(v);
    }
    printf("\n%d %d %d %d\n", wide(0), wide(8), wide(9), wide(UINT64_MAX));
    long spin = 0;
    for (int k = 0; k < 300000; k++) spin += dense(k % 14) + offset_dense((unsigned char)(k & 127));
    printf("total %ld spin %ld\n", total, spin);
    return 0;
}
