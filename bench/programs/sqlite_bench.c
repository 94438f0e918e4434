/* sqlite_bench: drives the SQLite C API on an in-memory database.
 * Build: link with the SQLite amalgamation (sqlite3.c), compiled with
 *   -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -I<dir of sqlite3.h>
 * Usage: sqlite_bench SIZE [ITERATIONS]
 *   SIZE = 0   start-up benchmark: open ":memory:", run "select 1", print its result.
 *   SIZE > 0   number of rows. Creates two tables, bulk-inserts SIZE rows in one
 *              transaction with a prepared statement (deterministic data from a fixed-seed
 *              LCG: integers, reals, text), creates indexes, then runs aggregates
 *              (count/sum/avg/min/max), indexed range queries, primary-key point lookups, a
 *              LIKE scan, an UPDATE, a DELETE, a GROUP BY ... ORDER BY and a join.
 *   ITERATIONS repetitions of the whole workload (open ... close) in-process (default 1);
 *              after each, "iteration <i> <ns>" goes to stderr.
 * Stdout (last iteration): row counts per query and an FNV-1a 64-bit checksum over the
 * text of every column of every result row (sqlite3_column_text, NULL as a marker).
 * Any SQLite error is reported on stderr with exit status 1. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "sqlite3.h"

static sqlite3 *db;

static void die(const char *what)
{
    fprintf(stderr, "sqlite error in %s: %s\n", what, db ? sqlite3_errmsg(db) : "(no db)");
    exit(1);
}

static void check(int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(what);
}

static void exec(const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "sqlite error in \"%s\": %s\n", sql, err ? err : "?");
        sqlite3_free(err);
        exit(1);
    }
}

static sqlite3_stmt *prepare(const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        die(sql);
    return st;
}

/* ---- checksum ---- */
static uint64_t fnv;
static void fnv_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        fnv ^= s[i];
        fnv *= 1099511628211ULL;
    }
}

/* Steps a prepared statement to completion, folding every column of every row into the
 * checksum; returns the number of rows. The statement is reset, not finalized. */
static long fold_rows(sqlite3_stmt *st)
{
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int ncol = sqlite3_column_count(st);
        for (int i = 0; i < ncol; i++) {
            const unsigned char *t = sqlite3_column_text(st, i);
            if (t)
                fnv_bytes(t, (size_t)sqlite3_column_bytes(st, i));
            else
                fnv_bytes("\x01NULL", 5);
            fnv_bytes("\x1f", 1);
        }
        fnv_bytes("\x1e", 1);
        rows++;
    }
    if (rc != SQLITE_DONE)
        die(sqlite3_sql(st));
    sqlite3_reset(st);
    return rows;
}

static long query(const char *sql)
{
    sqlite3_stmt *st = prepare(sql);
    long rows = fold_rows(st);
    sqlite3_finalize(st);
    return rows;
}

/* ---- deterministic data ---- */
static uint64_t lcg;
static uint32_t rnd(void)
{
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(lcg >> 33);
}

static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                        "zen", "qua", "bri", "dor", "fel", "gum", "hax", "jip"};

static void make_text(char *buf, int words)
{
    int len = 0;
    for (int w = 0; w < words; w++) {
        if (w)
            buf[len++] = ' ';
        int syl = 1 + (int)(rnd() % 3);
        for (int s = 0; s < syl; s++) {
            const char *p = syllables[rnd() % 16];
            size_t l = strlen(p);
            memcpy(buf + len, p, l);
            len += (int)l;
        }
    }
    buf[len] = '\0';
}

#define NQUERIES 12
struct results {
    long counts[NQUERIES];
    const char *names[NQUERIES];
    int n;
    uint64_t checksum;
};

static void record(struct results *r, const char *name, long count)
{
    r->names[r->n] = name;
    r->counts[r->n++] = count;
}

static void workload(long nrows, struct results *res)
{
    res->n = 0;
    fnv = 1469598103934665603ULL;
    lcg = 0x243F6A8885A308D3ULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        die("open");

    exec("CREATE TABLE t1(id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b REAL, c TEXT, grp INTEGER);"
         "CREATE TABLE t2(grp INTEGER PRIMARY KEY, name TEXT NOT NULL, weight INTEGER);");

    exec("BEGIN");
    sqlite3_stmt *ins2 = prepare("INSERT INTO t2(grp, name, weight) VALUES(?1, ?2, ?3)");
    for (int g = 0; g < 64; g++) {
        char name[64];
        make_text(name, 1);
        char full[96];
        snprintf(full, sizeof full, "%s-%02d", name, g);
        check(sqlite3_bind_int(ins2, 1, g), "bind");
        check(sqlite3_bind_text(ins2, 2, full, -1, SQLITE_TRANSIENT), "bind");
        check(sqlite3_bind_int(ins2, 3, (int)(rnd() % 100)), "bind");
        if (sqlite3_step(ins2) != SQLITE_DONE)
            die("insert t2");
        sqlite3_reset(ins2);
    }
    sqlite3_finalize(ins2);

    sqlite3_stmt *ins = prepare("INSERT INTO t1(id, a, b, c, grp) VALUES(?1, ?2, ?3, ?4, ?5)");
    long a_range = nrows * 4 + 16;
    for (long i = 1; i <= nrows; i++) {
        char text[160];
        make_text(text, 1 + (int)(rnd() % 6));
        sqlite3_int64 a = (sqlite3_int64)(rnd() % (uint32_t)a_range);
        /* a multiple of 1/64: exact in binary and in SQLite's decimal output */
        double b = (double)((int)(rnd() % 2000000u) - 1000000) / 64.0;
        check(sqlite3_bind_int64(ins, 1, i), "bind");
        check(sqlite3_bind_int64(ins, 2, a), "bind");
        if (i % 17 == 0)
            check(sqlite3_bind_null(ins, 3), "bind");
        else
            check(sqlite3_bind_double(ins, 3, b), "bind");
        check(sqlite3_bind_text(ins, 4, text, -1, SQLITE_TRANSIENT), "bind");
        check(sqlite3_bind_int(ins, 5, (int)(rnd() % 64)), "bind");
        if (sqlite3_step(ins) != SQLITE_DONE)
            die("insert t1");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    exec("COMMIT");
    record(res, "inserted", nrows);

    exec("CREATE INDEX t1_a ON t1(a); CREATE INDEX t1_grp ON t1(grp, a);");

    record(res, "aggregate",
           query("SELECT count(*), sum(a), printf('%.6f', avg(a)), min(a), max(a), "
                 "count(b), total(b), min(b), max(b), min(c), max(c), sum(length(c)) FROM t1"));

    /* indexed range queries with a prepared statement */
    sqlite3_stmt *range = prepare("SELECT id, a, c FROM t1 WHERE a BETWEEN ?1 AND ?2 ORDER BY a, id");
    long nranges = nrows / 50 + 10, range_rows = 0;
    for (long q = 0; q < nranges; q++) {
        sqlite3_int64 lo = (sqlite3_int64)(rnd() % (uint32_t)a_range);
        check(sqlite3_bind_int64(range, 1, lo), "bind");
        check(sqlite3_bind_int64(range, 2, lo + 200), "bind");
        range_rows += fold_rows(range);
    }
    sqlite3_finalize(range);
    record(res, "range", range_rows);

    /* primary-key point lookups */
    sqlite3_stmt *point = prepare("SELECT a, b, grp FROM t1 WHERE id = ?1");
    long npoints = nrows / 2 + 1, point_rows = 0;
    for (long q = 0; q < npoints; q++) {
        check(sqlite3_bind_int64(point, 1, (sqlite3_int64)(rnd() % (uint32_t)(nrows + nrows / 8 + 1))), "bind");
        point_rows += fold_rows(point);
    }
    sqlite3_finalize(point);
    record(res, "point", point_rows);

    record(res, "like", query("SELECT count(*), sum(a) FROM t1 WHERE c LIKE '%qua%zen%'"));

    exec("UPDATE t1 SET b = b * 2, c = c || ' x' WHERE a % 7 = 0");
    record(res, "updated", sqlite3_changes(db));
    exec("DELETE FROM t1 WHERE a % 11 = 3");
    record(res, "deleted", sqlite3_changes(db));

    record(res, "group by",
           query("SELECT grp, count(*), sum(a), total(b), max(length(c)), min(c) FROM t1 "
                 "GROUP BY grp ORDER BY count(*) DESC, grp"));
    record(res, "join",
           query("SELECT t2.name, count(*), sum(t1.a), printf('%.6f', avg(t1.b)) FROM t1 "
                 "JOIN t2 ON t1.grp = t2.grp WHERE t2.weight > 30 "
                 "GROUP BY t2.name ORDER BY t2.name"));
    record(res, "top",
           query("SELECT id, a, c FROM t1 WHERE grp = 7 ORDER BY a DESC, id LIMIT 100"));

    if (sqlite3_close(db) != SQLITE_OK)
        die("close");
    db = NULL;
    res->checksum = fnv;
}

static long parse_count(const char *s, const char *what, long min)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < min || v > 100000000) {
        fprintf(stderr, "invalid %s: %s\n", what, s);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    bench_check_argc(argc, argv, "SIZE [ITERATIONS]   (SIZE 0: just \"select 1\")");
    long nrows = parse_count(argv[1], "SIZE", 0);
    long iterations = argc > 2 ? parse_count(argv[2], "ITERATIONS", 1) : 1;

    if (nrows == 0) {
        char answer[64] = "";
        for (long it = 1; it <= iterations; it++) {
            long long t0 = bench_now_ns();
            if (sqlite3_open(":memory:", &db) != SQLITE_OK)
                die("open");
            sqlite3_stmt *st = prepare("select 1");
            if (sqlite3_step(st) != SQLITE_ROW)
                die("select 1");
            snprintf(answer, sizeof answer, "%s", (const char *)sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            sqlite3_close(db);
            db = NULL;
            if (it == 1) { /* time to first output: print as soon as the answer exists */
                printf("%s\n", answer);
                fflush(stdout);
            }
            bench_report_iteration(it, t0);
        }
        return 0;
    }

    struct results res;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        workload(nrows, &res);
        bench_report_iteration(it, t0);
    }
    printf("sqlite %s\n", sqlite3_libversion());
    for (int i = 0; i < res.n; i++)
        printf("%s rows %ld\n", res.names[i], res.counts[i]);
    printf("checksum %016llx\n", (unsigned long long)res.checksum);
    return 0;
}
