// Children made by fork run hot code and exit; the parent waits for each, then waits for
// "all of its children" and must find none left (the engine's own helpers are not its children).
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned long mix(unsigned long x, int k) {
    return (x ^ (x >> 13)) * 0x9E3779B97F4A7C15UL + (unsigned long)k;
}

static unsigned long work(int k) {
    unsigned long x = (unsigned long)k + 1;
    for (int i = 0; i < 300000; i++)
        x = mix(x, i & 7);
    return x;
}

int main(void) {
    printf("parent before: %lu\n", work(0));
    fflush(stdout);
    for (int k = 1; k <= 3; k++) {
        pid_t child = fork();
        if (child < 0)
            return 1;
        if (child == 0) {
            printf("child %d: %lu\n", k, work(k));
            exit(k);
        }
        int status = 0;
        if (waitpid(child, &status, 0) != child || !WIFEXITED(status))
            return 2;
        printf("child %d exited with %d\n", k, WEXITSTATUS(status));
        fflush(stdout);
    }
    int left = 0;
    while (wait(NULL) > 0)
        left++;
    printf("children left: %d, %s\n", left, errno == ECHILD ? "ECHILD" : "other");
    printf("parent after: %lu\n", work(4));
    return 0;
}
