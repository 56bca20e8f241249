#!/usr/bin/env bash
# `make fuzz`: builds dxplan-fuzz optimised, with libFuzzer and AddressSanitizer (DXPLAN_FUZZ=1, into
# .build-fuzz) and runs its two targets one after the other (see REPL.md, "Fuzzing"):
#   language  lexer, parser, diagnostics, scenario checks, printer and formatter promises;
#             no simulation, so thousands of inputs a second; inputs up to 64 KB (deep nesting);
#   shell     the whole interpreter on the bundled model, simulations included.
# Seconds per target: FUZZ_LANGUAGE_SECONDS (default 600), FUZZ_SHELL_SECONDS (default 600).
# Both start from Tests/Fuzz/corpus (the kept corpus, the example scenarios' seeds) and the kept
# crashes, use a dictionary of the language's words written by dxplan-fuzz itself, and grow a
# corpus of their own in .build-fuzz/corpus-*. A crash or a broken promise is written to
# Tests/Fuzz/crashes/ (keep it once fixed: FuzzRegressionTests replays every file there).
set -euo pipefail
cd "$(dirname "$0")/.."
LANGUAGE_SECONDS=${FUZZ_LANGUAGE_SECONDS:-600}
SHELL_SECONDS=${FUZZ_SHELL_SECONDS:-600}

swift build --product dxplan-fuzz >/dev/null
DXPLAN_FUZZ=1 swift build -c release --product dxplan-fuzz --scratch-path .build-fuzz >/dev/null
FUZZER=.build-fuzz/release/dxplan-fuzz
mkdir -p .build-fuzz/corpus-language .build-fuzz/corpus-shell Tests/Fuzz/crashes
.build/debug/dxplan-fuzz --dictionary > .build-fuzz/dxplan.dict

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); date: $(date -u '+%Y-%m-%d %H:%M')"
# detect_leaks=0: the Swift runtime's lazily kept globals read as leaks at exit.
export ASAN_OPTIONS=detect_leaks=0
# Swift's own backtracer reads memory that ASan watches and reports itself as the failure.
export SWIFT_BACKTRACE=enable=no
run() {
    local target=$1 seconds=$2 max_len=$3
    echo "== $target: $seconds s, inputs up to $max_len bytes"
    DXPLAN_FUZZ_TARGET=$target "$FUZZER" -max_total_time="$seconds" -max_len="$max_len" -timeout=30 \
        -dict=.build-fuzz/dxplan.dict -artifact_prefix=Tests/Fuzz/crashes/ -print_final_stats=1 \
        ".build-fuzz/corpus-$target" Tests/Fuzz/corpus Tests/Fuzz/crashes 2>".build-fuzz/$target.log" || {
        grep -E "ERROR|Fatal error|SUMMARY|Test unit written" ".build-fuzz/$target.log" | head -20
        echo "$target: the fuzzer stopped on a failure (full log: .build-fuzz/$target.log)"
        return 1
    }
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" ".build-fuzz/$target.log"
    grep -E "^#[0-9]+ +DONE" ".build-fuzz/$target.log" | tail -1 || true
}
status=0
run language "$LANGUAGE_SECONDS" 65536 || status=1
run shell "$SHELL_SECONDS" 16384 || status=1
exit $status
