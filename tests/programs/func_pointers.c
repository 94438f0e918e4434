/* Function pointers: dispatch tables, callbacks from libc qsort and
 * bsearch (ints, strings, structs with multi-key comparators), function
 * pointer equality (same function's address taken in different functions,
 * round-tripped through void* and uintptr_t, a global table initialised
 * with &f compared with f, libc functions), functions returning function
 * pointers, and callbacks with a context pointer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef int (*binop)(int, int);

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_div(int a, int b) { return b ? a / b : 0; }
static int op_mod(int a, int b) { return b ? a % b : 0; }
static int op_max(int a, int b) { return a > b ? a : b; }
int op_min(int a, int b) { return a < b ? a : b; } /* external linkage */

/* global table initialised with addresses (relocations) */
static const binop table[] = {op_add, &op_sub, op_mul, &op_div, op_mod, op_max, &op_min};
static const char *const names[] = {"add", "sub", "mul", "div", "mod", "max", "min"};
static binop global_fp = &op_mul;
static size_t (*const global_strlen)(const char *) = strlen;

struct entry { const char *name; binop fn; };
static struct entry registry[] = {{"plus", op_add}, {"times", op_mul}, {"least", op_min}};

__attribute__((noinline)) static binop get_add(void) { return op_add; }
__attribute__((noinline)) static binop get_min(void) { return &op_min; }
__attribute__((noinline)) static void *as_void(binop f) { return (void *)f; }
__attribute__((noinline)) static binop lookup(const char *name) {
    for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
        if (strcmp(registry[i].name, name) == 0) return registry[i].fn;
    return NULL;
}
/* function returning a pointer to a function */
static int (*chooser(int which))(int, int) { return table[which % 7]; }

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct person { const char *name; int age; double score; };
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    if (p->score != q->score) return p->score < q->score ? 1 : -1; /* score descending */
    return strcmp(p->name, q->name);
}

struct ctx { int calls; long acc; };
static void for_each(const int *a, int n, void (*cb)(void *, int), void *ctx) {
    for (int i = 0; i < n; i++) cb(ctx, a[i]);
}
static void accumulate(void *c, int v) {
    struct ctx *x = c;
    x->calls++;
    x->acc = x->acc * 3 + v;
}

static int apply_n(binop f, int n, int seed) {
    for (int i = 1; i <= n; i++) seed = f(seed, i);
    return seed;
}

int main(void) {
    for (int i = 0; i < 7; i++)
        printf("%s(17,5)=%d ", names[i], table[i](17, 5));
    printf("\n");
    printf("global_fp(6,7)=%d chooser(9)(40,2)=%d\n", global_fp(6, 7), chooser(9)(40, 2));
    printf("apply_n: add=%d mul=%d max=%d\n", apply_n(op_add, 100, 0), apply_n(op_mul, 10, 1),
           apply_n(table[5], 50, 7));

    /* equality */
    binop a1 = op_add, a2 = get_add(), a3 = table[0];
    void *v = as_void(op_add);
    binop a4 = (binop)v;
    uintptr_t u = (uintptr_t)a1;
    printf("eq: %d %d %d %d %d\n", a1 == a2, a2 == a3, a3 == a4, (binop)u == op_add,
           v == (void *)&op_add);
    printf("eq min: %d %d %d\n", get_min() == op_min, table[6] == &op_min, lookup("least") == op_min);
    printf("neq: %d %d %d\n", op_add != op_sub, table[1] == op_add, lookup("none") == NULL);
    printf("libc: %d %d len=%zu\n", global_strlen == strlen, (void *)global_strlen == (void *)&strlen,
           global_strlen("function"));
    int (*pf)(const char *) = puts;
    pf("called puts through a pointer");

    /* qsort / bsearch on ints */
    int arr[50];
    unsigned r = 7;
    for (int i = 0; i < 50; i++) {
        r = r * 1664525u + 1013904223u;
        arr[i] = (int)(r >> 20) - 2048;
    }
    qsort(arr, 50, sizeof arr[0], cmp_int);
    printf("sorted:");
    for (int i = 0; i < 50; i++) printf(" %d", arr[i]);
    printf("\n");
    int found = 0;
    for (int key = -2048; key < 2048; key += 3) {
        int *p = bsearch(&key, arr, 50, sizeof arr[0], cmp_int);
        if (p) {
            found++;
            if (*p != key) printf("bsearch mismatch\n");
        }
    }
    printf("bsearch hits=%d\n", found);
    int key = arr[17];
    int *hit = bsearch(&key, arr, 50, sizeof arr[0], cmp_int);
    printf("bsearch arr[17]=%d found=%d\n", key, hit != NULL && *hit == key);
    qsort(arr, 50, sizeof arr[0], cmp_int_desc);
    printf("desc first=%d last=%d\n", arr[0], arr[49]);

    /* strings */
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "apricot", "date", "kiwi"};
    qsort(words, 8, sizeof words[0], cmp_str);
    for (int i = 0; i < 8; i++) printf("%s%c", words[i], i == 7 ? '\n' : ' ');
    const char *want = "date";
    const char **w = bsearch(&want, words, 8, sizeof words[0], cmp_str);
    printf("bsearch date -> index %ld\n", w ? (long)(w - words) : -1L);

    /* structs, multi-key */
    struct person people[] = {{"eve", 30, 88.5}, {"bob", 25, 91.0}, {"amy", 30, 88.5},
                              {"dan", 25, 75.0}, {"cat", 41, 60.0}, {"fay", 30, 99.0}};
    qsort(people, 6, sizeof people[0], cmp_person);
    for (int i = 0; i < 6; i++) printf("%s/%d/%g ", people[i].name, people[i].age, people[i].score);
    printf("\n");

    struct ctx c = {0, 0};
    int data[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for_each(data, 10, accumulate, &c);
    printf("callback ctx: calls=%d acc=%ld\n", c.calls, c.acc);
    return 0;
}
