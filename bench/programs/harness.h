/* harness.h: the command-line and timing harness shared by the benchmark programs here
 * (see README.md): `PROGRAM SIZE [ITERATIONS]`, a bad argument exits with status 2, and
 * "iteration <i> <nanoseconds>" (CLOCK_MONOTONIC) goes to stderr after each repetition.
 * Header-only, with static inline functions, so that each program still compiles alone
 * (`#include "harness.h"` is found next to the .c file) and unused helpers cost nothing. */
#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* CLOCK_MONOTONIC in nanoseconds. */
static inline long long bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Parses a positive decimal integer; otherwise reports `what` and exits with status 2. */
static inline long bench_parse_positive(const char *text, const char *what)
{
    char *end;
    long v = strtol(text, &end, 10);
    if (*text == '\0' || *end != '\0' || v <= 0) {
        fprintf(stderr, "invalid %s: %s (expected a positive integer)\n", what, text);
        exit(2);
    }
    return v;
}

/* Unless there are one or two arguments, prints "usage: PROGRAM <args>" and exits with
 * status 2. */
static inline void bench_check_argc(int argc, char **argv, const char *args)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s %s\n", argv[0], args);
        exit(2);
    }
}

/* `PROGRAM SIZE [ITERATIONS]` with the usage line's arguments given as `args`: checks argc,
 * then parses SIZE and ITERATIONS (default 1) as positive integers, exiting with status 2
 * on any error. */
static inline void bench_parse_args_usage(int argc, char **argv, const char *args, long *size,
                                          long *iterations)
{
    bench_check_argc(argc, argv, args);
    *size = bench_parse_positive(argv[1], "SIZE");
    *iterations = argc > 2 ? bench_parse_positive(argv[2], "ITERATIONS") : 1;
}

/* The usual case: "usage: PROGRAM SIZE [ITERATIONS]". */
static inline void bench_parse_args(int argc, char **argv, long *size, long *iterations)
{
    bench_parse_args_usage(argc, argv, "SIZE [ITERATIONS]", size, iterations);
}

/* Prints "iteration <i> <ns>" to stderr. */
static inline void bench_print_iteration(long i, long long ns)
{
    fprintf(stderr, "iteration %ld %lld\n", i, ns);
}

/* Prints "iteration <i> <ns>" to stderr, ns being the time since start_ns (a value of
 * bench_now_ns()). */
static inline void bench_report_iteration(long i, long long start_ns)
{
    bench_print_iteration(i, bench_now_ns() - start_ns);
}

#endif
