// args: alpha beta 42 -7 x=y 3.5
// env: TIERUP_TEST_ENV=hello
/* Command-line arguments and environment: main with three parameters,
 * argc/argv (argv[0] is deliberately not printed since it differs between
 * runs), argv[argc] == NULL, argv strings are writable, numeric argument
 * parsing; the TIERUP_TEST_ENV variable located by scanning envp and via
 * getenv, an unset variable, setenv/unsetenv round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

int main(int argc, char **argv, char **envp) {
    printf("argc=%d argv[argc]==NULL: %d argv[0] non-empty: %d\n", argc, argv[argc] == NULL,
           argv[0] != NULL && argv[0][0] != 0);
    long isum = 0;
    double dsum = 0;
    for (int i = 1; i < argc; i++) {
        char *end;
        long v = strtol(argv[i], &end, 10);
        int is_int = *argv[i] && *end == 0;
        printf("argv[%d]=\"%s\" len=%zu%s\n", i, argv[i], strlen(argv[i]), is_int ? " (integer)" : "");
        if (is_int) isum += v;
        dsum += atof(argv[i]);
        char *eq = strchr(argv[i], '=');
        if (eq) printf("  key/value: %.*s -> %s\n", (int)(eq - argv[i]), argv[i], eq + 1);
    }
    printf("integer sum=%ld atof sum=%g\n", isum, dsum);
    if (argc > 1) {
        argv[1][0] = (char)toupper((unsigned char)argv[1][0]); /* argv strings are modifiable */
        printf("modified argv[1]=%s\n", argv[1]);
    }

    int found = 0, count = 0;
    for (char **e = envp; *e; e++) {
        count++;
        if (strncmp(*e, "TIERUP_TEST_ENV=", 16) == 0) {
            printf("envp: found %s (value '%s')\n", *e, *e + 16);
            found++;
        }
    }
    printf("envp: occurrences=%d, has entries=%d\n", found, count > 0);
    const char *g = getenv("TIERUP_TEST_ENV");
    printf("getenv(TIERUP_TEST_ENV)=%s\n", g ? g : "(null)");
    printf("getenv(unset)=%s\n", getenv("TIERUP_SURELY_NOT_SET_12345") ? "set" : "(null)");
    setenv("TIERUP_NEW_VAR", "value1", 1);
    setenv("TIERUP_NEW_VAR", "value2", 0); /* no overwrite */
    printf("after setenv: %s\n", getenv("TIERUP_NEW_VAR"));
    setenv("TIERUP_NEW_VAR", "value3", 1);
    printf("after overwrite: %s\n", getenv("TIERUP_NEW_VAR"));
    unsetenv("TIERUP_NEW_VAR");
    printf("after unsetenv: %s\n", getenv("TIERUP_NEW_VAR") ? "still set" : "(null)");
    return 0;
}
