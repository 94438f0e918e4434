/* Death by signal: prints some output, flushes stdout explicitly (output
 * still sitting in a stdio buffer would be lost on abort), then calls
 * abort(). The expected result is termination by SIGABRT. atexit handlers
 * and destructors must NOT run. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("atexit handler: must not run\n"); }
__attribute__((destructor)) static void dtor(void) { printf("destructor: must not run\n"); }

__attribute__((noinline)) static void fail(const char *why, int code) {
    printf("fatal: %s (code %d)\n", why, code);
    fflush(stdout);
    abort();
}

int main(void) {
    atexit(handler);
    long sum = 0;
    for (int i = 0; i < 1000; i++) sum += i * i;
    printf("sum of squares below 1000: %ld\n", sum);
    if (sum == 332833500)
        fail("invariant violated", (int)(sum % 7));
    printf("not reached\n");
    return 0;
}
