/* lua_driver: embeds Lua 5.4 (luaL_newstate + luaL_openlibs) to run benchmark scripts.
 * Build: link with every .c file of the Lua 5.4 library (lua-5.4.x/, which has no lua.c or
 * luac.c), compiled with -DLUA_USE_POSIX -I<that dir>.
 *
 * Usage:
 *   lua_driver -e CODE                   run a chunk of code once (start-up benchmark:
 *                                        lua_driver -e "print(1)")
 *   lua_driver SCRIPT.lua SIZE [ITERATIONS]
 *
 * Script protocol (SCRIPT.lua SIZE [ITERATIONS]):
 *   1. The globals N = SIZE and ITERATIONS (default 1) are set, as integers, and arg[0] is
 *      the script path; then the script's main chunk runs once (it defines functions).
 *   2. If the script defines a global function run, the driver calls run(i) for
 *      i = 1 .. ITERATIONS, timing each call with clock_gettime(CLOCK_MONOTONIC) and
 *      printing "iteration <i> <nanoseconds>" to stderr after it.
 *   3. After the last iteration, if the script defines a global function report, the driver
 *      calls report() once; it is where the script prints its results (so that stdout does
 *      not depend on ITERATIONS).
 *   A script without run() is a plain script: its main chunk is the whole workload (then
 *   ITERATIONS must be 1 -- this is found out only after the chunk has run -- and the
 *   chunk's run time is reported as iteration 1).
 *   The driver itself prints nothing to stdout.
 *
 * Errors (syntax errors, runtime errors, bad arguments) are printed to stderr with a
 * traceback, and the exit status is 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

/* message handler: adds a traceback to the error message */
static int msghandler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* Calls the function below nargs arguments on the stack; on error prints it (naming the
 * global function `what`, or nothing for a main chunk) and exits 1. */
static void call_or_die(lua_State *L, int nargs, const char *what)
{
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, 0, base);
    lua_remove(L, base);
    if (status != LUA_OK) {
        fflush(stdout);
        if (what)
            fprintf(stderr, "lua_driver: error in %s(): %s\n", what, lua_tostring(L, -1));
        else
            fprintf(stderr, "lua_driver: %s\n", lua_tostring(L, -1));
        lua_close(L);
        exit(1);
    }
}

static void load_or_die(lua_State *L, int status)
{
    if (status != LUA_OK) {
        fprintf(stderr, "lua_driver: %s\n", lua_tostring(L, -1));
        lua_close(L);
        exit(1);
    }
}

static long long parse_int(const char *s, const char *what, long long min)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < min) {
        fprintf(stderr, "lua_driver: invalid %s: %s\n", what, s);
        exit(1);
    }
    return v;
}

static void usage(const char *argv0)
{
    fprintf(stderr, "usage: %s SCRIPT.lua SIZE [ITERATIONS]\n       %s -e CODE\n", argv0, argv0);
    exit(1);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        usage(argv[0]);

    lua_State *L = luaL_newstate();
    if (L == NULL) {
        fprintf(stderr, "lua_driver: cannot create state: not enough memory\n");
        return 1;
    }
    luaL_openlibs(L);

    if (strcmp(argv[1], "-e") == 0) {
        if (argc != 3)
            usage(argv[0]);
        load_or_die(L, luaL_loadbuffer(L, argv[2], strlen(argv[2]), "=(command line)"));
        call_or_die(L, 0, NULL);
        lua_close(L);
        return 0;
    }

    if (argc < 3 || argc > 4)
        usage(argv[0]);
    const char *script = argv[1];
    long long size = parse_int(argv[2], "SIZE", 0);
    long long iterations = argc > 3 ? parse_int(argv[3], "ITERATIONS", 1) : 1;

    lua_pushinteger(L, (lua_Integer)size);
    lua_setglobal(L, "N");
    lua_pushinteger(L, (lua_Integer)iterations);
    lua_setglobal(L, "ITERATIONS");
    lua_createtable(L, 1, 1);
    lua_pushstring(L, script);
    lua_rawseti(L, -2, 0);
    lua_setglobal(L, "arg");

    load_or_die(L, luaL_loadfile(L, script));
    long long t0 = bench_now_ns();
    call_or_die(L, 0, NULL);
    long long chunk_ns = bench_now_ns() - t0;

    if (lua_getglobal(L, "run") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        if (iterations != 1) {
            fprintf(stderr, "lua_driver: %s defines no run() function, so ITERATIONS must be 1\n", script);
            lua_close(L);
            return 1;
        }
        bench_print_iteration(1, chunk_ns);
    } else {
        lua_pop(L, 1);
        for (long long i = 1; i <= iterations; i++) {
            lua_getglobal(L, "run");
            lua_pushinteger(L, (lua_Integer)i);
            long long t1 = bench_now_ns();
            call_or_die(L, 1, "run");
            bench_report_iteration((long)i, t1);
        }
    }
    if (lua_getglobal(L, "report") == LUA_TFUNCTION)
        call_or_die(L, 0, "report");
    else
        lua_pop(L, 1);
    fflush(stdout);
    lua_close(L);
    return 0;
}
