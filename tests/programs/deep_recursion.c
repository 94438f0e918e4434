/* Deep recursion: a non-tail-recursive walk over a 100,000-node linked
 * list, i.e. 100,000 nested frames. A volatile store after the recursive
 * call keeps -O2 from turning the recursion into a loop; the frame is
 * small so the whole thing fits comfortably in an 8 MB stack. A second,
 * mutually recursive pair goes 100,000 deep as well. */
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 100000

struct link {
    struct link *next;
    int val;
};

static volatile unsigned long probe;   /* opaque side effect */
static volatile unsigned max_depth;

__attribute__((noinline)) static long walk(const struct link *l, unsigned depth) {
    if (!l) {
        max_depth = depth;
        return 0;
    }
    long r = walk(l->next, depth + 1);
    probe = probe + (unsigned long)l->val; /* happens after the call returns */
    return r + (long)l->val * (long)(depth & 7);
}

static long pong(unsigned n);
__attribute__((noinline)) static long ping(unsigned n) {
    if (n == 0) return 0;
    long r = pong(n - 1);
    probe = probe * 3 + n;
    return r + (n & 3);
}
__attribute__((noinline)) static long pong(unsigned n) {
    if (n == 0) return 1;
    long r = ping(n - 1);
    probe = probe + n;
    return r * 1 + (n % 5);
}

int main(void) {
    struct link *nodes = malloc(DEPTH * sizeof *nodes);
    if (!nodes) return 1;
    for (int i = 0; i < DEPTH; i++) {
        nodes[i].next = i + 1 < DEPTH ? &nodes[i + 1] : NULL;
        nodes[i].val = (i * 37) % 1000 - 500;
    }
    long total = walk(nodes, 0);
    printf("walk: depth=%u total=%ld probe=%lu\n", max_depth, total, probe);
    /* second time, starting half-way */
    probe = 0;
    total = walk(&nodes[DEPTH / 2], 0);
    printf("walk half: depth=%u total=%ld probe=%lu\n", max_depth, total, probe);
    probe = 0;
    long pp = ping(DEPTH);
    printf("ping/pong: %ld probe=%lu\n", pp, probe);
    free(nodes);
    return 0;
}
