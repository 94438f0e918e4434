/* Ordinary recursion: naive Fibonacci, Ackermann (small arguments),
 * mutual recursion, Towers of Hanoi, permutation generation with
 * backtracking (N-queens), recursive descent over a binary tree built
 * on the heap, recursive struct-returning function, and a recursive
 * function called through a function pointer. */
#include <stdio.h>
#include <stdlib.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static unsigned long ack(unsigned long m, unsigned long n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long hanoi_moves;
static unsigned long hanoi_hash;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi_hash = hanoi_hash * 31 + (unsigned long)(from * 3 + to);
    hanoi(n - 1, via, to, from);
}

static int queens(int row, int n, int *cols) {
    if (row == n) return 1;
    int count = 0;
    for (int c = 0; c < n; c++) {
        int ok = 1;
        for (int r = 0; r < row; r++)
            if (cols[r] == c || abs(cols[r] - c) == row - r) {
                ok = 0;
                break;
            }
        if (ok) {
            cols[row] = c;
            count += queens(row + 1, n, cols);
        }
    }
    return count;
}

struct node { int key; struct node *left, *right; };
static struct node *insert(struct node *t, int key) {
    if (!t) {
        t = malloc(sizeof *t);
        t->key = key;
        t->left = t->right = NULL;
    } else if (key < t->key)
        t->left = insert(t->left, key);
    else if (key > t->key)
        t->right = insert(t->right, key);
    return t;
}
static int height(const struct node *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static void inorder(const struct node *t, unsigned long *acc, int *count) {
    if (!t) return;
    inorder(t->left, acc, count);
    *acc = *acc * 7 + (unsigned long)t->key;
    (*count)++;
    inorder(t->right, acc, count);
}
static void free_tree(struct node *t) {
    if (!t) return;
    free_tree(t->left);
    free_tree(t->right);
    free(t);
}

struct mm { long min, max; };
static struct mm minmax(const int *a, int n) {
    if (n == 1) return (struct mm){a[0], a[0]};
    struct mm l = minmax(a, n / 2), r = minmax(a + n / 2, n - n / 2);
    return (struct mm){l.min < r.min ? l.min : r.min, l.max > r.max ? l.max : r.max};
}

static long (*fib_ptr)(int) = fib;

static void permute(char *s, int k, int n, int *count, unsigned *hash) {
    if (k == n) {
        (*count)++;
        for (int i = 0; i < n; i++) *hash = *hash * 131 + (unsigned char)s[i];
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n, count, hash);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

int main(void) {
    for (int i = 0; i <= 25; i += 5) printf("fib(%d)=%ld ", i, fib(i));
    printf("\nfib via pointer(27)=%ld\n", fib_ptr(27));
    for (unsigned long m = 0; m <= 3; m++)
        for (unsigned long n = 0; n <= 4; n++)
            printf("ack(%lu,%lu)=%lu%s", m, n, ack(m, n), n == 4 ? "\n" : " ");
    printf("ack(2,3)=%lu ack(3,5)=%lu\n", ack(2, 3), ack(3, 5));
    printf("even(1000)=%d odd(777)=%d even(12345)=%d\n", is_even(1000), is_odd(777), is_even(12345));
    hanoi(16, 1, 3, 2);
    printf("hanoi(16): moves=%ld hash=%lu\n", hanoi_moves, hanoi_hash);
    int cols[10];
    for (int n = 4; n <= 9; n++) printf("queens(%d)=%d ", n, queens(0, n, cols));
    printf("\n");
    struct node *root = NULL;
    unsigned x = 99;
    for (int i = 0; i < 2000; i++) {
        x = x * 1103515245u + 12345u;
        root = insert(root, (int)(x >> 16) % 5000);
    }
    unsigned long acc = 0;
    int count = 0;
    inorder(root, &acc, &count);
    printf("tree: unique=%d height=%d hash=%lu\n", count, height(root), acc);
    free_tree(root);
    int arr[37];
    for (int i = 0; i < 37; i++) arr[i] = (i * 7919) % 101 - 50;
    struct mm r = minmax(arr, 37);
    printf("minmax: %ld %ld\n", r.min, r.max);
    char s[] = "abcdefg";
    int pc = 0;
    unsigned ph = 0;
    permute(s, 0, 7, &pc, &ph);
    printf("permutations=%d hash=%u s=%s\n", pc, ph, s);
    return 0;
}
