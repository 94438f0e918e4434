/* string.h: strlen, strcmp, strncmp, strcpy, strncpy, strcat, strncat,
 * strchr, strrchr, strstr, strspn, strcspn, strpbrk, strtok, strtok_r,
 * strdup, memcpy, memmove (overlapping both ways), memset, memcmp,
 * memchr; plus ctype.h classification and a few hand-written string
 * algorithms (reverse, palindromes, word frequency). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static int sign(int v) { return (v > 0) - (v < 0); }

static void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

static int is_palindrome(const char *s) {
    const char *e = s + strlen(s);
    while (s < e) {
        while (s < e && !isalnum((unsigned char)*s)) s++;
        while (s < e && !isalnum((unsigned char)e[-1])) e--;
        if (s < e && tolower((unsigned char)*s) != tolower((unsigned char)e[-1])) return 0;
        s++;
        e--;
    }
    return 1;
}

int main(void) {
    char buf[128];
    const char *hello = "Hello, World";
    printf("strlen=%zu strlen(\"\")=%zu\n", strlen(hello), strlen(""));
    printf("strcmp: %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")),
           sign(strcmp("b", "abc")), sign(strcmp("abc", "ab")));
    printf("strncmp: %d %d\n", sign(strncmp("abcdef", "abcxyz", 3)), sign(strncmp("abcdef", "abcxyz", 4)));
    printf("high bytes compare unsigned: %d\n", sign(strcmp("\xff", "\x01")));
    strcpy(buf, hello);
    strcat(buf, "!!");
    strncat(buf, " and more text", 9);
    printf("strcpy/strcat/strncat: '%s'\n", buf);
    char nb[8];
    memset(nb, 'Z', sizeof nb);
    strncpy(nb, "abc", sizeof nb); /* pads with NULs */
    printf("strncpy pad:");
    for (int i = 0; i < 8; i++) printf(" %02x", (unsigned char)nb[i]);
    printf("\n");
    strncpy(nb, "abcdefghijk", sizeof nb); /* no terminator */
    printf("strncpy trunc: %.8s\n", nb);

    printf("strchr: %s | strrchr: %s | strchr nul: %d\n", strchr(hello, 'o'), strrchr(hello, 'o'),
           strchr(hello, '\0') == hello + strlen(hello));
    printf("strstr: %s | %s | missing=%d\n", strstr(hello, "World"), strstr(hello, ""),
           strstr(hello, "xyz") == NULL);
    printf("strspn=%zu strcspn=%zu strpbrk=%s\n", strspn("123abc", "0123456789"),
           strcspn("hello world", " ,"), strpbrk("find: the, first", ",:"));

    char text[] = "  the quick,brown fox;; jumps over  the lazy dog,the end ";
    char *tok;
    int ntok = 0;
    printf("strtok:");
    for (tok = strtok(text, " ,;"); tok; tok = strtok(NULL, " ,;")) {
        printf(" [%s]", tok);
        ntok++;
    }
    printf(" (%d tokens)\n", ntok);

    char kv[] = "a=1&bb=22&ccc=333&=empty&d=";
    char *save1, *save2;
    for (char *pair = strtok_r(kv, "&", &save1); pair; pair = strtok_r(NULL, "&", &save1)) {
        char *k = strtok_r(pair, "=", &save2);
        char *v = strtok_r(NULL, "=", &save2);
        printf("kv: %s -> %s\n", k ? k : "(null)", v ? v : "(null)");
    }

    /* memmove overlapping */
    char mm[32] = "0123456789abcdef";
    memmove(mm + 4, mm, 10);
    printf("memmove right: %s\n", mm);
    strcpy(mm, "0123456789abcdef");
    memmove(mm, mm + 5, 11);
    printf("memmove left: %s\n", mm);
    int nums[10];
    for (int i = 0; i < 10; i++) nums[i] = i;
    memmove(nums + 1, nums, 9 * sizeof(int));
    memcpy(nums + 7, nums, 3 * sizeof(int));
    printf("memmove ints:");
    for (int i = 0; i < 10; i++) printf(" %d", nums[i]);
    printf("\n");

    unsigned char a[16], b[16];
    memset(a, 0xAB, sizeof a);
    memcpy(b, a, sizeof b);
    b[9] = 0x10;
    printf("memcmp: %d %d %d\n", sign(memcmp(a, b, 9)), sign(memcmp(a, b, 16)), sign(memcmp(b, a, 16)));
    const char *mc = memchr(hello, 'W', strlen(hello));
    printf("memchr: %s, missing=%d\n", mc, memchr(hello, 'q', strlen(hello)) == NULL);

    char *dup = strdup(hello);
    reverse(dup);
    printf("reversed: %s (orig %s)\n", dup, hello);
    free(dup);
    char *nd = strndup(hello, 5);
    printf("strndup: %s\n", nd);
    free(nd);

    const char *pals[] = {"A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", ""};
    for (int i = 0; i < 5; i++) printf("palindrome(\"%s\")=%d\n", pals[i], is_palindrome(pals[i]));

    int counts[6] = {0};
    const char *mix = "Hello World 123 !? \t\nabcXYZ";
    for (const char *p = mix; *p; p++) {
        unsigned char c = (unsigned char)*p;
        counts[0] += isalpha(c) != 0;
        counts[1] += isdigit(c) != 0;
        counts[2] += isspace(c) != 0;
        counts[3] += ispunct(c) != 0;
        counts[4] += isupper(c) != 0;
        counts[5] += isxdigit(c) != 0;
    }
    printf("ctype: alpha=%d digit=%d space=%d punct=%d upper=%d xdigit=%d\n", counts[0], counts[1],
           counts[2], counts[3], counts[4], counts[5]);
    char up[32];
    size_t i;
    for (i = 0; mix[i] && i < sizeof up - 1; i++) up[i] = (char)toupper((unsigned char)mix[i]);
    up[i] = 0;
    printf("upper: %s\n", up);

    /* word frequency with a tiny table */
    char para[] = "the cat and the dog and the bird saw the cat";
    const char *words[16];
    int freq[16], nw = 0;
    for (char *w = strtok(para, " "); w; w = strtok(NULL, " ")) {
        int j;
        for (j = 0; j < nw; j++)
            if (strcmp(words[j], w) == 0) break;
        if (j == nw) {
            words[nw] = w;
            freq[nw++] = 0;
        }
        freq[j]++;
    }
    for (int j = 0; j < nw; j++) printf("%s:%d ", words[j], freq[j]);
    printf("\n");

    /* large buffers */
    static char big1[100000], big2[100000];
    for (int k = 0; k < 100000; k++) big1[k] = (char)('a' + k % 26);
    big1[99999] = 0;
    strcpy(big2, big1);
    printf("big: len=%zu cmp=%d last=%c\n", strlen(big2), strcmp(big1, big2), big2[99998]);
    return 0;
}
