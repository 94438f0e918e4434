/* Global and static data: initialised and zero-initialised (.data/.bss)
 * globals of many types, pointers into other globals (including interior
 * pointers and pointer arithmetic in initialisers), arrays of strings,
 * nested aggregate initialisers, static locals that keep state between
 * calls, a weak symbol with a default definition, an alias, const tables
 * (.rodata), large zero arrays, and string literal merging behaviour that
 * is well-defined (contents compared, not addresses). */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

int g_int = 42;
long long g_ll = -1234567890123LL;
double g_dbl = 6.02214076e23;
float g_flt = -0.15625f;
char g_str[] = "mutable global string";
const char *g_strptr = "pointer to literal";
static int g_zero_array[100000];              /* .bss, 400 KB */
static unsigned char g_bytes[5] = {1, 2, 3};  /* rest zero */
int g_matrix[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
int *g_interior = &g_matrix[1][2];            /* interior pointer */
int *g_past = g_matrix[2] + 4;                /* one past the end of a row */
int **g_pp = &g_interior;                     /* pointer to pointer */
char *g_char_in_str = g_str + 8;              /* "global string" */
const char *const g_names[] = {"zero", "one", "two", "three", "four"};
const char *const *g_name_ptr = &g_names[2];
uintptr_t g_addr_as_int = (uintptr_t)&g_int;  /* relocation into an integer */

struct config {
    const char *name;
    int values[3];
    struct { double lo, hi; } range;
    const struct config *parent;
};
static const struct config base_cfg = {"base", {1, 2, 3}, {0.0, 1.0}, NULL};
static const struct config derived_cfg = {"derived", {4, 5}, {.hi = 10.0}, &base_cfg};
static const struct config *const cfgs[] = {&derived_cfg, &base_cfg};

static const uint16_t rodata_table[16] = {0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5,
                                          0x60c6, 0x70e7, 0x8108, 0x9129, 0xa14a, 0xb16b,
                                          0xc18c, 0xd1ad, 0xe1ce, 0xf1ef};

/* weak definition: the program may override it, here it does not */
__attribute__((weak)) int weak_value(void) { return 17; }
/* alias: same function under two names */
int real_function(int x) { return x * 3 + 1; }
extern int aliased_function(int x) __attribute__((alias("real_function")));
int alias_target_var = 99;
extern int alias_var __attribute__((alias("alias_target_var")));

static int counter(void) {
    static int calls;          /* zero-initialised static local */
    static int step = 5;       /* initialised static local */
    calls++;
    step += calls;
    return calls * 1000 + step;
}

static const char *month_name(int m) {
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return m >= 1 && m <= 12 ? months[m - 1] : "???";
}

int main(void) {
    printf("g_int=%d g_ll=%lld g_dbl=%.17g g_flt=%g\n", g_int, g_ll, g_dbl, (double)g_flt);
    printf("g_str=%s g_strptr=%s g_char_in_str=%s\n", g_str, g_strptr, g_char_in_str);
    g_str[0] = 'M';
    printf("modified g_str=%s (g_char_in_str still %s)\n", g_str, g_char_in_str);
    long zsum = 0;
    for (int i = 0; i < 100000; i++) zsum += g_zero_array[i];
    g_zero_array[99999] = 7;
    printf("bss sum=%ld last=%d bytes=%d,%d,%d,%d,%d\n", zsum, g_zero_array[99999], g_bytes[0], g_bytes[1],
           g_bytes[2], g_bytes[3], g_bytes[4]);
    printf("interior=%d via pp=%d past-1=%d offset=%td\n", *g_interior, **g_pp, g_past[-1],
           g_interior - &g_matrix[0][0]);
    *g_interior = 700;
    printf("g_matrix[1][2] after write through pointer=%d\n", g_matrix[1][2]);
    printf("g_name_ptr=%s next=%s prev=%s\n", *g_name_ptr, g_name_ptr[1], g_name_ptr[-1]);
    printf("addr as int matches: %d\n", g_addr_as_int == (uintptr_t)&g_int);
    for (int i = 0; i < 2; i++) {
        const struct config *c = cfgs[i];
        printf("cfg %s values={%d,%d,%d} range=[%g,%g] parent=%s\n", c->name, c->values[0], c->values[1],
               c->values[2], c->range.lo, c->range.hi, c->parent ? c->parent->name : "none");
    }
    unsigned x = 0;
    for (int i = 0; i < 16; i++) x = x * 7 + rodata_table[i];
    printf("rodata hash=%u\n", x);
    printf("weak_value=%d aliased_function(5)=%d same address=%d alias_var=%d\n", weak_value(),
           aliased_function(5), (void *)aliased_function == (void *)real_function, alias_var);
    alias_var = 123;
    printf("after write through alias: alias_target_var=%d\n", alias_target_var);
    for (int i = 0; i < 4; i++) printf("counter()=%d ", counter());
    printf("\n");
    printf("months: %s %s %s %s\n", month_name(1), month_name(7), month_name(12), month_name(13));
    /* identical literals compare equal by content */
    const char *l1 = "same text", *l2 = "same text";
    printf("literal contents equal: %d\n", strcmp(l1, l2) == 0);
    return 0;
}
