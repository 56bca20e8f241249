# The README's two commands live here: `make run` starts the shell, `make test` runs every test.
# Each installs what is missing first (libedit-dev through apt-get).

SWIFT ?= swift
BIN := .build/debug/dxplan
EXAMPLES := --load scenarios/baseline.plan --load scenarios/five-pushes.plan
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run test build deps bench clean

run: deps build
	@$(BIN) $(EXAMPLES)

test: deps
	$(SWIFT) build
	$(SWIFT) test

build: deps
	@$(SWIFT) build 2>&1 | grep -v '^\[' || true
	@test -x $(BIN)

bench: deps
	scripts/bench.sh

# libedit-dev is not on a fresh Debian machine; tmux is only used by the benchmark script.
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
		echo "Installing libedit-dev (needed for the line editor)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }

clean:
	rm -rf .build
