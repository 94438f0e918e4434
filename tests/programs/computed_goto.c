/* Computed goto (GNU labels-as-values): a small stack-based bytecode
 * interpreter whose dispatch table is a static array of &&label
 * addresses (threaded code, goto *dispatch[op]), running programs built
 * by a tiny two-pass assembler: a counting loop, recursive factorial via
 * CALL/RET, Collatz, a trial-division prime counter. Also a table of label
 * differences (relative offsets) and goto *ptr to a label chosen from
 * data inside a loop. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

enum op {
    OP_PUSH, OP_POP, OP_DUP, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_LT, OP_EQ,
    OP_LOAD, OP_STORE, OP_JMP, OP_JZ, OP_CALL, OP_RET, OP_PRINT, OP_HALT, OP_COUNT
};

struct vm_result { long top; long steps; int depth; };

static struct vm_result run(const long *code, long *vars) {
    static const void *const dispatch[OP_COUNT] = {
        [OP_PUSH] = &&do_push, [OP_POP] = &&do_pop,     [OP_DUP] = &&do_dup,
        [OP_ADD] = &&do_add,   [OP_SUB] = &&do_sub,     [OP_MUL] = &&do_mul,
        [OP_DIV] = &&do_div,   [OP_MOD] = &&do_mod,     [OP_LT] = &&do_lt,
        [OP_EQ] = &&do_eq,     [OP_LOAD] = &&do_load,   [OP_STORE] = &&do_store,
        [OP_JMP] = &&do_jmp,   [OP_JZ] = &&do_jz,       [OP_CALL] = &&do_call,
        [OP_RET] = &&do_ret,   [OP_PRINT] = &&do_print, [OP_HALT] = &&do_halt};
    long stack[256];
    long rstack[64];
    int sp = 0, rsp = 0;
    long pc = 0, steps = 0;
#define NEXT                                                              \
    do {                                                                  \
        steps++;                                                          \
        if (sp < 0 || sp > 250 || rsp < 0 || rsp > 60) goto do_fault;     \
        goto *dispatch[code[pc++]];                                       \
    } while (0)
    NEXT;
do_push:
    stack[sp++] = code[pc++];
    NEXT;
do_pop:
    sp--;
    NEXT;
do_dup:
    stack[sp] = stack[sp - 1];
    sp++;
    NEXT;
do_add:
    sp--;
    stack[sp - 1] += stack[sp];
    NEXT;
do_sub:
    sp--;
    stack[sp - 1] -= stack[sp];
    NEXT;
do_mul:
    sp--;
    stack[sp - 1] *= stack[sp];
    NEXT;
do_div:
    sp--;
    stack[sp - 1] /= stack[sp];
    NEXT;
do_mod:
    sp--;
    stack[sp - 1] %= stack[sp];
    NEXT;
do_lt:
    sp--;
    stack[sp - 1] = stack[sp - 1] < stack[sp];
    NEXT;
do_eq:
    sp--;
    stack[sp - 1] = stack[sp - 1] == stack[sp];
    NEXT;
do_load:
    stack[sp++] = vars[code[pc++]];
    NEXT;
do_store:
    vars[code[pc++]] = stack[--sp];
    NEXT;
do_jmp:
    pc = code[pc];
    NEXT;
do_jz:
    pc = stack[--sp] == 0 ? code[pc] : pc + 1;
    NEXT;
do_call:
    rstack[rsp++] = pc + 1;
    pc = code[pc];
    NEXT;
do_ret:
    pc = rstack[--rsp];
    NEXT;
do_print:
    printf("  vm print: %ld\n", stack[--sp]);
    NEXT;
do_fault:
    printf("  vm fault at pc=%ld\n", pc);
    exit(1);
do_halt:;
#undef NEXT
    struct vm_result r = {sp ? stack[sp - 1] : 0, steps, sp};
    return r;
}

/* two-pass assembler */
struct assembler {
    long code[512];
    int n;
    int label_at[32];
    int fix_pos[128], fix_label[128], nfix;
};
static void op0(struct assembler *a, enum op o) { a->code[a->n++] = o; }
static void op1(struct assembler *a, enum op o, long arg) {
    a->code[a->n++] = o;
    a->code[a->n++] = arg;
}
static void jump(struct assembler *a, enum op o, int label) {
    a->code[a->n++] = o;
    a->fix_pos[a->nfix] = a->n;
    a->fix_label[a->nfix++] = label;
    a->code[a->n++] = -1;
}
static void here(struct assembler *a, int label) { a->label_at[label] = a->n; }
static void resolve(struct assembler *a) {
    for (int i = 0; i < a->nfix; i++) a->code[a->fix_pos[i]] = a->label_at[a->fix_label[i]];
}

/* label differences relative to a base label: position independent table */
static int relative_dispatch(const unsigned char *ops, int n) {
    static const int offsets[] = {&&r_inc - &&r_inc, &&r_dbl - &&r_inc, &&r_neg - &&r_inc,
                                  &&r_end - &&r_inc};
    int acc = 1, i = 0;
    goto *(&&r_inc + offsets[ops[i]]);
r_inc:
    acc += 1;
    goto next;
r_dbl:
    acc *= 2;
    goto next;
r_neg:
    acc = -acc;
    goto next;
next:
    if (++i < n) goto *(&&r_inc + offsets[ops[i]]);
r_end:
    return acc;
}

int main(void) {
    long vars[8] = {0};
    struct assembler a;
    struct vm_result r;

    /* 1: s = 0; for (i = 1; i <= 1000; i++) s += i; print s */
    a.n = a.nfix = 0;
    op1(&a, OP_PUSH, 0); op1(&a, OP_STORE, 0);
    op1(&a, OP_PUSH, 1); op1(&a, OP_STORE, 1);
    here(&a, 0);
    op1(&a, OP_LOAD, 1); op1(&a, OP_PUSH, 1001); op0(&a, OP_LT); jump(&a, OP_JZ, 1);
    op1(&a, OP_LOAD, 0); op1(&a, OP_LOAD, 1); op0(&a, OP_ADD); op1(&a, OP_STORE, 0);
    op1(&a, OP_LOAD, 1); op1(&a, OP_PUSH, 1); op0(&a, OP_ADD); op1(&a, OP_STORE, 1);
    jump(&a, OP_JMP, 0);
    here(&a, 1);
    op1(&a, OP_LOAD, 0); op0(&a, OP_DUP); op0(&a, OP_PRINT); op0(&a, OP_HALT);
    resolve(&a);
    r = run(a.code, vars);
    printf("sum: top=%ld steps=%ld depth=%d (expect 500500)\n", r.top, r.steps, r.depth);

    /* 2: recursive factorial: fact(n) = n < 2 ? 1 : n * fact(n - 1) */
    a.n = a.nfix = 0;
    op1(&a, OP_PUSH, 20); jump(&a, OP_CALL, 0); op0(&a, OP_PRINT);
    op1(&a, OP_PUSH, 10); jump(&a, OP_CALL, 0); op0(&a, OP_HALT);
    here(&a, 0);
    op0(&a, OP_DUP); op1(&a, OP_PUSH, 2); op0(&a, OP_LT); jump(&a, OP_JZ, 1);
    op0(&a, OP_POP); op1(&a, OP_PUSH, 1); op0(&a, OP_RET);
    here(&a, 1);
    op0(&a, OP_DUP); op1(&a, OP_PUSH, 1); op0(&a, OP_SUB); jump(&a, OP_CALL, 0);
    op0(&a, OP_MUL); op0(&a, OP_RET);
    resolve(&a);
    r = run(a.code, vars);
    printf("fact: top=%ld steps=%ld depth=%d (expect 3628800)\n", r.top, r.steps, r.depth);

    /* 3: Collatz steps for n = 27 (n in var 2, steps in var 3) */
    a.n = a.nfix = 0;
    op1(&a, OP_PUSH, 27); op1(&a, OP_STORE, 2);
    op1(&a, OP_PUSH, 0); op1(&a, OP_STORE, 3);
    here(&a, 0);
    op1(&a, OP_PUSH, 1); op1(&a, OP_LOAD, 2); op0(&a, OP_LT); jump(&a, OP_JZ, 3);
    op1(&a, OP_LOAD, 2); op1(&a, OP_PUSH, 2); op0(&a, OP_MOD); jump(&a, OP_JZ, 1);
    op1(&a, OP_LOAD, 2); op1(&a, OP_PUSH, 3); op0(&a, OP_MUL); op1(&a, OP_PUSH, 1);
    op0(&a, OP_ADD); op1(&a, OP_STORE, 2); jump(&a, OP_JMP, 2);
    here(&a, 1);
    op1(&a, OP_LOAD, 2); op1(&a, OP_PUSH, 2); op0(&a, OP_DIV); op1(&a, OP_STORE, 2);
    here(&a, 2);
    op1(&a, OP_LOAD, 3); op1(&a, OP_PUSH, 1); op0(&a, OP_ADD); op1(&a, OP_STORE, 3);
    jump(&a, OP_JMP, 0);
    here(&a, 3);
    op1(&a, OP_LOAD, 3); op0(&a, OP_PRINT); op0(&a, OP_HALT);
    resolve(&a);
    r = run(a.code, vars);
    printf("collatz: steps=%ld depth=%d (expect print 111)\n", r.steps, r.depth);

    /* 4: count primes below 3000 by trial division
     * var4 = n, var5 = d, var6 = count, var7 = isprime */
    a.n = a.nfix = 0;
    op1(&a, OP_PUSH, 0); op1(&a, OP_STORE, 6);
    op1(&a, OP_PUSH, 2); op1(&a, OP_STORE, 4);
    here(&a, 0); /* outer loop */
    op1(&a, OP_LOAD, 4); op1(&a, OP_PUSH, 3000); op0(&a, OP_LT); jump(&a, OP_JZ, 9);
    op1(&a, OP_PUSH, 1); op1(&a, OP_STORE, 7);
    op1(&a, OP_PUSH, 2); op1(&a, OP_STORE, 5);
    here(&a, 1); /* inner loop: while d*d < n+1 */
    op1(&a, OP_LOAD, 5); op0(&a, OP_DUP); op0(&a, OP_MUL); op1(&a, OP_LOAD, 4);
    op1(&a, OP_PUSH, 1); op0(&a, OP_ADD); op0(&a, OP_LT); jump(&a, OP_JZ, 3);
    op1(&a, OP_LOAD, 4); op1(&a, OP_LOAD, 5); op0(&a, OP_MOD); jump(&a, OP_JZ, 2);
    op1(&a, OP_LOAD, 5); op1(&a, OP_PUSH, 1); op0(&a, OP_ADD); op1(&a, OP_STORE, 5);
    jump(&a, OP_JMP, 1);
    here(&a, 2); /* divisible */
    op1(&a, OP_PUSH, 0); op1(&a, OP_STORE, 7);
    here(&a, 3); /* end inner */
    op1(&a, OP_LOAD, 6); op1(&a, OP_LOAD, 7); op0(&a, OP_ADD); op1(&a, OP_STORE, 6);
    op1(&a, OP_LOAD, 4); op1(&a, OP_PUSH, 1); op0(&a, OP_ADD); op1(&a, OP_STORE, 4);
    jump(&a, OP_JMP, 0);
    here(&a, 9);
    op1(&a, OP_LOAD, 6); op0(&a, OP_PRINT);
    op1(&a, OP_LOAD, 4); op1(&a, OP_LOAD, 6); op0(&a, OP_EQ); op0(&a, OP_HALT);
    resolve(&a);
    r = run(a.code, vars);
    printf("primes: steps=%ld depth=%d top=%ld (expect print 430)\n", r.steps, r.depth, r.top);

    const unsigned char ops[] = {0, 1, 1, 2, 0, 1, 0, 0, 1, 2, 3, 1, 1};
    printf("relative_dispatch=%d\n", relative_dispatch(ops, sizeof ops));
    const unsigned char ops2[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0};
    printf("relative_dispatch2=%d\n", relative_dispatch(ops2, sizeof ops2));

    /* goto *ptr chosen from data in a loop */
    static const void *const targets[] = {&&t_a, &&t_b, &&t_c};
    uint32_t h = 0;
    for (int i = 0; i < 30; i++) {
        goto *targets[(i * 7) % 3];
    t_a:
        h = h * 3 + 1;
        continue;
    t_b:
        h = h * 5 + 2;
        continue;
    t_c:
        h ^= h >> 3;
    }
    printf("goto ptr hash=%u\n", h);
    return 0;
}
