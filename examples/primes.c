/* Count and sum the primes below N with a sieve of Eratosthenes.
 * Run: clang-22 -O0 -S -emit-llvm examples/primes.c -o primes.ll && tierup primes.ll 1000000 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    if (n < 2) {
        fprintf(stderr, "usage: %s N (N >= 2)\n", argv[0]);
        return 2;
    }
    char *composite = calloc((size_t)n, 1);
    if (!composite)
        return 1;
    long count = 0, sum = 0;
    for (long i = 2; i < n; i++) {
        if (composite[i])
            continue;
        count++;
        sum += i;
        for (long j = i * i; j < n; j += i)
            composite[j] = 1;
    }
    printf("%ld primes below %ld, summing to %ld\n", count, n, sum);
    free(composite);
    return 0;
}
