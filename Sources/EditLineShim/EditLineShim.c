#include "EditLineShim.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

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
/// A self-pipe: the handler writes a byte so a reader waiting in poll() wakes up, even when the
/// signal arrived just before it started to wait.
static int wake_pipe[2] = {-1, -1};

static void on_sigint(int signo) {
    (void)signo;
    interrupt_flag = 1;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
}

int dx_install_sigint_handler(void) {
    if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
        for (int i = 0; i < 2; i++) {
            fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
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

/// libedit's character reader, made interruptible without a race: it waits on the terminal and
/// on the self-pipe together, and reports Ctrl-C as an interrupted read (el_gets then returns
/// NULL with a count of -1). Bytes are decoded as the locale's multibyte characters (UTF-8).
static int read_character(EditLine *el, wchar_t *character) {
    (void)el;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (interrupt_flag) {
            errno = EINTR;
            return -1;
        }
        struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
        int ready = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (wake_pipe[0] >= 0 && (fds[1].revents & POLLIN)) {
            char drain[64];
            while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
            continue;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count == 0) return 0;
        if (count < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        size_t result = mbrtowc(character, &byte, 1, &state);
        if (result == (size_t)-2) continue;  /* more bytes of this character to come */
        if (result == (size_t)-1) {          /* not valid in this locale: pass the byte through */
            memset(&state, 0, sizeof state);
            *character = (wchar_t)(unsigned char)byte;
        }
        return 1;
    }
}

EditLine *dx_el_init(const char *program) {
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (el == NULL) return NULL;
    el_set(el, EL_GETCFN, read_character);
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

void dx_history_each(History *h, int (*callback)(const char *line, void *context), void *context) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) < 0) return;
    do {
        if (callback(ev.str, context)) return;
    } while (history(h, &ev, H_NEXT) >= 0);
}

void dx_el_refresh(EditLine *el) { el_set(el, EL_REFRESH); }
