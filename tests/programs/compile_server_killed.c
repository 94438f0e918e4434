// The program kills tierup's compile server (if it runs under tierup) between two phases of
// hot work: the functions still waiting for it, and those that get hot after, must keep running
// correctly in the code they have. Natively there is no server and it just computes.
//
// The server is the other process holding the read end of a pipe this process writes to (fds
// above 2: the engine's requests go down a socket, its responses up a pipe), with a thread
// named tierup-compile-0 (comm keeps 15 characters of it).
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int has_compile_thread(int pid) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", pid);
    DIR *tasks = opendir(path);
    if (!tasks)
        return 0;
    int found = 0;
    struct dirent *task;
    while (!found && (task = readdir(tasks))) {
        char comm_path[128], comm[32] = {0};
        snprintf(comm_path, sizeof comm_path, "/proc/%d/task/%s/comm", pid, task->d_name);
        FILE *file = fopen(comm_path, "r");
        if (file) {
            found = fgets(comm, sizeof comm, file) && strncmp(comm, "tierup-compile", 14) == 0;
            fclose(file);
        }
    }
    closedir(tasks);
    return found;
}

// Whether process `pid` (holding a pipe of ours) is tierup's compile server: a copy of tierup
// that gets its compile threads once it has read the program, which it does while tierup does
// too; on a busy machine that can take a while, so wait for them (up to ten seconds).
static int is_server(int pid) {
    char path[64], comm[32] = {0};
    snprintf(path, sizeof path, "/proc/%d/comm", pid);
    FILE *file = fopen(path, "r");
    if (!file)
        return 0;
    int tierup = fgets(comm, sizeof comm, file) && strncmp(comm, "tierup", 6) == 0;
    fclose(file);
    for (int tries = 0; tierup && tries < 10000; tries++) {
        if (has_compile_thread(pid))
            return 1;
        usleep(1000);
    }
    return 0;
}

// Whether process `pid` has a descriptor open on inode `inode` (a pipe).
static int holds(int pid, ino_t inode) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/fd", pid);
    DIR *fds = opendir(path);
    if (!fds)
        return 0;
    int found = 0;
    struct dirent *fd;
    while (!found && (fd = readdir(fds))) {
        char link[128];
        struct stat st;
        snprintf(link, sizeof link, "/proc/%d/fd/%s", pid, fd->d_name);
        found = fd->d_name[0] != '.' && stat(link, &st) == 0 && S_ISFIFO(st.st_mode) &&
                st.st_ino == inode;
    }
    closedir(fds);
    return found;
}

// Wait until process `pid` has exited (gone, or a zombie: its descriptors are closed), so
// that what follows runs without a server, however busy the machine is.
static void wait_until_gone(int pid) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    for (int tries = 0; tries < 10000; tries++) {
        FILE *file = fopen(path, "r");
        if (!file)
            return;
        char line[512] = {0};
        char *read = fgets(line, sizeof line, file);
        fclose(file);
        char *end = read ? strrchr(line, ')') : NULL;
        if (!end || end[1] != ' ' || end[2] == 'Z' || end[2] == 'X')
            return;
        usleep(1000);
    }
}

static int kill_compile_server(void) {
    int killed = 0;
    for (int fd = 3; fd < 64; fd++) {
        struct stat st;
        if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
            continue;
        DIR *procs = opendir("/proc");
        struct dirent *proc;
        while (procs && (proc = readdir(procs))) {
            int pid = atoi(proc->d_name);
            if (pid > 0 && pid != getpid() && holds(pid, st.st_ino) && is_server(pid) &&
                kill(pid, SIGKILL) == 0) {
                wait_until_gone(pid);
                killed++;
            }
        }
        if (procs)
            closedir(procs);
    }
    return killed;
}

static unsigned long mix(unsigned long x) { return (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9UL; }
static unsigned long step(unsigned long x) { return mix(x + 0x9e3779b97f4a7c15UL); }
static unsigned long later(unsigned long x) { return step(x) ^ (x >> 7); }

static unsigned long phase(unsigned long (*f)(unsigned long), long n, unsigned long seed) {
    for (long i = 0; i < n; i++)
        seed = f(seed);
    return seed;
}

int main(void) {
    unsigned long s = phase(step, 300000, 1);
    kill_compile_server();
    // Writes to the dead server must not raise SIGPIPE.
    s = phase(later, 300000, s);
    s = phase(step, 300000, s);
    printf("%lu\n", s);
    return 0;
}
