// A small C face for libedit and for signals, the only place dxplan touches C.
// el_set, el_get and history are variadic, so Swift cannot call them: each use gets a
// one-line wrapper here. The SIGINT flag lives here too, because a signal handler may
// only touch a volatile sig_atomic_t, and it must exist exactly once in the program.
#ifndef DXPLAN_EDITLINE_SHIM_H
#define DXPLAN_EDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>

/// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when that is not UTF-8, so
/// Vietnamese input is never dropped on a machine without LANG. Returns 1 when UTF-8 is active.
int dx_setup_utf8_locale(void);

/// Installs a SIGINT handler without SA_RESTART that only sets a flag: a blocking read
/// returns EINTR, and long computations poll dx_interrupted().
int dx_install_sigint_handler(void);
int dx_interrupted(void);
void dx_clear_interrupt(void);
int dx_errno(void);

/// The standard streams (Swift 6 rejects the C globals).
FILE *dx_stdout(void);
FILE *dx_stderr(void);

/// el_init on the standard streams, with emacs bindings and a prompt set by dx_set_prompt_text.
EditLine *dx_el_init(const char *program);
void dx_set_prompt_text(const char *text);
void dx_el_set_history(EditLine *el, History *history);
void dx_el_set_clientdata(EditLine *el, void *data);
void *dx_el_get_clientdata(EditLine *el);

typedef unsigned char (*dx_el_function)(EditLine *, int);
int dx_el_add_function(EditLine *el, const char *name, const char *help, dx_el_function fn);
int dx_el_bind(EditLine *el, const char *key, const char *function);
/// Puts the terminal into libedit's editing mode now, before the prompt is drawn, so a key typed
/// as soon as the prompt appears is read raw (in cooked mode a Ctrl-D would become an end-of-file
/// marker that libedit then reads as a NUL).
void dx_el_prepare_terminal(EditLine *el);
/// Reads $EDITRC or ~/.editrc; call it after the defaults so users can override them.
int dx_el_source_editrc(EditLine *el);

History *dx_history_init(int size);
int dx_history_enter(History *history, const char *line);
int dx_history_load(History *history, const char *path);
int dx_history_save(History *history, const char *path);
/// Calls `callback` with each entry, newest first, until it returns nonzero.
void dx_history_each(History *history, int (*callback)(const char *line, void *context), void *context);
/// Redraws the prompt and the line from inside a bound function (after either changed).
void dx_el_refresh(EditLine *el);

#endif
