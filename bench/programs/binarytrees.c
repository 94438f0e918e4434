/* binarytrees (Benchmarks Game): allocate and walk many perfect binary trees with
 * malloc/free, plus one long-lived tree.
 * Usage: binarytrees SIZE [ITERATIONS]
 *   SIZE       the maximum tree depth (at least 6 is used, as in the original); work
 *              grows about 2x per step of SIZE (SIZE <= 30)
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout: the classic report lines (node counts per depth), from the last iteration. */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

struct node {
    struct node *left, *right;
};

static struct node *new_node(struct node *left, struct node *right)
{
    struct node *n = malloc(sizeof *n);
    if (!n) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    n->left = left;
    n->right = right;
    return n;
}

static struct node *bottom_up_tree(int depth)
{
    if (depth > 0)
        return new_node(bottom_up_tree(depth - 1), bottom_up_tree(depth - 1));
    return new_node(NULL, NULL);
}

static long item_check(const struct node *tree)
{
    if (tree->left == NULL)
        return 1;
    return 1 + item_check(tree->left) + item_check(tree->right);
}

static void delete_tree(struct node *tree)
{
    if (tree->left != NULL) {
        delete_tree(tree->left);
        delete_tree(tree->right);
    }
    free(tree);
}

/* Appends the report to buf (so that only the last iteration's report is printed). */
static int run(int max_depth, char *buf, size_t cap)
{
    int min_depth = 4;
    size_t len = 0;
    if (max_depth < min_depth + 2)
        max_depth = min_depth + 2;

    int stretch_depth = max_depth + 1;
    struct node *stretch = bottom_up_tree(stretch_depth);
    len += snprintf(buf + len, cap - len, "stretch tree of depth %d\t check: %ld\n",
                    stretch_depth, item_check(stretch));
    delete_tree(stretch);

    struct node *long_lived = bottom_up_tree(max_depth);

    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + min_depth);
        long check = 0;
        for (long i = 1; i <= iterations; i++) {
            struct node *t = bottom_up_tree(depth);
            check += item_check(t);
            delete_tree(t);
        }
        len += snprintf(buf + len, cap - len, "%ld\t trees of depth %d\t check: %ld\n",
                        iterations, depth, check);
    }
    len += snprintf(buf + len, cap - len, "long lived tree of depth %d\t check: %ld\n",
                    max_depth, item_check(long_lived));
    delete_tree(long_lived);
    return (int)len;
}

int main(int argc, char **argv)
{
    long max_depth, iterations;
    bench_parse_args(argc, argv, &max_depth, &iterations);
    if (max_depth > 30) {
        fprintf(stderr, "SIZE must be at most 30\n");
        return 2;
    }
    static char report[4096];
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        run((int)max_depth, report, sizeof report);
        bench_report_iteration(it, t0);
    }
    fputs(report, stdout);
    return 0;
}
