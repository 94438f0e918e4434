/* errno: strtol/strtoul/strtoll/strtod overflow and underflow set ERANGE
 * (and errno stays untouched on success when cleared first), fopen of a
 * missing file sets ENOENT, opening a directory for writing sets EISDIR,
 * math functions (log(0), sqrt(-1), exp overflow) set ERANGE/EDOM via
 * math_errhandling, strerror text, and errno being thread-local: each
 * thread sets its own value and sees it unchanged after other threads ran.
 * Output is printed only by main, after joining. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <math.h>
#include <limits.h>
#include <stdint.h>
#include <pthread.h>

static const char *errname(int e) {
    switch (e) {
    case 0: return "0";
    case ERANGE: return "ERANGE";
    case ENOENT: return "ENOENT";
    case EDOM: return "EDOM";
    case EISDIR: return "EISDIR";
    case EINVAL: return "EINVAL";
    case ENOTDIR: return "ENOTDIR";
    default: return "other";
    }
}

static pthread_barrier_t barrier;

static void *errno_thread(void *arg) {
    int id = (int)(intptr_t)arg;
    errno = 1000 + id;
    pthread_barrier_wait(&barrier); /* every thread has now set its errno */
    /* failing call in this thread only changes this thread's errno when id is odd */
    if (id % 2) {
        errno = 0;
        (void)strtol("99999999999999999999999", NULL, 10);
    }
    pthread_barrier_wait(&barrier);
    return (void *)(intptr_t)errno;
}

int main(void) {
    char *end;
    int e;
    errno = 0;
    long v = strtol("123", &end, 10);
    printf("strtol ok: %ld errno=%s\n", v, errname(errno));
    errno = 0;
    const char *digits = "99999999999999999999xyz";
    v = strtol(digits, &end, 10);
    e = errno;
    printf("strtol overflow: %ld (LONG_MAX? %d) errno=%s consumed=%d\n", v, v == LONG_MAX,
           errname(e), (int)(end - digits));
    errno = 0;
    v = strtol("-99999999999999999999", &end, 10);
    printf("strtol underflow: LONG_MIN? %d errno=%s\n", v == LONG_MIN, errname(errno));
    errno = 0;
    unsigned long ul = strtoul("18446744073709551616", &end, 10);
    printf("strtoul overflow: ULONG_MAX? %d errno=%s\n", ul == ULONG_MAX, errname(errno));
    errno = 0;
    long long ll = strtoll("9223372036854775808", &end, 10);
    printf("strtoll overflow: LLONG_MAX? %d errno=%s\n", ll == LLONG_MAX, errname(errno));
    errno = 0;
    double d = strtod("1e999", &end);
    printf("strtod overflow: %g errno=%s\n", d, errname(errno));
    errno = 0;
    d = strtod("1e-999", &end);
    printf("strtod underflow: %g errno=%s\n", d, errname(errno));
    errno = 0;
    v = strtol("12", &end, 99);
    printf("strtol bad base: %ld errno=%s\n", v, errname(errno));

    errno = 0;
    FILE *f = fopen("/nonexistent-dir-for-tierup-tests/missing.txt", "r");
    e = errno;
    printf("fopen missing: %s errno=%s strerror=\"%s\"\n", f ? "opened?!" : "NULL", errname(e),
           strerror(e));
    errno = 0;
    f = fopen("/", "w");
    e = errno;
    printf("fopen dir for writing: %s errno=%s\n", f ? "opened?!" : "NULL", errname(e));
    errno = 0;
    f = fopen("/etc/passwd/child", "r");
    e = errno;
    printf("fopen through a file: %s errno=%s\n", f ? "opened?!" : "NULL", errname(e));
    errno = 0;
    f = fopen("/dev/null", "r");
    printf("fopen /dev/null: %s errno=%s\n", f ? "ok" : "NULL", errname(errno));
    if (f) fclose(f);

    /* math errno (glibc sets errno since math_errhandling includes MATH_ERRNO) */
    volatile double zero = 0.0, neg = -1.0, big = 1000.0;
    printf("math_errhandling & MATH_ERRNO = %d\n", (math_errhandling & MATH_ERRNO) != 0);
    errno = 0;
    d = log(zero);
    printf("log(0)=%g errno=%s\n", d, errname(errno));
    errno = 0;
    d = sqrt(neg);
    printf("sqrt(-1) isnan=%d errno=%s\n", isnan(d) != 0, errname(errno));
    errno = 0;
    d = exp(big);
    printf("exp(1000)=%g errno=%s\n", d, errname(errno));
    errno = 0;
    d = pow(zero, neg);
    printf("pow(0,-1)=%g errno=%s\n", d, errname(errno));

    /* perror goes to stderr (not compared), errno preserved across printf of a success */
    errno = ENOENT;
    perror("perror test");
    printf("strerror(ERANGE)=\"%s\" strerror(EDOM)=\"%s\"\n", strerror(ERANGE), strerror(EDOM));

    /* errno is per-thread */
    enum { NT = 4 };
    pthread_t th[NT];
    pthread_barrier_init(&barrier, NULL, NT);
    errno = 77;
    for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, errno_thread, (void *)(intptr_t)i);
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(th[i], &r);
        int te = (int)(intptr_t)r;
        printf("thread %d errno=%s%s\n", i, te == ERANGE ? "ERANGE" : "", te == ERANGE ? "" : (te == 1000 + i ? "own value" : "WRONG"));
    }
    printf("main errno still 77: %d\n", errno == 77);
    pthread_barrier_destroy(&barrier);
    return 0;
}
