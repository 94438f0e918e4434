/* Heap allocation patterns: malloc/calloc/realloc/free with many sizes,
 * a growing dynamic array (realloc doubling), a doubly linked list with
 * insertions and removals, aligned_alloc/posix_memalign alignment checks
 * (alignment is checked, addresses are never printed), calloc zeroing,
 * realloc preserving contents when shrinking and growing, large
 * allocations (served by mmap), and a simple free-list pool allocator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct dnode {
    int value;
    struct dnode *prev, *next;
};

struct vec {
    long *data;
    size_t len, cap;
    int reallocs;
};

static void vec_push(struct vec *v, long x) {
    if (v->len == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 4;
        long *nd = realloc(v->data, nc * sizeof *nd);
        if (!nd) exit(1);
        v->data = nd;
        v->cap = nc;
        v->reallocs++;
    }
    v->data[v->len++] = x;
}

/* fixed-size pool with an intrusive free list */
#define POOL_OBJS 256
struct obj { union { struct obj *next_free; double payload[3]; } u; };
static struct obj pool[POOL_OBJS];
static struct obj *free_list;
static void pool_init(void) {
    for (int i = 0; i < POOL_OBJS - 1; i++) pool[i].u.next_free = &pool[i + 1];
    pool[POOL_OBJS - 1].u.next_free = NULL;
    free_list = &pool[0];
}
static struct obj *pool_alloc(void) {
    struct obj *o = free_list;
    if (o) free_list = o->u.next_free;
    return o;
}
static void pool_free(struct obj *o) {
    o->u.next_free = free_list;
    free_list = o;
}

int main(void) {
    /* many sizes */
    unsigned long hash = 0;
    void *blocks[200];
    for (int i = 0; i < 200; i++) {
        size_t sz = (size_t)(i * 37 % 500 + 1);
        unsigned char *p = malloc(sz);
        memset(p, i & 0xFF, sz);
        blocks[i] = p;
    }
    for (int i = 0; i < 200; i += 2) {
        free(blocks[i]);
        blocks[i] = NULL;
    }
    for (int i = 1; i < 200; i += 2) {
        unsigned char *p = blocks[i];
        size_t sz = (size_t)(i * 37 % 500 + 1);
        for (size_t k = 0; k < sz; k++) hash = hash * 31 + p[k];
        free(p);
    }
    printf("many sizes hash=%lu\n", hash);

    /* calloc zeroing and realloc contents */
    int *z = calloc(1000, sizeof *z);
    long zs = 0;
    for (int i = 0; i < 1000; i++) zs += z[i];
    for (int i = 0; i < 1000; i++) z[i] = i;
    z = realloc(z, 100 * sizeof *z); /* shrink */
    long s1 = 0;
    for (int i = 0; i < 100; i++) s1 += z[i];
    z = realloc(z, 100000 * sizeof *z); /* grow, probably moves */
    long s2 = 0;
    for (int i = 0; i < 100; i++) s2 += z[i];
    printf("calloc sum=%ld after shrink=%ld after grow=%ld\n", zs, s1, s2);
    free(z);
    void *r0 = realloc(NULL, 16); /* acts like malloc */
    printf("realloc(NULL) non-null=%d\n", r0 != NULL);
    free(r0);

    /* dynamic array */
    struct vec v = {NULL, 0, 0, 0};
    for (long i = 0; i < 100000; i++) vec_push(&v, i * i % 1000);
    long vs = 0;
    for (size_t i = 0; i < v.len; i++) vs += v.data[i];
    printf("vec len=%zu cap=%zu reallocs=%d sum=%ld\n", v.len, v.cap, v.reallocs, vs);
    free(v.data);

    /* doubly linked list */
    struct dnode *head = NULL, *tail = NULL;
    for (int i = 0; i < 1000; i++) {
        struct dnode *n = malloc(sizeof *n);
        n->value = i;
        n->next = NULL;
        n->prev = tail;
        if (tail) tail->next = n; else head = n;
        tail = n;
    }
    /* remove multiples of 3 */
    for (struct dnode *n = head; n;) {
        struct dnode *next = n->next;
        if (n->value % 3 == 0) {
            if (n->prev) n->prev->next = n->next; else head = n->next;
            if (n->next) n->next->prev = n->prev; else tail = n->prev;
            free(n);
        }
        n = next;
    }
    long fwd = 0, bwd = 0;
    int cnt = 0;
    for (struct dnode *n = head; n; n = n->next) { fwd = fwd * 3 % 1000003 + n->value; cnt++; }
    for (struct dnode *n = tail; n; n = n->prev) bwd = bwd * 3 % 1000003 + n->value;
    printf("list count=%d fwd=%ld bwd=%ld head=%d tail=%d\n", cnt, fwd, bwd, head->value, tail->value);
    while (head) {
        struct dnode *n = head->next;
        free(head);
        head = n;
    }

    /* alignment */
    int aligned_ok = 1;
    for (size_t al = 16; al <= 4096; al *= 2) {
        void *p = aligned_alloc(al, al * 3);
        void *q = NULL;
        int rc = posix_memalign(&q, al, 100);
        aligned_ok &= p && ((uintptr_t)p % al == 0) && rc == 0 && ((uintptr_t)q % al == 0);
        free(p);
        free(q);
    }
    void *m = malloc(1);
    aligned_ok &= (uintptr_t)m % 16 == 0; /* glibc malloc alignment on x86-64 */
    free(m);
    printf("alignment ok=%d\n", aligned_ok);

    /* large allocations */
    size_t big = 64u << 20; /* 64 MB, only a few pages touched */
    char *bp = malloc(big);
    bp[0] = 'a';
    bp[big / 2] = 'b';
    bp[big - 1] = 'c';
    printf("large: %c%c%c\n", bp[0], bp[big / 2], bp[big - 1]);
    free(bp);

    /* pool allocator */
    pool_init();
    struct obj *live[POOL_OBJS];
    int nlive = 0;
    for (int round = 0; round < 1000; round++) {
        if (round % 3 != 2 && nlive < POOL_OBJS) {
            struct obj *o = pool_alloc();
            o->u.payload[0] = round;
            live[nlive++] = o;
        } else if (nlive) {
            pool_free(live[--nlive]);
        }
    }
    double ps = 0;
    for (int i = 0; i < nlive; i++) ps += live[i]->u.payload[0];
    int nfree = 0;
    for (struct obj *o = free_list; o; o = o->u.next_free) nfree++;
    printf("pool live=%d free=%d payload sum=%g indices:", nlive, nfree, ps);
    for (int i = 0; i < 5 && i < nlive; i++) printf(" %td", live[i] - pool);
    printf("\n");
    return 0;
}
