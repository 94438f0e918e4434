/* C11 atomics (<stdatomic.h>): atomic_fetch_add/sub/or/and/xor from
 * several threads on char, short, int, long long and pointer-sized
 * atomics; compare-exchange (strong and weak) loops implementing an
 * atomic max and a lock-free stack push; an atomic_flag spinlock
 * protecting a plain counter; explicit memory orders (relaxed,
 * acquire/release message passing, seq_cst); atomic_exchange,
 * atomic_load/store; atomic_is_lock_free; fences. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdatomic.h>
#include <pthread.h>

#define NT 4
#define ITERS 50000

static atomic_char a_char;
static atomic_short a_short;
static atomic_int a_int;
static atomic_llong a_llong;
static _Atomic uint64_t a_bits;
static _Atomic unsigned a_and = 0xFFFFFFFFu;
static atomic_int a_max;
static atomic_flag spin = ATOMIC_FLAG_INIT;
static long spin_protected;
static atomic_long relaxed_counter;

struct node { int value; struct node *next; };
static _Atomic(struct node *) stack_top;
static struct node nodes[NT * 100];

static void atomic_max(atomic_int *m, int v) {
    int cur = atomic_load_explicit(m, memory_order_relaxed);
    while (cur < v && !atomic_compare_exchange_weak_explicit(m, &cur, v, memory_order_acq_rel,
                                                            memory_order_relaxed)) {
    }
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    for (int i = 0; i < ITERS; i++) {
        atomic_fetch_add(&a_char, 1);                       /* wraps mod 256 */
        atomic_fetch_add_explicit(&a_short, 3, memory_order_relaxed); /* wraps mod 65536 */
        atomic_fetch_sub(&a_int, 2);
        atomic_fetch_add_explicit(&a_llong, (long long)i * 1000003, memory_order_seq_cst);
        atomic_fetch_add_explicit(&relaxed_counter, 1, memory_order_relaxed);
        atomic_max(&a_max, (i * 7919 + id * 104729) % 1000003);
        /* spinlock around a plain (non-atomic) counter */
        while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire)) {
        }
        spin_protected += id + 1;
        atomic_flag_clear_explicit(&spin, memory_order_release);
    }
    atomic_fetch_or(&a_bits, (uint64_t)1 << (id * 8));
    atomic_fetch_xor(&a_bits, (uint64_t)0xF0 << (id * 8));
    atomic_fetch_and(&a_and, ~(1u << id));
    /* lock-free stack push with strong CAS */
    for (int i = 0; i < 100; i++) {
        struct node *n = &nodes[id * 100 + i];
        n->value = id * 1000 + i;
        struct node *old = atomic_load(&stack_top);
        do {
            n->next = old;
        } while (!atomic_compare_exchange_strong(&stack_top, &old, n));
    }
    return NULL;
}

/* message passing with release/acquire */
static int payload[16];
static atomic_int ready;
static void *mp_producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 16; i++) payload[i] = i * i + 1;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}
static void *mp_consumer(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) {
    }
    long s = 0;
    for (int i = 0; i < 16; i++) s += payload[i];
    return (void *)(intptr_t)s;
}

int main(void) {
    atomic_init(&a_int, 1000000);
    atomic_store(&a_max, -1);
    pthread_t th[NT];
    for (int t = 0; t < NT; t++) pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t);
    for (int t = 0; t < NT; t++) pthread_join(th[t], NULL);

    long long expect_ll = 0;
    for (int i = 0; i < ITERS; i++) expect_ll += (long long)i * 1000003;
    expect_ll *= NT;
    int expect_max = -1;
    for (int id = 0; id < NT; id++)
        for (int i = 0; i < ITERS; i++) {
            int v = (i * 7919 + id * 104729) % 1000003;
            if (v > expect_max) expect_max = v;
        }
    printf("char=%d (expect %d)\n", (int)atomic_load(&a_char), (signed char)(unsigned char)(NT * ITERS));
    printf("short=%d (expect %d)\n", (int)atomic_load(&a_short), (short)(unsigned short)(NT * ITERS * 3));
    printf("int=%d (expect %d)\n", atomic_load(&a_int), 1000000 - NT * ITERS * 2);
    printf("llong=%lld (expect %lld)\n", atomic_load(&a_llong), expect_ll);
    printf("relaxed=%ld spin_protected=%ld (expect %d)\n", atomic_load(&relaxed_counter),
           spin_protected, ITERS * (1 + 2 + 3 + 4));
    printf("max=%d (expect %d)\n", atomic_load(&a_max), expect_max);
    printf("bits=%016llx and=%08x\n", (unsigned long long)atomic_load(&a_bits), atomic_load(&a_and));

    /* pop everything from the lock-free stack (single-threaded now) */
    int count = 0;
    long sum = 0;
    for (struct node *n = atomic_load(&stack_top); n; n = n->next) {
        count++;
        sum += n->value;
    }
    printf("stack: count=%d sum=%ld\n", count, sum);

    pthread_t p, c;
    pthread_create(&c, NULL, mp_consumer, NULL);
    pthread_create(&p, NULL, mp_producer, NULL);
    void *res;
    pthread_join(p, NULL);
    pthread_join(c, &res);
    printf("message passing sum=%ld\n", (long)(intptr_t)res);

    /* single-threaded semantics of the remaining operations */
    atomic_int x = 5;
    int old = atomic_exchange(&x, 9);
    int expected = 9;
    _Bool ok1 = atomic_compare_exchange_strong(&x, &expected, 11);
    expected = 3;
    _Bool ok2 = atomic_compare_exchange_strong(&x, &expected, 12);
    printf("exchange old=%d cas1=%d cas2=%d expected-now=%d value=%d\n", old, ok1, ok2, expected,
           atomic_load(&x));
    atomic_thread_fence(memory_order_seq_cst);
    atomic_signal_fence(memory_order_seq_cst);
    atomic_flag f = ATOMIC_FLAG_INIT;
    _Bool t1 = atomic_flag_test_and_set(&f), t2 = atomic_flag_test_and_set(&f);
    atomic_flag_clear(&f);
    _Bool t3 = atomic_flag_test_and_set(&f);
    printf("flag: %d %d %d\n", t1, t2, t3);
    _Atomic double ad = 1.5;
    double dold = atomic_exchange(&ad, 2.75);
    printf("atomic double: old=%g new=%g\n", dold, atomic_load(&ad));
    struct pair { int a, b; };
    struct pair init = {1, 2};
    _Atomic struct pair ap;
    atomic_init(&ap, init);
    struct pair np = {3, 4}, exp = {1, 2};
    _Bool pok = atomic_compare_exchange_strong(&ap, &exp, np);
    struct pair now = atomic_load(&ap);
    printf("atomic struct cas=%d now={%d,%d}\n", pok, now.a, now.b);
    printf("lock free: char=%d short=%d int=%d llong=%d ptr=%d\n", atomic_is_lock_free(&a_char),
           atomic_is_lock_free(&a_short), atomic_is_lock_free(&a_int), atomic_is_lock_free(&a_llong),
           atomic_is_lock_free(&stack_top));
    return 0;
}
