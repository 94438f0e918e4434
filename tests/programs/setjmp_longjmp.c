/* setjmp/longjmp: basic return values (including longjmp(env, 0) which
 * must make setjmp return 1), longjmp across several stack frames, nested
 * jump buffers (an inner handler that re-throws to an outer one), volatile
 * locals modified between setjmp and longjmp keep their new values, a
 * try/catch emulation with a handler stack, longjmp out of a qsort
 * callback, and sigsetjmp/siglongjmp. */
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>
#include <string.h>

static jmp_buf env_main;
static int frames_entered, frames_left;

__attribute__((noinline)) static void dive(int depth, int throw_at) {
    frames_entered++;
    char pad[64];
    memset(pad, depth, sizeof pad);
    if (depth == throw_at) longjmp(env_main, depth * 10 + pad[5]);
    dive(depth + 1, throw_at);
    frames_left++; /* never reached when throwing */
}

/* exception-like handler stack */
#define MAX_HANDLERS 8
static jmp_buf *handlers[MAX_HANDLERS];
static int nhandlers;
static const char *exc_msg;

static void throw_exc(int code, const char *msg) {
    exc_msg = msg;
    longjmp(*handlers[nhandlers - 1], code);
}

__attribute__((noinline)) static int parse_digit(char c) {
    if (c < '0' || c > '9') throw_exc(2, "not a digit");
    return c - '0';
}

__attribute__((noinline)) static int parse_number(const char *s) {
    int v = 0;
    if (!*s) throw_exc(3, "empty");
    for (; *s; s++) {
        v = v * 10 + parse_digit(*s);
        if (v > 100000) throw_exc(4, "too large");
    }
    return v;
}

static int try_parse(const char *s, int *out) {
    jmp_buf h;
    handlers[nhandlers++] = &h;
    int code = setjmp(h);
    if (code == 0) {
        *out = parse_number(s);
        nhandlers--;
        return 0;
    }
    nhandlers--;
    return code;
}

/* inner handler catches only code 2 and re-throws others to the outer */
static int nested(const char *s) {
    jmp_buf inner;
    volatile int result = -1;
    handlers[nhandlers++] = &inner;
    int code = setjmp(inner);
    if (code == 0) {
        result = parse_number(s);
        nhandlers--;
    } else {
        nhandlers--;
        if (code == 2) {
            printf("  inner caught %d (%s)\n", code, exc_msg);
            result = -2;
        } else {
            printf("  inner rethrows %d\n", code);
            throw_exc(code, exc_msg);
        }
    }
    return result;
}

static jmp_buf cmp_env;
static int cmp_calls;
static int cmp_abort_after(const void *a, const void *b) {
    if (++cmp_calls == 25) longjmp(cmp_env, 7);
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void) {
    /* basic */
    jmp_buf b;
    volatile int counter = 0;
    int rv = setjmp(b);
    counter++;
    printf("setjmp returned %d, counter=%d\n", rv, counter);
    if (rv == 0) longjmp(b, 0); /* returns 1 */
    if (rv == 1) longjmp(b, 42);

    /* across frames */
    for (int target = 1; target <= 20; target += 6) {
        frames_entered = frames_left = 0;
        int r = setjmp(env_main);
        if (r == 0) {
            dive(0, target);
            printf("not reached\n");
        } else {
            printf("longjmp from depth %d: value=%d entered=%d left=%d\n", target, r,
                   frames_entered, frames_left);
        }
    }

    /* volatile locals preserved */
    jmp_buf vb;
    volatile int vi = 1;
    volatile double vd = 1.5;
    volatile long vl = 100;
    volatile char arr[4] = "abc"; /* must be volatile too, or its value is indeterminate */
    if (setjmp(vb) == 0) {
        vi = 2;
        vd = 2.5;
        vl = 200;
        arr[0] = 'X';
        longjmp(vb, 1);
    }
    printf("after longjmp: vi=%d vd=%g vl=%ld arr=%c%c%c\n", vi, vd, vl, arr[0], arr[1], arr[2]);

    /* try/catch emulation */
    const char *inputs[] = {"123", "98x", "", "9999999", "42"};
    jmp_buf outer;
    for (int i = 0; i < 5; i++) {
        int v = 0;
        int code = try_parse(inputs[i], &v);
        if (code)
            printf("parse(\"%s\") failed: code %d (%s)\n", inputs[i], code, exc_msg);
        else
            printf("parse(\"%s\") = %d\n", inputs[i], v);
    }
    for (int i = 0; i < 5; i++) {
        handlers[nhandlers++] = &outer;
        volatile int code = setjmp(outer);
        if (code == 0) {
            int r = nested(inputs[i]);
            printf("nested(\"%s\") = %d\n", inputs[i], r);
        } else {
            printf("outer caught %d (%s) for \"%s\"\n", code, exc_msg, inputs[i]);
        }
        nhandlers = 0;
    }

    /* escape from qsort */
    int data[40];
    for (int i = 0; i < 40; i++) data[i] = (i * 17) % 40;
    if (setjmp(cmp_env) == 0) {
        qsort(data, 40, sizeof data[0], cmp_abort_after);
        printf("qsort finished?\n");
    } else {
        printf("escaped from qsort after %d comparisons\n", cmp_calls);
    }

    /* sigsetjmp / siglongjmp */
    sigjmp_buf sb;
    volatile int rounds = 0;
    int sr = sigsetjmp(sb, 1);
    if (sr < 5) {
        rounds++;
        siglongjmp(sb, sr + 1);
    }
    printf("sigsetjmp final=%d rounds=%d\n", sr, rounds);
    return 0;
}
