// One call that runs one loop after another, as a benchmark's phases do, with values carried
// from each phase into the next: on-stack replacement of the first hot loop must also enter
// the later ones, each with the values the earlier phases left.
#include <stdio.h>

static unsigned long phases(long n) {
    unsigned long a = 1, b = 2, c = 3;
    double x = 0.5;
    for (long i = 0; i < n; i++)
        a = a * 6364136223846793005UL + 1442695040888963407UL;
    for (long i = 0; i < n; i++) {
        b += a >> (i & 31);
        a ^= b << 3;
    }
    for (int r = 0; r < 400; r++)
        for (long k = 0; k < n / 400; k++)
            c = c * 31 + (unsigned long)(k ^ r) + (b & 7);
    for (long i = 0; i < n; i++)
        x = x * 0.999 + (double)((i ^ (long)c) & 15);
    return a ^ b ^ c ^ (unsigned long)(x * 1000.0);
}

// The first hot loop is an inner one; the loops after its outer loop are entered too.
static unsigned long nested_first(long n) {
    unsigned long s = 7, t = 0;
    for (int r = 0; r < 8; r++)
        for (long k = 0; k < n / 8; k++)
            s = s * 2862933555777941757UL + (unsigned long)(k + r);
    for (long i = 0; i < n; i++)
        t += (s >> (i & 15)) ^ (unsigned long)i;
    for (long i = 0; i < n; i++)
        s ^= t + (unsigned long)i * 3;
    return s + t;
}

int main(void) {
    unsigned long total = 0;
    total ^= phases(200000);
    total ^= nested_first(200000);
    printf("%lu\n", total);
    return 0;
}
