#!/usr/bin/env bash
# `make fuzz`: builds dxplan-fuzz optimised twice, with libFuzzer's coverage of edges and calls
# alone (DXPLAN_FUZZ=coverage, into .build-fuzz-coverage) and with comparison tracing and
# AddressSanitizer too (DXPLAN_FUZZ=1, into .build-fuzz), and runs its three targets one after the
# other (see REPL.md, "Fuzzing"):
#   parser    lexer, parser, the first diagnostic rendered, scenario checks and resolution; no
#             simulation, no ASan, and only the modules it runs instrumented (Package.swift):
#             thousands of inputs a second; inputs up to 1 KB (enough to nest blocks and
#             parentheses past the limit of 100);
#   language  the same under ASan with every diagnostic rendered, then the printer and formatter
#             promises; inputs up to 64 KB;
#   shell     the whole interpreter on the bundled model under ASan, simulations included.
# Seconds per target: FUZZ_PARSER_SECONDS (default 600), FUZZ_LANGUAGE_SECONDS (default 600),
# FUZZ_SHELL_SECONDS (default 600).
# Both start from Tests/Fuzz/corpus (the kept corpus, the example scenarios' seeds) and the kept
# crashes, use a dictionary of the language's words written by dxplan-fuzz itself, and grow a
# corpus of their own in .build-fuzz/corpus-*. A crash or a broken promise is written to
# Tests/Fuzz/crashes/ (keep it once fixed: FuzzRegressionTests replays every file there).
set -euo pipefail
cd "$(dirname "$0")/.."
PARSER_SECONDS=${FUZZ_PARSER_SECONDS:-600}
LANGUAGE_SECONDS=${FUZZ_LANGUAGE_SECONDS:-600}
SHELL_SECONDS=${FUZZ_SHELL_SECONDS:-600}

# The Swift driver does not rebuild a module whose only change is its sanitizer flags: a fuzzing
# build made from another Package.swift is started afresh (its corpus, in .build-fuzz, is kept).
package=$(sha1sum Package.swift | cut -d' ' -f1)
build() {
    local flags=$1 scratch=$2
    if [ "$(cat "$scratch/package.sha1" 2>/dev/null)" != "$package" ]; then
        rm -rf "$scratch"/x86_64-unknown-linux-gnu "$scratch"/*.db "$scratch"/*.yaml
    fi
    DXPLAN_FUZZ=$flags swift build -c release --product dxplan-fuzz --scratch-path "$scratch" >/dev/null
    echo "$package" > "$scratch/package.sha1"
}
swift build --product dxplan-fuzz >/dev/null
if [ "$PARSER_SECONDS" != 0 ]; then build coverage .build-fuzz-coverage; fi
if [ "$LANGUAGE_SECONDS" != 0 ] || [ "$SHELL_SECONDS" != 0 ]; then build 1 .build-fuzz; fi
mkdir -p .build-fuzz/corpus-parser .build-fuzz/corpus-language .build-fuzz/corpus-shell Tests/Fuzz/crashes
.build/debug/dxplan-fuzz --dictionary > .build-fuzz/dxplan.dict

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); date: $(date -u '+%Y-%m-%d %H:%M')"
# detect_leaks=0: the Swift runtime's lazily kept globals read as leaks at exit.
export ASAN_OPTIONS=detect_leaks=0
# Swift's own backtracer reads memory that ASan watches and reports itself as the failure.
export SWIFT_BACKTRACE=enable=no
# libFuzzer's own options stay at their defaults (measured on the parser target, BENCHMARKS.md):
# -entropic=0 ran 10% fewer inputs a CPU second; -reduce_inputs=0 ran 4% more in a one-minute
# run, but the corpus it keeps is not shrunk (its inputs a sixth larger after that minute), and a
# longer run pays for larger inputs on every execution; -len_control=0 made no difference.
run() {
    local target=$1 seconds=$2 max_len=$3 fuzzer=$4
    [ "$seconds" = 0 ] && return 0
    echo "== $target: $seconds s, inputs up to $max_len bytes ($fuzzer)"
    DXPLAN_FUZZ_TARGET=$target "$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=30 \
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
run parser "$PARSER_SECONDS" 1024 .build-fuzz-coverage/release/dxplan-fuzz || status=1
run language "$LANGUAGE_SECONDS" 65536 .build-fuzz/release/dxplan-fuzz || status=1
run shell "$SHELL_SECONDS" 16384 .build-fuzz/release/dxplan-fuzz || status=1
exit $status
