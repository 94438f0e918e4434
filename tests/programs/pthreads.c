/* POSIX threads: several worker threads computing partial sums of an
 * array, results returned both through a per-thread struct and through
 * pthread_join's return value; a mutex-protected shared counter hammered
 * by all threads; a condition-variable handshake (ping-pong between main
 * and a worker for a fixed number of rounds); a producer/consumer bounded
 * queue; pthread_once; thread-specific data via pthread_key_create.
 * Only main prints, after joining, so the output is deterministic. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <pthread.h>

#define NTHREADS 6
#define N 600000

static int64_t data[N];

struct part {
    int id;
    size_t begin, end;
    int64_t sum;
};

static void *partial_sum(void *arg) {
    struct part *p = arg;
    int64_t s = 0;
    for (size_t i = p->begin; i < p->end; i++) s += data[i];
    p->sum = s;
    return (void *)(intptr_t)(p->id * 1000 + 7); /* also returned via join */
}

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static long per_thread_increments[NTHREADS];

static void *bump(void *arg) {
    int id = (int)(intptr_t)arg;
    for (int i = 0; i < 20000; i++) {
        pthread_mutex_lock(&counter_lock);
        counter += 1 + (i & 1);
        pthread_mutex_unlock(&counter_lock);
        per_thread_increments[id]++;
    }
    return NULL;
}

/* ping-pong */
static pthread_mutex_t pp_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pp_cond = PTHREAD_COND_INITIALIZER;
static int turn; /* 0: main's turn, 1: worker's turn */
static int rounds_done;
static long pp_value;

static void *ponger(void *arg) {
    int rounds = *(int *)arg;
    for (int r = 0; r < rounds; r++) {
        pthread_mutex_lock(&pp_lock);
        while (turn != 1) pthread_cond_wait(&pp_cond, &pp_lock);
        pp_value = pp_value * 3 + 1; /* worker's move */
        rounds_done++;
        turn = 0;
        pthread_cond_signal(&pp_cond);
        pthread_mutex_unlock(&pp_lock);
    }
    return NULL;
}

/* bounded queue */
#define QCAP 8
static int queue[QCAP];
static int qhead, qtail, qcount;
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_not_empty = PTHREAD_COND_INITIALIZER, q_not_full = PTHREAD_COND_INITIALIZER;

static void q_push(int v) {
    pthread_mutex_lock(&q_lock);
    while (qcount == QCAP) pthread_cond_wait(&q_not_full, &q_lock);
    queue[qtail] = v;
    qtail = (qtail + 1) % QCAP;
    qcount++;
    pthread_cond_signal(&q_not_empty);
    pthread_mutex_unlock(&q_lock);
}
static int q_pop(void) {
    pthread_mutex_lock(&q_lock);
    while (qcount == 0) pthread_cond_wait(&q_not_empty, &q_lock);
    int v = queue[qhead];
    qhead = (qhead + 1) % QCAP;
    qcount--;
    pthread_cond_signal(&q_not_full);
    pthread_mutex_unlock(&q_lock);
    return v;
}
static void *producer(void *arg) {
    int n = *(int *)arg;
    for (int i = 1; i <= n; i++) q_push(i);
    q_push(-1); /* sentinel */
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    long *res = malloc(2 * sizeof *res);
    res[0] = res[1] = 0;
    for (;;) {
        int v = q_pop();
        if (v < 0) break;
        res[0] += v;
        res[1] = (res[1] * 31 + v) % 1000000007; /* order-sensitive: FIFO must hold */
    }
    return res;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_calls;
static void init_once(void) { once_calls++; }
static pthread_key_t key;
static int destructor_calls;
static pthread_mutex_t dlock = PTHREAD_MUTEX_INITIALIZER;
static void key_destructor(void *p) {
    pthread_mutex_lock(&dlock);
    destructor_calls++;
    pthread_mutex_unlock(&dlock);
    free(p);
}
static void *use_key(void *arg) {
    pthread_once(&once, init_once);
    int *slot = malloc(sizeof *slot);
    *slot = (int)(intptr_t)arg * 11;
    pthread_setspecific(key, slot);
    int *back = pthread_getspecific(key);
    return (void *)(intptr_t)(*back + 1);
}

int main(void) {
    for (size_t i = 0; i < N; i++) data[i] = (int64_t)((i * 2654435761u) % 1000003) - 500000;
    int64_t expect = 0;
    for (size_t i = 0; i < N; i++) expect += data[i];

    pthread_t th[NTHREADS];
    struct part parts[NTHREADS];
    for (int t = 0; t < NTHREADS; t++) {
        parts[t].id = t;
        parts[t].begin = (size_t)t * N / NTHREADS;
        parts[t].end = (size_t)(t + 1) * N / NTHREADS;
        if (pthread_create(&th[t], NULL, partial_sum, &parts[t]) != 0) return 1;
    }
    int64_t total = 0;
    for (int t = 0; t < NTHREADS; t++) {
        void *ret;
        pthread_join(th[t], &ret);
        printf("thread %d: sum=%lld ret=%ld\n", t, (long long)parts[t].sum, (long)(intptr_t)ret);
        total += parts[t].sum;
    }
    printf("total=%lld expected=%lld match=%d\n", (long long)total, (long long)expect, total == expect);

    void *(*fn)(void *) = bump; /* pthread_create with a function pointer variable */
    for (int t = 0; t < NTHREADS; t++) pthread_create(&th[t], NULL, fn, (void *)(intptr_t)t);
    for (int t = 0; t < NTHREADS; t++) pthread_join(th[t], NULL);
    long inc = 0;
    for (int t = 0; t < NTHREADS; t++) inc += per_thread_increments[t];
    printf("mutex counter=%ld (expected %d) increments=%ld\n", counter, NTHREADS * 30000, inc);

    int rounds = 500;
    pthread_t pt;
    pthread_create(&pt, NULL, ponger, &rounds);
    for (int r = 0; r < rounds; r++) {
        pthread_mutex_lock(&pp_lock);
        while (turn != 0) pthread_cond_wait(&pp_cond, &pp_lock);
        pp_value = (pp_value + r) % 1000003; /* main's move */
        turn = 1;
        pthread_cond_signal(&pp_cond);
        pthread_mutex_unlock(&pp_lock);
    }
    pthread_mutex_lock(&pp_lock);
    while (turn != 0) pthread_cond_wait(&pp_cond, &pp_lock);
    pthread_mutex_unlock(&pp_lock);
    pthread_join(pt, NULL);
    printf("ping-pong rounds=%d value=%ld\n", rounds_done, pp_value);

    int items = 5000;
    pthread_t prod, cons;
    pthread_create(&cons, NULL, consumer, NULL);
    pthread_create(&prod, NULL, producer, &items);
    void *res;
    pthread_join(prod, NULL);
    pthread_join(cons, &res);
    long *r = res;
    printf("queue: sum=%ld ordered-hash=%ld\n", r[0], r[1]);
    free(r);

    pthread_key_create(&key, key_destructor);
    long ksum = 0;
    for (int t = 0; t < 4; t++) pthread_create(&th[t], NULL, use_key, (void *)(intptr_t)(t + 1));
    for (int t = 0; t < 4; t++) {
        void *kr;
        pthread_join(th[t], &kr);
        ksum += (long)(intptr_t)kr;
    }
    printf("keys: sum=%ld once_calls=%d destructor_calls=%d main sees %s\n", ksum, once_calls,
           destructor_calls, pthread_getspecific(key) == NULL ? "NULL" : "value");
    pthread_key_delete(key);
    return 0;
}
