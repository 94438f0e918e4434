/* stdio.h formatting and parsing: sprintf/snprintf (truncation and return
 * values, every common conversion and flag), sscanf (ints, floats, strings,
 * scansets, %n, field widths, return counts), strtol/strtoul/strtoll with
 * various bases and end pointers, strtod/strtof/strtold, atoi/atof,
 * fputs/puts/putchar/fputc/fwrite/printf("%%"), writing to a string via
 * fmemopen/open_memstream and reading back with fgets/fscanf. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>

int main(void) {
    char buf[256];
    int n = sprintf(buf, "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%c|%s|%.3s|%10.4s|", 42, 42, 42,
                    42, 42, 42, 255, 255, 255, 8, 8, 'q', "str", "truncate", "abcdefg");
    printf("sprintf(%d): %s\n", n, buf);
    n = sprintf(buf, "%hhd %hd %ld %lld %hhu %hu %lu %llu %zu %td %jd", (signed char)-1, (short)-2,
                -3L, -4LL, (unsigned char)250, (unsigned short)65000, 5UL, 6ULL, (size_t)7,
                (ptrdiff_t)-8, (intmax_t)9);
    printf("sizes(%d): %s\n", n, buf);
    n = sprintf(buf, "%" PRId64 " %" PRIu64 " %" PRIx32 " %" PRIi8, INT64_MIN, UINT64_MAX,
                (uint32_t)0xDEADBEEF, (int8_t)-128);
    printf("inttypes(%d): %s\n", n, buf);
    n = sprintf(buf, "%f %.2f %e %.3E %g %g %g %G %a %.1a %8.3f %-8.2f| %+.0e", 3.14159, 2.675, 12345.678,
                0.000123456, 100000.0, 1000000.0, 1e-5, 1e-5, 1.0, 1.0 / 3, -1.5, 2.25, 5e10);
    printf("floats(%d): %s\n", n, buf);
    n = sprintf(buf, "%*d|%-*d|%.*f|%*.*s|", 6, 7, 6, 7, 3, 2.0 / 3, 8, 2, "xyzw");
    printf("star(%d): %s\n", n, buf);
    n = sprintf(buf, "%%|%%%%|%c%c%c", 'a', 0x62, 'c');
    printf("percent(%d): %s\n", n, buf);

    char small[10];
    n = snprintf(small, sizeof small, "%s", "0123456789ABCDEF");
    printf("snprintf trunc: ret=%d buf='%s'\n", n, small);
    n = snprintf(NULL, 0, "%d-%d-%d", 100, 2000, 30000);
    printf("snprintf size query: %d\n", n);
    volatile size_t one = 1;
    n = snprintf(small, one, "abc");
    printf("snprintf size 1: ret=%d empty=%d\n", n, small[0] == 0);

    /* sscanf */
    int a, b, cnt;
    char word[32], rest[32];
    double d;
    float f;
    long long ll;
    unsigned u;
    int r = sscanf("  17 -42 hello 3.5e2 1.25 -9000000000 ff rest of line", "%d %d %31s %lf %f %lld %x %31[^\n]",
                   &a, &b, word, &d, &f, &ll, &u, rest);
    printf("sscanf r=%d a=%d b=%d word=%s d=%g f=%g ll=%lld u=%u rest='%s'\n", r, a, b, word, d,
           (double)f, ll, u, rest);
    r = sscanf("key=value;", "%31[a-z]=%31[^;]%n", word, rest, &cnt);
    printf("scanset r=%d key=%s value=%s consumed=%d\n", r, word, rest, cnt);
    r = sscanf("12345678", "%3d%2d%d", &a, &b, &cnt);
    printf("widths r=%d %d %d %d\n", r, a, b, cnt);
    r = sscanf("abc", "%d", &a);
    printf("mismatch r=%d\n", r);
    r = sscanf("", "%d", &a);
    printf("empty r=%d (EOF=%d)\n", r, EOF);
    r = sscanf("0x1A 077 0b", "%i %i %i", &a, &b, &cnt);
    printf("%%i r=%d %d %d %d\n", r, a, b, cnt);
    char c1, c2;
    r = sscanf("x y", "%c %c", &c1, &c2);
    printf("chars r=%d '%c' '%c'\n", r, c1, c2);

    /* strtol family */
    const char *ints[] = {"123abc", "  -0x1F", "0777", "z", "+42", "-", "9223372036854775807", "1010"};
    int bases[] = {10, 16, 0, 36, 10, 10, 10, 2};
    for (int i = 0; i < 8; i++) {
        char *end;
        long v = strtol(ints[i], &end, bases[i]);
        printf("strtol(\"%s\", %d) = %ld, consumed %d\n", ints[i], bases[i], v, (int)(end - ints[i]));
    }
    char *end;
    printf("strtoul(\"-1\") = %lu\n", strtoul("-1", &end, 10));
    printf("strtoull(\"ffffffffffffffff\",16) = %llu\n", strtoull("ffffffffffffffff", &end, 16));
    printf("strtoll(\"-9223372036854775808\") = %lld\n", strtoll("-9223372036854775808", &end, 10));
    printf("atoi=%d atol=%ld atof=%g\n", atoi("  -77x"), atol("123456789012"), atof("2.5e-3"));

    const char *dbls[] = {"3.14159", "-2.5e-3", "1e308", "0x1.8p3", "inf", "-INFINITY", "  .5",
                          "1e-320", "12abc", "nan"};
    for (int i = 0; i < 10; i++) {
        double v = strtod(dbls[i], &end);
        printf("strtod(\"%s\") = %.17g [%a], consumed %d\n", dbls[i], v, v, (int)(end - dbls[i]));
    }
    printf("strtof(\"0.1\") = %.9g, strtold(\"0.1\") = %.21Lg\n", (double)strtof("0.1", &end),
           strtold("0.1", &end));

    /* output functions */
    fputs("fputs line\n", stdout);
    puts("puts line");
    putchar('p');
    putchar('c');
    putchar('\n');
    fputc('F', stdout);
    putc('\n', stdout);
    fwrite("fwrite data\n", 1, 12, stdout);
    fprintf(stdout, "fprintf %s %d\n", "to stdout", 5);
    fprintf(stderr, "this goes to stderr and is not compared\n");

    /* memory streams */
    char *mem = NULL;
    size_t memlen = 0;
    FILE *ms = open_memstream(&mem, &memlen);
    for (int i = 0; i < 5; i++) fprintf(ms, "line %d: %d\n", i, i * i);
    fclose(ms);
    printf("open_memstream: %zu bytes\n", memlen);
    FILE *in = fmemopen(mem, memlen, "r");
    char line[64];
    int total = 0;
    while (fgets(line, sizeof line, in)) {
        int idx, sq;
        if (sscanf(line, "line %d: %d", &idx, &sq) == 2) total += sq;
    }
    fclose(in);
    free(mem);
    printf("read back sum of squares: %d\n", total);
    return 0;
}
