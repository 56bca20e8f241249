// Test support: start a program on a new pseudo-terminal (forkpty), as a terminal emulator does.
#ifndef DXPLAN_CPSEUDOTERMINAL_H
#define DXPLAN_CPSEUDOTERMINAL_H
#include <sys/types.h>

/// Forks a child on a new pseudo-terminal of the given size, changes to `directory`, and execs
/// `path` with `argv` and `envp`. Returns the child's pid (or -1) and stores the master side.
pid_t dx_spawn_on_pty(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master);

#endif
