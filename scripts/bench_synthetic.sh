#!/usr/bin/env bash
# The engine on models it was not tuned for (issue 12: aim at <= 2x a hand-written C loop).
# scripts/synthetic_models.py writes each shape twice from one description, as a model file and
# as a C program running the same equations in a plain Euler loop; this script
#   1. writes them into .build/synthetic/ (never into the source tree) and compiles each C file
#      with cc -O2;
#   2. checks that dxplan (dxplan-bench --model FILE --values) and C (./SHAPE --values) print the
#      same values: relative difference at most 1e-9 (with room for the last of ten printed
#      digits rounding apart), and stops with the differing values otherwise;
#   3. times both (each: a batch of about 50 ms, the median of 21 batches) and prints a table:
#      shape, equations and stocks (dxplan's count, the hidden stocks of SMOOTH and DELAY
#      included), dxplan µs per run (its native code, compiled before timing, unless no C
#      compiler is at hand), C µs per run, their ratio; the interpreter alone (DXPLAN_NATIVE=0)
#      and its ratio; then the C again compiled with
#      -O2 -freciprocal-math and its ratio. The engine divides by a constant (a residence time, a
#      delay's stage time) by multiplying with its reciprocal, computed once; cc -O2 keeps each
#      division (the results differ in the last bit), which costs the C twin much on the shapes
#      full of such divisions. The first ratio is the one of issue 12 (the C as written, as
#      scripts/peers/national_model.c); the second compares like with like on that point.
# Release build. Options: SYNTHETIC_SHAPES="chain mixed" to time only some shapes,
# SYNTHETIC_OPERATIONS=1 to print each model's instruction mix as well.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build/synthetic
BENCH=.build/release/dxplan-bench
CC=${CC:-$(command -v cc || command -v clang || true)}
[ -n "$CC" ] || { echo "bench_synthetic: no C compiler (cc or clang)" >&2; exit 1; }
swift build -c release --product dxplan-bench >/dev/null
mkdir -p "$OUT"

shapes=()
while read -r shape _ _; do shapes+=("$shape"); done < <(python3 scripts/synthetic_models.py --out "$OUT" ${SYNTHETIC_SHAPES:+$(printf -- '--shape %s ' $SYNTHETIC_SHAPES)})

# Compile every C twin first, and check every shape's values, before timing anything.
for shape in "${shapes[@]}"; do
  "$CC" -O2 -o "$OUT/$shape" "$OUT/$shape.c" -lm
  "$CC" -O2 -freciprocal-math -o "$OUT/$shape-reciprocal" "$OUT/$shape.c" -lm
  "$BENCH" --model "$OUT/$shape.dxm" --values >"$OUT/$shape.dxplan-values"
  "$OUT/$shape" --values >"$OUT/$shape.c-values"
  python3 - "$shape" "$OUT/$shape.dxplan-values" "$OUT/$shape.c-values" <<'EOF'
import sys
shape, ours, theirs = sys.argv[1], open(sys.argv[2]).read().split("\n"), open(sys.argv[3]).read().split("\n")
ours, theirs = [l.split() for l in ours if l], [l.split() for l in theirs if l]
if [l[0] for l in ours] != [l[0] for l in theirs] or not ours:
    sys.exit(f"bench_synthetic: {shape}: dxplan and C print different variables:\n{ours}\n{theirs}")
for (name, a), (_, b) in zip(ours, theirs):
    a, b = float(a), float(b)
    # 1e-9 relative; the factor leaves room for two equal values whose tenth digit rounds apart.
    if not abs(a - b) <= 1e-9 * max(abs(a), abs(b)) * (1 + 1e-6):
        sys.exit(f"bench_synthetic: {shape}: {name} is {a!r} in dxplan but {b!r} in C (relative difference above 1e-9)")
EOF
done
echo "values: dxplan and C agree to 1e-9 on every shape (${shapes[*]})"

rows=()
for shape in "${shapes[@]}"; do
  ours=$("$BENCH" --model "$OUT/$shape.dxm" ${SYNTHETIC_OPERATIONS:+--operations})
  interpreted=$(DXPLAN_NATIVE=0 "$BENCH" --model "$OUT/$shape.dxm")
  theirs=$("$OUT/$shape")
  reciprocal=$("$OUT/$shape-reciprocal")
  [ -z "${SYNTHETIC_OPERATIONS:-}" ] || echo "$ours"
  rows+=("$(python3 - "$shape" "$ours" "$theirs" "$reciprocal" "$interpreted" <<'EOF'
import re, sys
shape, ours, theirs, reciprocal, interpreted = sys.argv[1:6]
size = re.search(r"(\d+) equations \((\d+) stocks\)", ours)
dxplan = float(re.search(r"median ([0-9.]+) µs per run", ours).group(1))
interpreter = float(re.search(r"median ([0-9.]+) µs per run", interpreted).group(1))
c = float(re.search(r"median ([0-9.]+) us per run", theirs).group(1))
fast = float(re.search(r"median ([0-9.]+) us per run", reciprocal).group(1))
engine = "native" if "engine: native" in ours else "interpreter"
print(f"| {shape} | {size.group(1)} | {size.group(2)} | {dxplan:.2f} ({engine}) | {c:.2f} | {dxplan / c:.2f}× | {interpreter:.2f} | {interpreter / c:.2f}× | {fast:.2f} | {dxplan / fast:.2f}× |")
EOF
)")
done
echo
echo "| shape | equations | stocks | dxplan µs/run | C µs/run | ratio | dxplan interpreter µs/run | ratio | C -freciprocal-math µs/run | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
