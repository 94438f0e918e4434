/* _Thread_local variables: each thread increments its own copy of a
 * zero-initialised and a non-zero-initialised thread-local (int, long
 * long, double, array, struct) and reports the values back through its
 * return value; main's copies must be untouched by the workers.
 * Includes a static thread-local inside a function, addresses of
 * thread-locals differing between threads (compared, never printed),
 * and a thread-local pointer to thread-local data. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <pthread.h>

#define NT 5

static _Thread_local int tl_zero;
static _Thread_local long long tl_init = 1000000000000LL;
_Thread_local double tl_double = 2.5;
static _Thread_local int tl_array[4] = {1, 2, 3, 4};
struct point { int x, y; };
static _Thread_local struct point tl_point = {-7, 9};
static _Thread_local int *tl_ptr;
static _Thread_local const char *tl_name = "initial";

static int *shared_addr[NT + 1];
static pthread_barrier_t all_alive, may_exit;

__attribute__((noinline)) static int next_id(void) {
    static _Thread_local int calls = 100; /* function-local thread-local */
    return ++calls;
}

struct report {
    int zero, id_calls;
    long long init;
    double dbl;
    int arr_sum;
    struct point pt;
    int ptr_ok;
    const char *name;
};

static void *worker(void *arg) {
    int k = (int)(intptr_t)arg;
    for (int i = 0; i < 1000 * (k + 1); i++) tl_zero++;
    tl_init += k;
    tl_double *= (k + 1);
    for (int i = 0; i < 4; i++) tl_array[i] *= k + 2;
    tl_point.x += k;
    tl_point.y -= k;
    tl_ptr = &tl_zero;
    *tl_ptr += 1;
    static const char *names[] = {"t0", "t1", "t2", "t3", "t4"};
    tl_name = names[k];
    int last = 0;
    for (int i = 0; i <= k; i++) last = next_id();
    shared_addr[k] = &tl_zero; /* each thread stores its own copy's address */
    pthread_barrier_wait(&all_alive); /* all threads alive: main compares addresses */
    pthread_barrier_wait(&may_exit);
    struct report *r = malloc(sizeof *r);
    r->zero = tl_zero;
    r->init = tl_init;
    r->dbl = tl_double;
    r->arr_sum = tl_array[0] + tl_array[1] + tl_array[2] + tl_array[3];
    r->pt = tl_point;
    r->id_calls = last;
    r->ptr_ok = tl_ptr == &tl_zero;
    r->name = tl_name;
    return r;
}

int main(void) {
    tl_zero = -1; /* main's own copy */
    tl_name = "main";
    shared_addr[NT] = &tl_zero;
    pthread_t th[NT];
    pthread_barrier_init(&all_alive, NULL, NT + 1);
    pthread_barrier_init(&may_exit, NULL, NT + 1);
    for (int k = 0; k < NT; k++) pthread_create(&th[k], NULL, worker, (void *)(intptr_t)k);
    pthread_barrier_wait(&all_alive);
    int distinct = 1;
    for (int i = 0; i <= NT; i++)
        for (int j = i + 1; j <= NT; j++)
            if (shared_addr[i] == shared_addr[j]) distinct = 0;
    printf("all %d copies of tl_zero have distinct addresses: %d\n", NT + 1, distinct);
    pthread_barrier_wait(&may_exit);
    for (int k = 0; k < NT; k++) {
        void *res;
        pthread_join(th[k], &res);
        struct report *r = res;
        printf("thread %d: zero=%d init=%lld double=%g arr_sum=%d point={%d,%d} next_id=%d ptr_ok=%d name=%s\n",
               k, r->zero, r->init, r->dbl, r->arr_sum, r->pt.x, r->pt.y, r->id_calls, r->ptr_ok,
               r->name);
        free(r);
    }
    printf("main: zero=%d init=%lld double=%g arr={%d,%d,%d,%d} point={%d,%d} next_id=%d ptr=%s name=%s\n",
           tl_zero, tl_init, tl_double, tl_array[0], tl_array[1], tl_array[2], tl_array[3],
           tl_point.x, tl_point.y, next_id(), tl_ptr ? "set" : "NULL", tl_name);
    pthread_barrier_destroy(&all_alive);
    pthread_barrier_destroy(&may_exit);
    return 0;
}
