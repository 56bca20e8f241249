#!/usr/bin/env bash
# Benchmarks recorded in BENCHMARKS.md. Release build; peers are measured in the same run,
# so the ratios hold even on a noisy machine.
#   1. start to prompt: dxplan (with the example scenarios loaded) on a pseudo-terminal,
#      until "dxplan> " appears; python3's interactive prompt as a peer;
#   2. running scenarios/five-pushes.plan as a script (hyperfine), with `python3 -c pass` (start and exit) as a peer;
#   3. the model core alone, in-process (dxplan-bench), beside the same equations written by hand
#      in C and compiled with -O2, and beside PySD running dxplan's XMILE export of the same run:
#      five-pushes over 2026-2035 after the backcast from mid-2020, i.e. 186 monthly Euler steps
#      from 2020.5 to 2036.0; dxplan-bench and the C peer print the same indicators in 2035;
#   4. synthetic models of six shapes the engine was not tuned for, each beside C generated from the
#      same description (scripts/bench_synthetic.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
swift build -c release --product dxplan >/dev/null
swift build -c release --product dxplan-bench >/dev/null
BIN=.build/release/dxplan
# The interpreter itself, not a version-manager shim in front of it.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "date: $(date -u +%Y-%m-%d)"
echo "swift: $(swift --version 2>&1 | head -1)"
echo

echo "== start to prompt (30 runs each, pseudo-terminal)"
python3 scripts/time_to_prompt.py 30 "dxplan> " "$BIN" --no-history --load scenarios/baseline.plan --load scenarios/five-pushes.plan
python3 scripts/time_to_prompt.py 30 ">>> " "$PYTHON" -q -i
echo

echo "== run scenarios/five-pushes.plan as a script"
hyperfine -N --warmup 5 --runs 50 --export-markdown /tmp/dxplan-hyperfine.md \
  "$BIN scenarios/five-pushes.plan" "$PYTHON -c pass" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
echo

echo "== 10,000 Monte Carlo runs in a session (in-process, after a first analysis: the native code loaded), native and interpreted"
.build/release/dxplan-bench --monte-carlo 10000 scenarios/five-pushes.plan five-pushes
DXPLAN_NATIVE=0 .build/release/dxplan-bench --monte-carlo 10000 scenarios/five-pushes.plan five-pushes
echo

echo "== the analysis commands, whole process (start, compile, load, analyse, print)"
hyperfine -N --warmup 2 --runs 10 \
  "$BIN -l scenarios/five-pushes.plan -c calibrate" \
  "$BIN -l scenarios/five-pushes.plan -c uncertainty" \
  "$BIN -l scenarios/five-pushes.plan -c 'uncertainty five-pushes runs 10000'" \
  "env DXPLAN_WORKERS=1 $BIN -l scenarios/five-pushes.plan -c 'uncertainty five-pushes runs 10000'" \
  "$BIN -l scenarios/five-pushes.plan -c 'sensitivity fibre'" \
  "$BIN -l scenarios/five-pushes.plan -c 'sensitivity fibre sobol'" \
  "$BIN -l scenarios/five-pushes.plan -c 'sensitivity fibre morris'" \
  "$BIN -l scenarios/five-pushes.plan -c optimise" \
  "$BIN -l scenarios/baseline.plan -l scenarios/five-pushes.plan -c 'why e-signatures baseline five-pushes'" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E "Benchmark|Time"
echo

# The benchmark's run: five-pushes over 2026-2035 (scripts/peers/five-pushes-2035.plan), run like
# every run from the backcast's start in mid-2020: 186 monthly Euler steps to 2036.0.
RUN=(-l scenarios/five-pushes.plan -l scripts/peers/five-pushes-2035.plan)
echo "== the model core, in-process, and its peers on the same run (five-pushes to 2035, 2020.5-2036.0, monthly Euler)"
# The engine's native code (the step compiled with the C compiler at hand; dxplan-bench compiles
# it before timing), then the interpreter alone (DXPLAN_NATIVE=0), then the C peer.
.build/release/dxplan-bench --operations scenarios/five-pushes.plan scripts/peers/five-pushes-2035.plan five-pushes-long
DXPLAN_NATIVE=0 .build/release/dxplan-bench scenarios/five-pushes.plan scripts/peers/five-pushes-2035.plan five-pushes-long
cc -O2 -o .build/national_model scripts/peers/national_model.c -lm
.build/national_model
PYSD_PYTHON=$(scripts/pysd_env.sh)
"$BIN" "${RUN[@]}" -c 'export xmile ".build/five-pushes-long.xmile"' >/dev/null
PYSD_LINE=$("$PYSD_PYTHON" scripts/pysd_run.py .build/five-pushes-long.xmile --runs 5 2>&1 >/dev/null | tail -1)
echo "$PYSD_LINE"
# The same Sobol study with PySD running the model and SALib sampling and analysing (SALib's own
# part takes well under a second): extrapolated from PySD's time per run, as the study's runs are
# independent. dxplan's whole command is timed above ('sensitivity fibre sobol').
SOBOL_RUNS=$("$BIN" -l scenarios/five-pushes.plan -c 'sensitivity fibre sobol' | sed -n 's/.* \([0-9,]*\) runs (seed.*/\1/p' | tr -d ,)
PYSD_SECONDS=$(echo "$PYSD_LINE" | sed -n 's/^pysd: \([0-9.e+-]*\) s per run.*/\1/p')
if [ -n "$SOBOL_RUNS" ] && [ -n "$PYSD_SECONDS" ]; then
  python3 -c "import sys; runs, s = int(sys.argv[1]), float(sys.argv[2]); print(f'the Sobol study of sensitivity fibre sobol ({runs:,} runs) with PySD + SALib: {runs * s / 3600:.1f} h extrapolated ({s:.3f} s per PySD run)')" "$SOBOL_RUNS" "$PYSD_SECONDS"
fi
echo

# Issue 12: models the engine was not tuned for, each beside the same equations in C (generated
# from the same description); the ratio per shape.
echo "== synthetic models (scripts/bench_synthetic.sh): dxplan beside C generated from the same description"
scripts/bench_synthetic.sh
