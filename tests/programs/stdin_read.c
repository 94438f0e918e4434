// stdin: 5 -17 3.25\nfirst line of text\n  second line, with  spaces  \n42 apples and 7 pears\nxyz\nlast line without trailing text
/* Reading standard input (fed through the stdin directive above):
 * scanf for numbers, fgets for whole lines (including the newline left by
 * scanf), sscanf on lines, getchar to the end of input counting
 * characters, ungetc, and feof/ferror status at the end. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

int main(void) {
    int a, b;
    double c;
    int r = scanf("%d %d %lf", &a, &b, &c);
    printf("scanf r=%d a=%d b=%d c=%g sum=%g\n", r, a, b, c, a + b + c);
    char line[128];
    /* rest of the first line (just the newline) */
    if (fgets(line, sizeof line, stdin)) printf("rest of line 1: len=%zu\n", strlen(line));
    int lineno = 2;
    for (int i = 0; i < 3 && fgets(line, sizeof line, stdin); i++, lineno++) {
        size_t len = strlen(line);
        int has_nl = len > 0 && line[len - 1] == '\n';
        if (has_nl) line[--len] = 0;
        int words = 0, in_word = 0;
        for (size_t k = 0; k < len; k++) {
            if (isspace((unsigned char)line[k]))
                in_word = 0;
            else if (!in_word) {
                in_word = 1;
                words++;
            }
        }
        printf("line %d: [%s] len=%zu words=%d newline=%d\n", lineno, line, len, words, has_nl);
        int n1, n2;
        char w1[16], w2[16];
        if (sscanf(line, "%d %15s and %d %15s", &n1, w1, &n2, w2) == 4)
            printf("  parsed: %d %s, %d %s, total %d\n", n1, w1, n2, w2, n1 + n2);
    }
    /* peek with getchar/ungetc */
    int ch = getchar();
    printf("peek: '%c'\n", ch);
    ungetc(ch, stdin);
    /* count the remaining characters */
    long chars = 0, lines = 0, upper = 0;
    unsigned hash = 5381;
    while ((ch = getchar()) != EOF) {
        chars++;
        if (ch == '\n') lines++;
        if (isalpha(ch)) upper++;
        hash = hash * 33 + (unsigned)ch;
    }
    printf("remaining: chars=%ld newlines=%ld letters=%ld hash=%u\n", chars, lines, upper, hash);
    printf("feof=%d ferror=%d\n", feof(stdin) != 0, ferror(stdin) != 0);
    /* reading after EOF keeps returning EOF */
    printf("getchar after EOF=%d fgets after EOF is NULL=%d\n", getchar(), fgets(line, sizeof line, stdin) == NULL);
    return 0;
}
