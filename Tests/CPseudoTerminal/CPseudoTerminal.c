#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

pid_t dx_spawn_on_pty(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = rows;
    size.ws_col = columns;
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid != 0) return pid;
    // Child: only async-signal-safe calls until exec.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGINT, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    if (directory && chdir(directory) != 0) _exit(127);
    execve(path, argv, envp);
    _exit(127);
}
