// Array elements of every size, indexed forwards, backwards and by computed indices, and
// index arithmetic (a * b + c, sums of two products) in loops whose variables share
// registers: what the interpreter fuses into indexed loads and stores and multiply-adds.
#include <stdint.h>
#include <stdio.h>

static int8_t i8s[64];
static int16_t i16s[64];
static int32_t i32s[64];
static int64_t i64s[64];
static float floats[64];
static double doubles[64];
static const char *names[4] = {"zero", "one", "two", "three"};
static _Bool flags[64];

static long grid(long rows, long cols) {
    long m[8][9];
    long total = 0;
    for (long i = 0; i < rows; i++)
        for (long j = 0; j < cols; j++)
            m[i][j] = i * 7 + j * 3 + 1;
    for (long i = rows - 1; i >= 0; i--)
        for (long j = 0; j < cols; j++)
            total = total * 31 + m[i][j] * (i * cols + j);
    return total;
}

int main(void) {
    for (long i = 0; i < 64; i++) {
        long k = 63 - i;
        i8s[i] = (int8_t)(i * 5 - 100);
        i16s[k] = (int16_t)(i * 1000 - 30000);
        i32s[i] = (int32_t)(i * i * 12345 - 7);
        i64s[k] = i * i * i * 1234567891L - 5;
        floats[i] = (float)i * 0.5f - 3.0f;
        doubles[k] = (double)i * 1.25 + 0.125;
        flags[i] = (i % 3) == 0;
    }
    long sum = 0;
    double fsum = 0;
    for (long i = 63; i >= 0; i--) {
        long j = (i * 17 + 5) % 64;
        sum = sum * 3 + i8s[j] + i16s[i] + i32s[j] + (i64s[i] >> 3) + flags[j];
        fsum += floats[j] * doubles[i];
    }
    long *p = &i64s[32];
    for (long d = -8; d < 8; d++)
        sum ^= p[d] + d * d * 11 + d * 3;
    size_t lengths = 0;
    for (long i = 0; i < 16; i++) {
        const char *name = names[(i * 3 + 1) & 3];
        while (name[lengths % 4 ? 0 : 0] && lengths < 1000)
            lengths += 1 + (name[0] == 't'), name++;
    }
    printf("%ld %.4f %zu %ld %ld\n", sum, fsum, lengths, grid(8, 9), grid(3, 5));
    return 0;
}
