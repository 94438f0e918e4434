/* Global constructors and destructors with priorities, and atexit
 * handlers. Expected native order:
 *   constructors: priority 101, 102, 200, then the ones without priority
 *   main
 *   atexit handlers in reverse order of registration (including one
 *   registered from a constructor, which runs last among them because it
 *   was registered first)
 *   destructors: no-priority ones first, then priority 200, 102, 101
 * Every step prints to stdout; stdout is flushed by exit() after all of
 * them ran. Constructors also initialise data that main checks. */
#include <stdio.h>
#include <stdlib.h>

static int init_order[8];
static int ninit;
static int table[16];

__attribute__((constructor(101))) static void ctor101(void) {
    init_order[ninit++] = 101;
    printf("ctor 101\n");
}
__attribute__((constructor(200))) static void ctor200(void) {
    init_order[ninit++] = 200;
    /* relies on ctor102 having filled the table */
    int s = 0;
    for (int i = 0; i < 16; i++) s += table[i];
    printf("ctor 200 (table sum %d)\n", s);
}
__attribute__((constructor(102))) static void ctor102(void) {
    init_order[ninit++] = 102;
    for (int i = 0; i < 16; i++) table[i] = i * i;
    printf("ctor 102\n");
}

static void handler_from_ctor(void) { printf("atexit handler registered in constructor\n"); }

__attribute__((constructor)) static void ctor_plain(void) {
    init_order[ninit++] = 65535;
    printf("ctor (default priority)\n");
    atexit(handler_from_ctor);
}

__attribute__((destructor(101))) static void dtor101(void) { printf("dtor 101\n"); }
__attribute__((destructor(102))) static void dtor102(void) { printf("dtor 102\n"); }
__attribute__((destructor(200))) static void dtor200(void) { printf("dtor 200\n"); }
__attribute__((destructor)) static void dtor_plain(void) { printf("dtor (default priority)\n"); }

static int exit_value = 7;
static void handler1(void) { printf("atexit handler 1 (registered first in main), value=%d\n", exit_value); }
static void handler2(void) {
    printf("atexit handler 2\n");
    exit_value = 8;
}
static void handler3(void) { printf("atexit handler 3 (registered last, runs first)\n"); }

int main(void) {
    printf("main: init order");
    for (int i = 0; i < ninit; i++) printf(" %d", init_order[i]);
    printf(", table[15]=%d\n", table[15]);
    if (atexit(handler1) != 0) return 1;
    if (atexit(handler2) != 0) return 1;
    if (atexit(handler3) != 0) return 1;
    printf("main returns\n");
    return 0;
}
