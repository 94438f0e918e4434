// A function called a few hundred times with little to do (it leaves the first tier), then
// once with a long loop: that activation moves from baseline code to the top tier by
// on-stack replacement. Its live values at the loop header: integers, a double, a pointer
// to its array (which stays in the baseline frame), and an inner loop.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) unsigned long work(unsigned long n, unsigned long seed) {
    unsigned long h = seed, acc[4] = {1, 2, 3, 4};
    double f = 0.5;
    for (unsigned long i = 0; i < n; i++) {
        h = h * 6364136223846793005UL + 1442695040888963407UL;
        acc[i & 3] += h >> 33;
        f = f * 0.999 + (double)(h & 1023) / 1024.0;
        for (int k = 0; k < (int)(h & 3); k++)
            acc[k] ^= (unsigned long)k << 3;
    }
    return h ^ acc[0] ^ acc[1] ^ acc[2] ^ acc[3] ^ (unsigned long)(f * 1000);
}

// Returns a struct through memory from the moved activation.
struct pair {
    long sum, count, last, spare;
};

__attribute__((noinline)) struct pair scan(long n, long step) {
    struct pair p = {0, 0, 0, 0};
    for (long i = 0; i < n; i += step) {
        p.sum += i % 7;
        p.count++;
        p.last = i;
    }
    return p;
}

int main(int argc, char **argv) {
    unsigned long n = argc > 1 ? strtoul(argv[1], 0, 10) : 2000000;
    unsigned long total = 0;
    for (int i = 0; i < 300; i++)
        total += work(10, i);
    total += work(n, 7);
    struct pair p = {0, 0, 0, 0};
    for (int i = 0; i < 300; i++)
        p = scan(20, 1 + i % 3);
    p = scan((long)n * 2, 1);
    printf("%lu %ld %ld %ld\n", total, p.sum, p.count, p.last);
    return 0;
}
