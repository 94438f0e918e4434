/* A recursive-descent expression parser and evaluator: tokenizer,
 * operator precedence (+ - * / % ^ with right-associative power), unary
 * minus, parentheses, variables with assignment, built-in functions
 * (sqrt, min, max, abs), comparison operators, error reporting with
 * positions, and an AST that is built on the heap, evaluated, printed
 * back in fully parenthesised form, and freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>

enum kind { N_NUM, N_VAR, N_BIN, N_NEG, N_CALL, N_ASSIGN };

struct node {
    enum kind kind;
    double num;
    char op;           /* for N_BIN: + - * / % ^ < > = (==) */
    char name[16];     /* for N_VAR, N_CALL, N_ASSIGN */
    struct node *a, *b;
};

struct parser {
    const char *src;
    size_t pos;
    char err[96];
};

static struct { char name[16]; double value; } vars[32];
static int nvars;

static double *var_slot(const char *name, int create) {
    for (int i = 0; i < nvars; i++)
        if (strcmp(vars[i].name, name) == 0) return &vars[i].value;
    if (!create || nvars == 32) return NULL;
    strcpy(vars[nvars].name, name);
    vars[nvars].value = 0;
    return &vars[nvars++].value;
}

static struct node *mk(enum kind k) {
    struct node *n = calloc(1, sizeof *n);
    n->kind = k;
    return n;
}

static void free_node(struct node *n) {
    if (!n) return;
    free_node(n->a);
    free_node(n->b);
    free(n);
}

static void skip_ws(struct parser *p) {
    while (isspace((unsigned char)p->src[p->pos])) p->pos++;
}

static void fail(struct parser *p, const char *msg) {
    if (!p->err[0]) snprintf(p->err, sizeof p->err, "%s at position %zu", msg, p->pos);
}

static struct node *parse_expr(struct parser *p);

static struct node *parse_primary(struct parser *p) {
    skip_ws(p);
    char c = p->src[p->pos];
    if (isdigit((unsigned char)c) || c == '.') {
        char *end;
        struct node *n = mk(N_NUM);
        n->num = strtod(p->src + p->pos, &end);
        p->pos = (size_t)(end - p->src);
        return n;
    }
    if (isalpha((unsigned char)c)) {
        char name[16];
        size_t len = 0;
        while (isalnum((unsigned char)p->src[p->pos]) && len < sizeof name - 1) name[len++] = p->src[p->pos++];
        name[len] = 0;
        skip_ws(p);
        if (p->src[p->pos] == '(') {
            p->pos++;
            struct node *n = mk(N_CALL);
            strcpy(n->name, name);
            n->a = parse_expr(p);
            skip_ws(p);
            if (p->src[p->pos] == ',') {
                p->pos++;
                n->b = parse_expr(p);
                skip_ws(p);
            }
            if (p->src[p->pos] != ')') fail(p, "expected ')' after arguments");
            else p->pos++;
            return n;
        }
        struct node *n = mk(N_VAR);
        strcpy(n->name, name);
        return n;
    }
    if (c == '(') {
        p->pos++;
        struct node *n = parse_expr(p);
        skip_ws(p);
        if (p->src[p->pos] != ')') fail(p, "expected ')'");
        else p->pos++;
        return n;
    }
    if (c == '-') {
        p->pos++;
        struct node *n = mk(N_NEG);
        n->a = parse_primary(p);
        return n;
    }
    fail(p, c ? "unexpected character" : "unexpected end of input");
    return mk(N_NUM);
}

static struct node *parse_power(struct parser *p) {
    struct node *base = parse_primary(p);
    skip_ws(p);
    if (p->src[p->pos] == '^') {
        p->pos++;
        struct node *n = mk(N_BIN);
        n->op = '^';
        n->a = base;
        n->b = parse_power(p); /* right associative */
        return n;
    }
    return base;
}

static struct node *parse_term(struct parser *p) {
    struct node *l = parse_power(p);
    for (;;) {
        skip_ws(p);
        char c = p->src[p->pos];
        if (c != '*' && c != '/' && c != '%') return l;
        p->pos++;
        struct node *n = mk(N_BIN);
        n->op = c;
        n->a = l;
        n->b = parse_power(p);
        l = n;
    }
}

static struct node *parse_sum(struct parser *p) {
    struct node *l = parse_term(p);
    for (;;) {
        skip_ws(p);
        char c = p->src[p->pos];
        if (c != '+' && c != '-') return l;
        p->pos++;
        struct node *n = mk(N_BIN);
        n->op = c;
        n->a = l;
        n->b = parse_term(p);
        l = n;
    }
}

static struct node *parse_cmp(struct parser *p) {
    struct node *l = parse_sum(p);
    skip_ws(p);
    char c = p->src[p->pos];
    if (c == '<' || c == '>' || (c == '=' && p->src[p->pos + 1] == '=')) {
        p->pos += c == '=' ? 2 : 1;
        struct node *n = mk(N_BIN);
        n->op = c;
        n->a = l;
        n->b = parse_sum(p);
        return n;
    }
    return l;
}

static struct node *parse_expr(struct parser *p) {
    skip_ws(p);
    size_t save = p->pos;
    if (isalpha((unsigned char)p->src[p->pos])) {
        char name[16];
        size_t len = 0;
        while (isalnum((unsigned char)p->src[p->pos]) && len < sizeof name - 1) name[len++] = p->src[p->pos++];
        name[len] = 0;
        skip_ws(p);
        if (p->src[p->pos] == '=' && p->src[p->pos + 1] != '=') {
            p->pos++;
            struct node *n = mk(N_ASSIGN);
            strcpy(n->name, name);
            n->a = parse_expr(p);
            return n;
        }
        p->pos = save;
    }
    return parse_cmp(p);
}

static double eval(const struct node *n, int *err) {
    switch (n->kind) {
    case N_NUM: return n->num;
    case N_VAR: {
        double *v = var_slot(n->name, 0);
        if (!v) {
            *err = 1;
            return 0;
        }
        return *v;
    }
    case N_NEG: return -eval(n->a, err);
    case N_ASSIGN: {
        double v = eval(n->a, err);
        *var_slot(n->name, 1) = v;
        return v;
    }
    case N_CALL: {
        double x = eval(n->a, err), y = n->b ? eval(n->b, err) : 0;
        if (!strcmp(n->name, "sqrt")) return sqrt(x);
        if (!strcmp(n->name, "abs")) return fabs(x);
        if (!strcmp(n->name, "min")) return x < y ? x : y;
        if (!strcmp(n->name, "max")) return x > y ? x : y;
        *err = 2;
        return 0;
    }
    case N_BIN: {
        double x = eval(n->a, err), y = eval(n->b, err);
        switch (n->op) {
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
        case '/':
            if (y == 0) {
                *err = 3;
                return 0;
            }
            return x / y;
        case '%': return fmod(x, y);
        case '^': return pow(x, y);
        case '<': return x < y;
        case '>': return x > y;
        case '=': return x == y;
        }
    }
    }
    return 0;
}

static void print_node(const struct node *n) {
    switch (n->kind) {
    case N_NUM: printf("%g", n->num); break;
    case N_VAR: printf("%s", n->name); break;
    case N_NEG: printf("(-"); print_node(n->a); printf(")"); break;
    case N_ASSIGN: printf("%s := ", n->name); print_node(n->a); break;
    case N_CALL:
        printf("%s(", n->name);
        print_node(n->a);
        if (n->b) { printf(", "); print_node(n->b); }
        printf(")");
        break;
    case N_BIN:
        printf("(");
        print_node(n->a);
        printf(" %s ", n->op == '=' ? "==" : (char[]){n->op, 0});
        print_node(n->b);
        printf(")");
        break;
    }
}

int main(void) {
    static const char *lines[] = {
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "x = 10",
        "y = x * 2.5 - 3",
        "r = sqrt(x * x + y * y)",
        "max(x, y) - min(x, -y) + abs(-7)",
        "17 % 5 + 7.5 % 2",
        "x < y",
        "x * 2 == 20",
        "1 / (x - 10)",
        "undefined + 1",
        "3 + * 4",
        "(1 + 2",
        "foo(3)",
        "a = b = 4",
        "a + b + 0.125e1",
        "((((((((1))))))))+.5",
        "1 - 2 - 3 - 4",
        "2 * 3 / 4 * 5",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        struct parser p = {lines[i], 0, ""};
        struct node *ast = parse_expr(&p);
        skip_ws(&p);
        if (!p.err[0] && p.src[p.pos]) fail(&p, "trailing input");
        printf("%-36s => ", lines[i]);
        if (p.err[0]) {
            printf("parse error: %s\n", p.err);
        } else {
            int err = 0;
            double v = eval(ast, &err);
            print_node(ast);
            if (err == 1) printf(" = error: undefined variable\n");
            else if (err == 2) printf(" = error: unknown function\n");
            else if (err == 3) printf(" = error: division by zero\n");
            else printf(" = %.15g\n", v);
        }
        free_node(ast);
    }
    printf("variables:");
    for (int i = 0; i < nvars; i++) printf(" %s=%g", vars[i].name, vars[i].value);
    printf("\n");
    /* stress: evaluate a long generated expression */
    char big[4096];
    size_t len = 0;
    for (int i = 1; i <= 300 && len < sizeof big - 16; i++)
        len += (size_t)snprintf(big + len, sizeof big - len, "%s%d%s", i > 1 ? (i % 3 ? "+" : "-") : "", i, i % 5 ? "" : "*2");
    struct parser p = {big, 0, ""};
    struct node *ast = parse_expr(&p);
    int err = 0;
    printf("long expression (%zu chars) = %.15g err=%d perr=%s\n", len, eval(ast, &err), err,
           p.err[0] ? p.err : "none");
    free_node(ast);
    return 0;
}
