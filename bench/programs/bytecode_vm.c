/* bytecode_vm: a stack-based bytecode interpreter with switch dispatch (a `switch` inside
 * a loop, deliberately not computed goto), running a small program assembled at start-up.
 * The program's outer loop runs SIZE times; each pass updates a rolling hash, tests a
 * number for primality by trial division in a subroutine (CALL/RET), and runs a few
 * Collatz steps, exercising loads/stores of locals, arithmetic, comparisons and branches.
 * Usage: bytecode_vm SIZE [ITERATIONS]
 *   SIZE       iterations of the interpreted program's outer loop
 *   ITERATIONS repetitions of the whole workload in-process (default 1); after each,
 *              "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): the values the program printed (hash, prime count, Collatz
 * total) and the number of instructions the VM executed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

enum op {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_INC, OP_DUP, OP_POP, OP_SWAP,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR,
    OP_LT, OP_LE, OP_EQ, OP_NE, OP_NOT,
    OP_JMP, OP_JZ, OP_JNZ, OP_CALL, OP_RET, OP_PRINT,
};

#define CODE_MAX 512
#define MAX_LABELS 32
#define STACK_MAX 256
#define FRAMES_MAX 64
#define NLOCALS 16
#define OUT_MAX 16

/* ---- a tiny assembler with labels ---- */
struct asm_state {
    int64_t code[CODE_MAX];
    int len;
    int label_pos[MAX_LABELS];
    int fixup_at[CODE_MAX], fixup_label[CODE_MAX], nfixups;
};

static void emit(struct asm_state *a, int64_t v)
{
    if (a->len >= CODE_MAX) {
        fprintf(stderr, "code too long\n");
        exit(1);
    }
    a->code[a->len++] = v;
}
static void op0(struct asm_state *a, enum op o) { emit(a, o); }
static void op1(struct asm_state *a, enum op o, int64_t arg) { emit(a, o); emit(a, arg); }
static void jump(struct asm_state *a, enum op o, int label)
{
    emit(a, o);
    a->fixup_at[a->nfixups] = a->len;
    a->fixup_label[a->nfixups++] = label;
    emit(a, -1);
}
static void label(struct asm_state *a, int l) { a->label_pos[l] = a->len; }
static void link_labels(struct asm_state *a)
{
    for (int i = 0; i < a->nfixups; i++)
        a->code[a->fixup_at[i]] = a->label_pos[a->fixup_label[i]];
}

/* locals */
enum { V_I, V_N, V_ACC, V_PRIMES, V_J, V_X, V_ISP, V_C, V_STEPS, V_K };
/* labels */
enum { L_LOOP, L_END, L_ISPRIME, L_PLOOP, L_PNOT, L_PDONE, L_CLOOP, L_CODD, L_CNEXT, L_CDONE };

static void assemble(struct asm_state *a, int64_t n)
{
    a->len = 0;
    a->nfixups = 0;
    for (int i = 0; i < MAX_LABELS; i++)
        a->label_pos[i] = -1;

    /* i = 0; n = SIZE; acc = 5381; primes = 0; steps = 0 */
    op1(a, OP_PUSH, 0);    op1(a, OP_STORE, V_I);
    op1(a, OP_PUSH, n);    op1(a, OP_STORE, V_N);
    op1(a, OP_PUSH, 5381); op1(a, OP_STORE, V_ACC);
    op1(a, OP_PUSH, 0);    op1(a, OP_STORE, V_PRIMES);
    op1(a, OP_PUSH, 0);    op1(a, OP_STORE, V_STEPS);
    label(a, L_LOOP);
    /* while (i < n) */
    op1(a, OP_LOAD, V_I); op1(a, OP_LOAD, V_N); op0(a, OP_LT); jump(a, OP_JZ, L_END);
    /* acc = ((acc << 5) + acc) ^ i) & 0xffffffff */
    op1(a, OP_LOAD, V_ACC); op1(a, OP_PUSH, 5); op0(a, OP_SHL);
    op1(a, OP_LOAD, V_ACC); op0(a, OP_ADD);
    op1(a, OP_LOAD, V_I); op0(a, OP_XOR);
    op1(a, OP_PUSH, 0xffffffff); op0(a, OP_AND); op1(a, OP_STORE, V_ACC);
    /* x = i % 1000 + 2; primes += isprime(x) */
    op1(a, OP_LOAD, V_I); op1(a, OP_PUSH, 1000); op0(a, OP_MOD); op1(a, OP_PUSH, 2); op0(a, OP_ADD);
    op1(a, OP_STORE, V_X);
    jump(a, OP_CALL, L_ISPRIME);
    op1(a, OP_LOAD, V_PRIMES); op0(a, OP_ADD); op1(a, OP_STORE, V_PRIMES);
    /* c = acc % 97 + 1; k = 0; up to 8 Collatz steps while c != 1 */
    op1(a, OP_LOAD, V_ACC); op1(a, OP_PUSH, 97); op0(a, OP_MOD); op1(a, OP_PUSH, 1); op0(a, OP_ADD);
    op1(a, OP_STORE, V_C);
    op1(a, OP_PUSH, 0); op1(a, OP_STORE, V_K);
    label(a, L_CLOOP);
    op1(a, OP_LOAD, V_C); op1(a, OP_PUSH, 1); op0(a, OP_NE);
    op1(a, OP_LOAD, V_K); op1(a, OP_PUSH, 8); op0(a, OP_LT); op0(a, OP_AND);
    jump(a, OP_JZ, L_CDONE);
    op1(a, OP_LOAD, V_C); op1(a, OP_PUSH, 1); op0(a, OP_AND); jump(a, OP_JNZ, L_CODD);
    op1(a, OP_LOAD, V_C); op1(a, OP_PUSH, 2); op0(a, OP_DIV); op1(a, OP_STORE, V_C);
    jump(a, OP_JMP, L_CNEXT);
    label(a, L_CODD);
    op1(a, OP_LOAD, V_C); op1(a, OP_PUSH, 3); op0(a, OP_MUL); op1(a, OP_PUSH, 1); op0(a, OP_ADD);
    op1(a, OP_STORE, V_C);
    label(a, L_CNEXT);
    op1(a, OP_INC, V_K); op1(a, OP_INC, V_STEPS);
    jump(a, OP_JMP, L_CLOOP);
    label(a, L_CDONE);
    /* i++ */
    op1(a, OP_INC, V_I);
    jump(a, OP_JMP, L_LOOP);
    label(a, L_END);
    op1(a, OP_LOAD, V_ACC); op0(a, OP_PRINT);
    op1(a, OP_LOAD, V_PRIMES); op0(a, OP_PRINT);
    op1(a, OP_LOAD, V_STEPS); op0(a, OP_PRINT);
    op0(a, OP_HALT);

    /* isprime(x): pushes 1 if x is prime, else 0 (x >= 2) */
    label(a, L_ISPRIME);
    op1(a, OP_PUSH, 2); op1(a, OP_STORE, V_J);
    op1(a, OP_PUSH, 1); op1(a, OP_STORE, V_ISP);
    label(a, L_PLOOP);
    op1(a, OP_LOAD, V_J); op0(a, OP_DUP); op0(a, OP_MUL); op1(a, OP_LOAD, V_X); op0(a, OP_LE);
    jump(a, OP_JZ, L_PDONE);
    op1(a, OP_LOAD, V_X); op1(a, OP_LOAD, V_J); op0(a, OP_MOD); jump(a, OP_JNZ, L_PNOT);
    op1(a, OP_PUSH, 0); op1(a, OP_STORE, V_ISP);
    jump(a, OP_JMP, L_PDONE);
    label(a, L_PNOT);
    op1(a, OP_INC, V_J);
    jump(a, OP_JMP, L_PLOOP);
    label(a, L_PDONE);
    op1(a, OP_LOAD, V_ISP);
    op0(a, OP_RET);

    link_labels(a);
}

/* ---- the interpreter ---- */
static void vm_fail(const char *msg, long pc)
{
    fprintf(stderr, "vm error at pc %ld: %s\n", pc, msg);
    exit(1);
}

static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

/* Runs code; writes printed values to out; returns the number of instructions executed. */
static uint64_t run_vm(const int64_t *code, int code_len, int64_t *out, int *nout)
{
    int64_t stack[STACK_MAX];
    long frames[FRAMES_MAX];
    int64_t locals[NLOCALS] = {0};
    int sp = 0, fp = 0;
    long pc = 0;
    uint64_t executed = 0;
    *nout = 0;

#define NEED(k) do { if (sp < (k)) vm_fail("stack underflow", pc); } while (0)
#define ROOM() do { if (sp >= STACK_MAX) vm_fail("stack overflow", pc); } while (0)
#define ARG() (code[pc++])
#define BINOP(expr) do { NEED(2); int64_t b = stack[--sp]; int64_t a = stack[sp - 1]; \
                         stack[sp - 1] = (expr); } while (0)

    for (;;) {
        if (pc < 0 || pc >= code_len)
            vm_fail("pc out of range", pc);
        executed++;
        int64_t op = code[pc++];
        switch (op) {
        case OP_HALT:
            return executed;
        case OP_PUSH: ROOM(); stack[sp++] = ARG(); break;
        case OP_LOAD: {
            int64_t slot = ARG();
            if (slot < 0 || slot >= NLOCALS) vm_fail("bad local", pc);
            ROOM(); stack[sp++] = locals[slot];
            break;
        }
        case OP_STORE: {
            int64_t slot = ARG();
            if (slot < 0 || slot >= NLOCALS) vm_fail("bad local", pc);
            NEED(1); locals[slot] = stack[--sp];
            break;
        }
        case OP_INC: {
            int64_t slot = ARG();
            if (slot < 0 || slot >= NLOCALS) vm_fail("bad local", pc);
            locals[slot] = wrap_add(locals[slot], 1);
            break;
        }
        case OP_DUP: NEED(1); ROOM(); stack[sp] = stack[sp - 1]; sp++; break;
        case OP_POP: NEED(1); sp--; break;
        case OP_SWAP: { NEED(2); int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OP_ADD: BINOP(wrap_add(a, b)); break;
        case OP_SUB: BINOP(wrap_sub(a, b)); break;
        case OP_MUL: BINOP(wrap_mul(a, b)); break;
        case OP_DIV:
            NEED(2);
            if (stack[sp - 1] == 0) vm_fail("division by zero", pc);
            BINOP(b == -1 ? wrap_sub(0, a) : a / b);
            break;
        case OP_MOD:
            NEED(2);
            if (stack[sp - 1] == 0) vm_fail("division by zero", pc);
            BINOP(b == -1 ? 0 : a % b);
            break;
        case OP_AND: BINOP(a & b); break;
        case OP_OR: BINOP(a | b); break;
        case OP_XOR: BINOP(a ^ b); break;
        case OP_SHL: BINOP((int64_t)((uint64_t)a << (b & 63))); break;
        case OP_SHR: BINOP((int64_t)((uint64_t)a >> (b & 63))); break;
        case OP_LT: BINOP(a < b); break;
        case OP_LE: BINOP(a <= b); break;
        case OP_EQ: BINOP(a == b); break;
        case OP_NE: BINOP(a != b); break;
        case OP_NOT: NEED(1); stack[sp - 1] = !stack[sp - 1]; break;
        case OP_JMP: pc = code[pc]; break;
        case OP_JZ: { int64_t t = ARG(); NEED(1); if (stack[--sp] == 0) pc = t; break; }
        case OP_JNZ: { int64_t t = ARG(); NEED(1); if (stack[--sp] != 0) pc = t; break; }
        case OP_CALL: {
            int64_t t = ARG();
            if (fp >= FRAMES_MAX) vm_fail("call stack overflow", pc);
            frames[fp++] = pc;
            pc = t;
            break;
        }
        case OP_RET:
            if (fp == 0) vm_fail("return without call", pc);
            pc = frames[--fp];
            break;
        case OP_PRINT:
            NEED(1);
            if (*nout >= OUT_MAX) vm_fail("too much output", pc);
            out[(*nout)++] = stack[--sp];
            break;
        default:
            vm_fail("bad opcode", pc);
        }
    }
#undef NEED
#undef ROOM
#undef ARG
#undef BINOP
}

int main(int argc, char **argv)
{
    long n, iterations;
    bench_parse_args(argc, argv, &n, &iterations);

    static struct asm_state prog;
    int64_t out[OUT_MAX];
    int nout = 0;
    uint64_t executed = 0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        assemble(&prog, n);
        executed = run_vm(prog.code, prog.len, out, &nout);
        bench_report_iteration(it, t0);
    }
    for (int i = 0; i < nout; i++)
        printf("out %lld\n", (long long)out[i]);
    printf("instructions %llu\n", (unsigned long long)executed);
    return 0;
}
