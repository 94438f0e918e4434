/* A small open-hashing (separate chaining) hash table with string keys:
 * insert, lookup, update, delete, resize with rehash, iteration in a
 * deterministic order (sorted keys), used to count word frequencies of a
 * generated text and to build an index. Exercises malloc/realloc/free,
 * strdup/strcmp, pointer-heavy code and FNV-1a hashing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct entry {
    char *key;
    long value;
    struct entry *next;
};

struct table {
    struct entry **buckets;
    size_t nbuckets, count, resizes;
};

static uint32_t fnv1a(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

static void table_init(struct table *t, size_t n) {
    t->buckets = calloc(n, sizeof *t->buckets);
    t->nbuckets = n;
    t->count = 0;
    t->resizes = 0;
}

static void table_resize(struct table *t) {
    size_t nn = t->nbuckets * 2;
    struct entry **nb = calloc(nn, sizeof *nb);
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) {
            struct entry *next = e->next;
            size_t b = fnv1a(e->key) % nn;
            e->next = nb[b];
            nb[b] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = nb;
    t->nbuckets = nn;
    t->resizes++;
}

static long *table_get(struct table *t, const char *key) {
    for (struct entry *e = t->buckets[fnv1a(key) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return &e->value;
    return NULL;
}

static long *table_put(struct table *t, const char *key, long value) {
    long *v = table_get(t, key);
    if (v) {
        *v = value;
        return v;
    }
    if (t->count + 1 > t->nbuckets * 3 / 4) table_resize(t);
    size_t b = fnv1a(key) % t->nbuckets;
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(key);
    e->value = value;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->count++;
    return &e->value;
}

static int table_del(struct table *t, const char *key) {
    struct entry **pp = &t->buckets[fnv1a(key) % t->nbuckets];
    for (; *pp; pp = &(*pp)->next) {
        if (strcmp((*pp)->key, key) == 0) {
            struct entry *dead = *pp;
            *pp = dead->next;
            free(dead->key);
            free(dead);
            t->count--;
            return 1;
        }
    }
    return 0;
}

static int cmp_entry(const void *a, const void *b) {
    const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
    if (x->value != y->value) return x->value < y->value ? 1 : -1;
    return strcmp(x->key, y->key);
}

static struct entry **table_sorted(struct table *t) {
    struct entry **arr = malloc((t->count + 1) * sizeof *arr);
    size_t n = 0;
    for (size_t i = 0; i < t->nbuckets; i++)
        for (struct entry *e = t->buckets[i]; e; e = e->next) arr[n++] = e;
    qsort(arr, n, sizeof *arr, cmp_entry);
    return arr;
}

static void table_free(struct table *t) {
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) {
            struct entry *n = e->next;
            free(e->key);
            free(e);
            e = n;
        }
    }
    free(t->buckets);
}

int main(void) {
    static const char *syll[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu"};
    struct table t;
    table_init(&t, 8);
    uint32_t seed = 2024;
    char word[32];
    long total_words = 0;
    for (int i = 0; i < 20000; i++) {
        seed = seed * 1664525u + 1013904223u;
        int nsyl = 1 + (int)(seed >> 29) % 3;
        word[0] = 0;
        uint32_t s2 = seed;
        for (int k = 0; k < nsyl; k++) {
            /* skewed distribution: small indices are more common */
            unsigned idx = (s2 >> 8) % 10;
            idx = idx * idx / 10;
            strcat(word, syll[idx]);
            s2 = s2 * 69069u + 1;
        }
        long *c = table_get(&t, word);
        if (c)
            (*c)++;
        else
            table_put(&t, word, 1);
        total_words++;
    }
    printf("words=%ld distinct=%zu buckets=%zu resizes=%zu\n", total_words, t.count, t.nbuckets,
           t.resizes);
    struct entry **sorted = table_sorted(&t);
    printf("top 10:");
    for (size_t i = 0; i < 10 && i < t.count; i++) printf(" %s=%ld", sorted[i]->key, sorted[i]->value);
    printf("\n");
    size_t longest = 0, empty = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        size_t len = 0;
        for (struct entry *e = t.buckets[i]; e; e = e->next) len++;
        if (len > longest) longest = len;
        if (!len) empty++;
    }
    printf("longest chain=%zu empty buckets=%zu\n", longest, empty);
    free(sorted);

    /* delete every word with an odd count, then check consistency */
    struct entry **all = table_sorted(&t);
    size_t before = t.count, deleted = 0;
    for (size_t i = 0; i < before; i++) {
        if (all[i]->value % 2) {
            char key[32];
            strcpy(key, all[i]->key); /* copy: the entry is freed by delete */
            all[i] = NULL;
            deleted += (size_t)table_del(&t, key);
        }
    }
    free(all);
    printf("deleted=%zu remaining=%zu del-missing=%d\n", deleted, t.count, table_del(&t, "nonexistent"));
    long sum = 0;
    for (size_t i = 0; i < t.nbuckets; i++)
        for (struct entry *e = t.buckets[i]; e; e = e->next) sum += e->value;
    printf("sum of remaining counts=%ld\n", sum);
    table_put(&t, "kaka", 12345);
    table_put(&t, "brand-new", -1);
    printf("kaka=%ld brand-new=%ld missing=%s\n", *table_get(&t, "kaka"), *table_get(&t, "brand-new"),
           table_get(&t, "zzz") ? "found" : "NULL");
    table_free(&t);
    return 0;
}
