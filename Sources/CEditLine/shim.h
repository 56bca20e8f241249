// libedit's native API, as the system provides it (pkg-config libedit; Debian: libedit-dev).
// Swift cannot call its variadic functions; EditLineShim wraps them.
#ifndef DXPLAN_CEDITLINE_H
#define DXPLAN_CEDITLINE_H
#include <histedit.h>
#endif
