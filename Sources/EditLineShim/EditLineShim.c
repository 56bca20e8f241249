#include "EditLineShim.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>

// MARK: - Locale

int dx_setup_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL) return 1;
    return 0;
}

// MARK: - Interrupts

static volatile sig_atomic_t interrupt_flag = 0;

static void on_sigint(int signo) {
    (void)signo;
    interrupt_flag = 1;
}

int dx_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: reads return EINTR
    return sigaction(SIGINT, &action, NULL);
}

int dx_interrupted(void) { return interrupt_flag != 0; }
void dx_clear_interrupt(void) { interrupt_flag = 0; }
int dx_errno(void) { return errno; }

FILE *dx_stdout(void) { return stdout; }
FILE *dx_stderr(void) { return stderr; }

// MARK: - Editor

static char prompt_text[256] = "> ";

static char *prompt_callback(EditLine *el) {
    (void)el;
    return prompt_text;
}

void dx_set_prompt_text(const char *text) {
    strncpy(prompt_text, text, sizeof prompt_text - 1);
    prompt_text[sizeof prompt_text - 1] = '\0';
}

EditLine *dx_el_init(const char *program) {
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (el == NULL) return NULL;
    el_set(el, EL_PROMPT, prompt_callback);
    el_set(el, EL_EDITOR, "emacs");
    return el;
}

void dx_el_set_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }
void dx_el_set_clientdata(EditLine *el, void *data) { el_set(el, EL_CLIENTDATA, data); }

void *dx_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

int dx_el_add_function(EditLine *el, const char *name, const char *help, dx_el_function fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int dx_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

int dx_el_source_editrc(EditLine *el) { return el_source(el, NULL); }

void dx_el_prepare_terminal(EditLine *el) { el_set(el, EL_PREP_TERM, 1); }

// MARK: - History

History *dx_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

int dx_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

int dx_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

int dx_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
