#!/usr/bin/env python3
"""Synthetic system-dynamics models for the engine's benchmark (issue 12: "aim at <= 2x a
hand-written C loop on models it has never seen").

Each model is built once, in memory (a `Model`: parameters, yearly inputs, lookups, stocks,
auxiliaries and flows whose equations are `E` expressions that know how to write themselves in
both languages), then written twice from that one description:

  SHAPE.dxm  the model in dxplan's model language (MODEL.md, section 11), with `# bench:` comment
             lines that tell `dxplan-bench --model` the run's window, its input series and the
             variables to print (see "The bench lines" below);
  SHAPE.c    the same equations in a plain C Euler loop over doubles (as scripts/peers/national_model.c):
             every auxiliary and flow from the state at the step's start, then every stock moves by
             dt times its net flow; SMOOTH, SMOOTH3, DELAY1 and DELAY3 become the hidden stocks the
             compiler makes of them (Sources/DXModel/Compiler/StatefulLowering.swift): SMOOTHn is n
             stages each moving toward its input at 1/(delay/n), DELAYn is n stages each emptying at
             stock/(delay/n), a DELAY stage starting at initial * delay/n. Inputs are piecewise
             constant by calendar year (floor(time + 1e-9), held flat beyond the series); lookups
             are linear between points and flat beyond them, with the engine's binary search.
             `./SHAPE` times itself (a batch of about 50 ms, then the median of 21 batches, "us per
             run"); `./SHAPE --values` prints the chosen variables at the end of one run, one
             `name value` line each, value with %.10g, as `dxplan-bench --model SHAPE.dxm --values`.

Every model runs from 2024 to 2036 in monthly Euler steps (144 steps; --end ends it earlier, the
model unchanged: the tests end in 2031, while the initial values still show) and has yearly inputs.
Every quantity is dimensionless ([1]), a rate or flow is [1/year], a time [year]: the unit check
passes with nothing to convert. Values stay well-conditioned: every time constant is at least
0.25 year (dt/tau <= 1/3), divisions are by parameters or by sums bounded away from zero, and MAX
keeps what must not go negative from doing so.

The shapes (SIZE: the number of repeated units; the defaults are in DEFAULT_SIZES):

  chain        one chain of SIZE stocks, each draining into the next (stock / residence time),
               fed by a yearly input; every 5th link passes through a material delay instead
               (DELAY3, and every other one of those DELAY1, each with an initial flow).
  wide         SIZE independent units, alternating goal seeking (a level moves toward a goal
               times a yearly input, gap / adjustment time) and Bass diffusion ((p + q x)(1 - x)
               times a yearly effort, with churn), each with an auxiliary or two.
  lookups      SIZE lookup tables (5 to 8 points from x = 0.5 to 1.75, rising, falling or S-shaped; the
               ratios looked up fall beyond either end at times) and SIZE stocks;
               each stock moves toward its reference times the lookup of its ratio to that
               reference (scaled by a yearly input) times a second lookup (another unit's table)
               of that effect.
  delays       SIZE stock-management units: orders (a yearly input times a weight) perceived
               through SMOOTH3, production through DELAY3 of the desired rate (MAX with 0),
               shipments MIN(orders, inventory / minimum time); every 4th unit uses SMOOTH and
               DELAY1 instead; every smooth and delay has an initial value.
  mixed        SIZE sectors (default 3, about 100 equations) coupled in a ring: Bass adoption with
               an IF on a threshold, a backlog -> work in progress -> done chain whose processing
               is MIN(backlog / time, capacity), completion through DELAY3, rework from done back to
               the backlog (two inflows and two outflows on a stock), capacity goal-seeking
               toward a SMOOTH3 of the backlog, a lookup of backlog pressure that feeds back on
               demand, MAX, and an IF on TIME (a policy from mid-2030); a sector's demand grows
               with the previous sector's adoption.
  mixed-large  the same sectors, SIZE default 31 (about 1,000 equations).

The bench lines (comments, so the model compiles as it is):

  # bench: start 2024 end 2036 steps-per-year 12
  # bench: input NAME from FIRST_YEAR = V1 V2 ...     (one per input; held flat beyond)
  # bench: values NAME NAME ...                        (printed by --values, in this order: a few
                                                       chosen per shape, and every stock of a model
                                                       with at most 40)

Usage: synthetic_models.py --out DIR [--shape SHAPE ...] [--size N] [--seed N] [--end YEAR]
Writes DIR/SHAPE.dxm and DIR/SHAPE.c for each shape (every shape by default) and prints
`SHAPE equations stocks` lines (as the generator counts them, hidden stocks included).
"""

import argparse
import os
import random
import sys

START, END, STEPS_PER_YEAR = 2024, 2036, 12
SHAPES = ["chain", "wide", "lookups", "delays", "mixed", "mixed-large"]
DEFAULT_SIZES = {"chain": 200, "wide": 100, "lookups": 60, "delays": 25, "mixed": 3, "mixed-large": 31}


def number(value):
    """A literal both languages read as the same double (no exponent, always a decimal point)."""
    text = repr(float(value))
    assert "e" not in text and "n" not in text, text
    return text


class E:
    """An expression, written in the model language (`dxm`) and in C (`c`); `refs`: the auxiliaries
    and flows it reads (what orders the C program's equations)."""

    def __init__(self, dxm, c, refs=frozenset()):
        self.dxm, self.c, self.refs = dxm, c, frozenset(refs)

    def _binary(self, op, other, swapped=False):
        other = other if isinstance(other, E) else E(number(other), number(other))
        lhs, rhs = (other, self) if swapped else (self, other)
        return E(f"({lhs.dxm} {op} {rhs.dxm})", f"({lhs.c} {op} {rhs.c})", lhs.refs | rhs.refs)

    def __add__(self, other): return self._binary("+", other)
    def __radd__(self, other): return self._binary("+", other, True)
    def __sub__(self, other): return self._binary("-", other)
    def __rsub__(self, other): return self._binary("-", other, True)
    def __mul__(self, other): return self._binary("*", other)
    def __rmul__(self, other): return self._binary("*", other, True)
    def __truediv__(self, other): return self._binary("/", other)
    def __rtruediv__(self, other): return self._binary("/", other, True)
    def __lt__(self, other): return self._binary("<", other)
    def __gt__(self, other): return self._binary(">", other)


def lit(value):
    return E(number(value), number(value))


def call2(name, a, b):
    """MIN and MAX; in C with the engine's rule (the first argument when it is not a number)."""
    a = a if isinstance(a, E) else lit(a)
    b = b if isinstance(b, E) else lit(b)
    return E(f"{name}({a.dxm}, {b.dxm})", f"{name.lower()}2({a.c}, {b.c})", a.refs | b.refs)


def MIN(a, b): return call2("MIN", a, b)
def MAX(a, b): return call2("MAX", a, b)


def IF(condition, then, otherwise):
    then = then if isinstance(then, E) else lit(then)
    otherwise = otherwise if isinstance(otherwise, E) else lit(otherwise)
    return E(f"(IF {condition.dxm} THEN {then.dxm} ELSE {otherwise.dxm})",
             f"({condition.c} ? {then.c} : {otherwise.c})",
             condition.refs | then.refs | otherwise.refs)


TIME = E("TIME", "t")


class Model:
    def __init__(self, shape, seed, end=END):
        self.shape, self.end = shape, end
        self.random = random.Random(f"{shape}:{seed}")
        self.params = []       # (name, unit, value)
        self.inputs = []       # (name, unit, first year, values)
        self.lookups = []      # (name, xs, ys)
        self.stocks = {}       # name -> dict(unit, initial E, inflows, outflows)
        self.equations = []    # (kind, name, unit, E), kind aux or flow
        self.delays = []       # hidden stocks: dict(function, id, input E, delay E, initial E)
        self.values = []

    def uniform(self, low, high, digits=3):
        return round(self.random.uniform(low, high), digits)

    def param(self, name, unit, value):
        self.params.append((name, unit, value))
        return E(name, name)

    def input(self, name, unit, level, growth, noise):
        values, value = [], level
        for _ in range(START, END + 1):
            values.append(round(value * (1 + self.random.uniform(-noise, noise)), 4))
            value *= 1 + growth
        self.inputs.append((name, unit, START, values))
        return E(name, name)

    def lookup(self, name, kind):
        count = self.random.randint(5, 8)
        # From 0.5 to 1.75: the ratios the shapes look up fall beyond either end at times (flat there).
        xs = sorted({round(0.5 + 1.25 * i / (count - 1) + (self.random.uniform(-0.05, 0.05) if 0 < i < count - 1 else 0), 3)
                     for i in range(count)})
        if kind == "rising":
            ys = sorted(round(self.random.uniform(0.3, 1.8), 3) for _ in xs)
        elif kind == "falling":
            ys = sorted((round(self.random.uniform(0.3, 1.8), 3) for _ in xs), reverse=True)
        else:  # S-shaped: flat, rising, flat
            low, high = self.uniform(0.3, 0.7), self.uniform(1.2, 1.8)
            ys = [round(low + (high - low) / (1 + 2.718281828 ** (-6 * (x - 1.125))), 3) for x in xs]
        self.lookups.append((name, xs, ys))

        def apply(x):
            return E(f"{name}({x.dxm})", f"interpolate({name}_x, {name}_y, {len(xs)}, {x.c})", x.refs)
        return apply

    def stock(self, name, initial, unit="1"):
        initial = initial if isinstance(initial, E) else lit(initial)
        self.stocks[name] = {"unit": unit, "initial": initial, "inflows": [], "outflows": []}
        return E(name, name)

    def aux(self, name, equation, unit="1"):
        self.equations.append(("aux", name, unit, equation))
        return E(name, name, {name})

    def flow(self, name, equation, into=None, out_of=None, unit="1/year"):
        self.equations.append(("flow", name, unit, equation))
        if into:
            self.stocks[into]["inflows"].append(name)
        if out_of:
            self.stocks[out_of]["outflows"].append(name)
        return E(name, name, {name})

    def stateful(self, function, input_, delay, initial):
        """SMOOTH, SMOOTH3, DELAY1 or DELAY3 with an initial value: in C, the hidden stocks."""
        initial = initial if isinstance(initial, E) else lit(initial)
        ident = f"h{len(self.delays) + 1}"
        self.delays.append({"function": function, "id": ident, "input": input_, "delay": delay, "initial": initial})
        stages = 3 if function.endswith("3") else 1
        output = f"{ident}_s{stages}" if function.startswith("SMOOTH") else f"{ident}_o{stages}"
        # The output reads only hidden stocks: it needs no auxiliary computed first.
        return E(f"{function}({input_.dxm}, {delay.dxm}, {initial.dxm})", output)

    def count(self):
        hidden_stocks = sum(3 if d["function"].endswith("3") else 1 for d in self.delays)
        # The compiler's hidden variables: a SMOOTH stage is a stock and a flow, a DELAY stage a stock and two flows.
        hidden_flows = sum((3 if d["function"].endswith("3") else 1) * (1 if d["function"].startswith("SMOOTH") else 2)
                           for d in self.delays)
        stocks = len(self.stocks) + hidden_stocks
        return len(self.equations) + stocks + hidden_flows, stocks

    # -- writing

    def dxm(self):
        lines = [f"# A synthetic model, shape '{self.shape}', written by scripts/synthetic_models.py; its C twin runs the same equations.",
                 f"# bench: start {START} end {self.end} steps-per-year {STEPS_PER_YEAR}"]
        for name, _, first, values in self.inputs:
            lines.append(f"# bench: input {name} from {first} = " + " ".join(number(v) for v in values))
        lines.append("# bench: values " + " ".join(self.values))
        lines.append(f'model "synthetic {self.shape}"')
        lines.append("")
        for name, unit, value in self.params:
            lines += [f"param {name} [{unit}] = {number(value)}", '  assumption "synthetic"']
        for name, unit, _, _ in self.inputs:
            lines.append(f"input {name} [{unit}]")
        for name, xs, ys in self.lookups:
            points = ", ".join(f"({number(x)}, {number(y)})" for x, y in zip(xs, ys))
            lines += [f"lookup {name} [1] = {points}", '  assumption "synthetic"']
        for name, stock in self.stocks.items():
            lines.append(f"stock {name} [{stock['unit']}] = {stock['initial'].dxm}")
            if stock["inflows"]:
                lines.append("  inflow " + ", ".join(stock["inflows"]))
            if stock["outflows"]:
                lines.append("  outflow " + ", ".join(stock["outflows"]))
        for kind, name, unit, equation in self.equations:
            lines.append(f"{kind} {name} [{unit}] = {equation.dxm}")
        return "\n".join(lines) + "\n"

    def ordered_equations(self):
        """The auxiliaries and flows in an order where each comes after what it reads (C needs it)."""
        by_name = {name: (kind, name, unit, equation) for kind, name, unit, equation in self.equations}
        done, order = set(), []

        def visit(name, path):
            if name in done:
                return
            assert name not in path, f"an algebraic loop through {name}"
            for ref in sorted(by_name[name][3].refs):
                if ref in by_name:
                    visit(ref, path | {name})
            done.add(name)
            order.append(by_name[name])

        sys.setrecursionlimit(100000)
        for _, name, _, _ in self.equations:
            visit(name, frozenset())
        return order

    def c(self):
        out = []
        w = out.append
        w(f"/* A synthetic model, shape '{self.shape}', written by scripts/synthetic_models.py from the same")
        w(" * description as its .dxm: the same equations in a hand-written style Euler loop (see the script). */")
        w("#define _POSIX_C_SOURCE 199309L /* clock_gettime */")
        w("#include <math.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n")
        w(f"enum {{ STEPS = {(self.end - START) * STEPS_PER_YEAR}, VALUES = {len(self.values)} }};")
        w(f"static const double START = {number(START)}, DT = 1.0 / {STEPS_PER_YEAR};\n")
        w("/* MIN and MAX as the engine defines them (the first argument when it is not a number). */")
        w("static inline double min2(double x, double y) { return x < y || x != x ? x : y; }")
        w("static inline double max2(double x, double y) { return x > y || x != x ? x : y; }\n")
        w("/* Linear between the points, flat beyond the ends (as the engine's lookups). */")
        w("static inline double interpolate(const double *xs, const double *ys, int n, double x) {")
        w("    if (x <= xs[0]) return ys[0];")
        w("    if (x >= xs[n - 1]) return ys[n - 1];")
        w("    int low = 0, high = n - 1;")
        w("    while (high - low > 1) {")
        w("        int middle = (low + high) >> 1;")
        w("        if (xs[middle] <= x) low = middle; else high = middle;")
        w("    }")
        w("    return ys[low] + (x - xs[low]) / (xs[high] - xs[low]) * (ys[high] - ys[low]);")
        w("}\n")
        for name, _, value in self.params:
            w(f"static const double {name} = {number(value)};")
        for name, xs, ys in self.lookups:
            w(f"static const double {name}_x[] = {{{', '.join(number(x) for x in xs)}}};")
            w(f"static const double {name}_y[] = {{{', '.join(number(y) for y in ys)}}};")
        for name, _, first, values in self.inputs:
            w(f"static const double {name}_series[{len(values)}] = {{{', '.join(number(v) for v in values)}}};")
            w(f"enum {{ {name}_first = {first}, {name}_count = {len(values)} }};")
        w("")
        w("static void run(double *out) {")
        for name, stock in self.stocks.items():
            w(f"    double {name} = {stock['initial'].c};")
        for d in self.delays:
            stages = 3 if d["function"].endswith("3") else 1
            stage_time = f"{d['delay'].c} / 3.0" if stages == 3 else d["delay"].c
            w(f"    const double {d['id']}_stage = {stage_time};")
            start = d["initial"].c if d["function"].startswith("SMOOTH") else f"{d['initial'].c} * {d['id']}_stage"
            ident = d["id"]
            w(f"    double {', '.join(f'{ident}_s{i} = {start}' for i in range(1, stages + 1))};")
        for name, _, _, _ in self.inputs:
            w(f"    double {name} = 0;")
        w("    int year = -1;")
        w("    for (int n = 0;; n++) {")
        w("        const double t = START + n * DT;")
        w("        int y = (int)floor(t + 1e-9);")
        w("        if (y != year) { /* yearly inputs, held flat beyond their series */")
        w("            year = y;")
        for name, _, _, _ in self.inputs:
            w(f"            int {name}_at = year - {name}_first;")
            w(f"            {name} = {name}_series[{name}_at < 0 ? 0 : {name}_at >= {name}_count ? {name}_count - 1 : {name}_at];")
        w("        }")
        w("        /* what the delays let out: a stage's outflow is its content over its stage time */")
        for d in self.delays:
            if d["function"].startswith("DELAY"):
                for i in range(1, (3 if d["function"].endswith("3") else 1) + 1):
                    w(f"        const double {d['id']}_o{i} = {d['id']}_s{i} / {d['id']}_stage;")
        w("        /* auxiliaries and flows, each after what it reads (one nothing reads, the C compiler drops) */")
        read = set(self.values)
        for _, _, _, equation in self.equations:
            read |= equation.refs
        for d in self.delays:
            read |= d["input"].refs
        for kind, name, _, equation in self.ordered_equations():
            unused = "" if kind == "flow" or name in read else " __attribute__((unused))"
            w(f"        const double {name}{unused} = {equation.c};")
        w("        /* the smooths' and delays' inputs, and each smoothing stage's adjustment */")
        for d in self.delays:
            w(f"        const double {d['id']}_in = {d['input'].c};")
            if d["function"].startswith("SMOOTH"):
                upstream = f"{d['id']}_in"
                for i in range(1, (3 if d["function"].endswith("3") else 1) + 1):
                    w(f"        const double {d['id']}_r{i} = ({upstream} - {d['id']}_s{i}) / {d['id']}_stage;")
                    upstream = f"{d['id']}_s{i}"
        w("        if (n == STEPS) {")
        for i, name in enumerate(self.values):
            w(f"            out[{i}] = {name};")
        # Every stock, hidden ones too, goes into the checksum: no unit is dead code the C compiler
        # may drop because no printed value depends on it (the engine computes every stock too).
        every = list(self.stocks) + [f"{d['id']}_s{i}" for d in self.delays for i in range(1, (3 if d["function"].endswith("3") else 1) + 1)]
        w("            out[VALUES] = 0;")
        for start in range(0, len(every), 8):
            w(f"            out[VALUES] += {' + '.join(every[start:start + 8])};")
        w("            return;")
        w("        }")
        w("        /* Euler: every stock by dt times its net flow */")
        for name, stock in self.stocks.items():
            inflow = " + ".join(stock["inflows"]) or "0"
            if stock["outflows"]:
                w(f"        {name} += DT * (({inflow}) - ({' + '.join(stock['outflows'])}));")
            else:
                w(f"        {name} += DT * ({inflow});")
        for d in self.delays:
            stages = 3 if d["function"].endswith("3") else 1
            ident = d["id"]
            for i in range(1, stages + 1):
                if d["function"].startswith("SMOOTH"):
                    w(f"        {ident}_s{i} += DT * {ident}_r{i};")
                else:
                    entry = f"{ident}_in" if i == 1 else f"{ident}_o{i - 1}"
                    w(f"        {ident}_s{i} += DT * ({entry} - {ident}_o{i});")
        w("    }")
        w("}\n")
        names = ", ".join(f'"{name}"' for name in self.values)
        w(f"static const char *const names[VALUES] = {{{names}}};\n")
        w("static double seconds(void) {")
        w("    struct timespec now;")
        w("    clock_gettime(CLOCK_MONOTONIC, &now);")
        w("    return now.tv_sec + now.tv_nsec * 1e-9;")
        w("}\n")
        w("static int ascending(const void *a, const void *b) {")
        w("    double x = *(const double *)a, y = *(const double *)b;")
        w("    return (x > y) - (x < y);")
        w("}\n")
        w("/* Runs the model `count` times; the checksum (the printed values and every stock) keeps the optimiser from dropping the work. */")
        w("static volatile double checksum;")
        w("static double batch(int count) {")
        w("    double out[VALUES + 1], started = seconds();")
        w("    for (int i = 0; i < count; i++) {")
        w("        run(out);")
        w("        for (int k = 0; k <= VALUES; k++) checksum += out[k];")
        w("    }")
        w("    return seconds() - started;")
        w("}\n")
        w("int main(int argc, char **argv) {")
        w("    double out[VALUES + 1];")
        w('    if (argc > 1 && strcmp(argv[1], "--values") == 0) {')
        w("        run(out);")
        w('        for (int k = 0; k < VALUES; k++) printf("%s %.10g\\n", names[k], out[k]);')
        w("        return 0;")
        w("    }")
        w("    /* As dxplan-bench: a batch of about 50 ms, then the median of 21 batches. */")
        w("    int count = 1;")
        w("    while (batch(count) < 0.05) count *= 2;")
        w("    double per_run[21];")
        w("    for (int i = 0; i < 21; i++) per_run[i] = batch(count) / count * 1e9;")
        w("    qsort(per_run, 21, sizeof per_run[0], ascending);")
        w(f'    printf("hand-written C ({self.shape}): median %.2f us per run (min %.2f us), %d steps, %d runs per batch\\n",')
        w("           per_run[10] / 1000, per_run[0] / 1000, STEPS, count);")
        w("    return 0;")
        w("}")
        return "\n".join(out) + "\n"


# -- the shapes

def chain(m, size):
    feed = m.input("feed", "1/year", 1.0, 0.03, 0.05)
    share = m.param("feed_share", "1", m.uniform(0.5, 1.5))
    stocks = [m.stock(f"stage_{i}", m.uniform(0.5, 2.0)) for i in range(1, size + 1)]
    m.flow("entering", feed * share, into="stage_1")
    delays = 0
    for i in range(1, size + 1):
        tau = m.param(f"residence_{i}", "year", m.uniform(0.25, 1.5))
        out = m.flow(f"leaving_{i}", stocks[i - 1] / tau, out_of=f"stage_{i}")
        if i == size:
            break
        if i % 5 == 0:
            delays += 1
            function = "DELAY1" if delays % 2 == 0 else "DELAY3"
            lag = m.param(f"transit_{i}", "year", m.uniform(0.5, 2.0))
            initial = m.param(f"transit_flow_{i}", "1/year", m.uniform(0.5, 2.0))
            m.flow(f"arriving_{i + 1}", m.stateful(function, out, lag, initial), into=f"stage_{i + 1}")
        else:
            m.stocks[f"stage_{i + 1}"]["inflows"].append(f"leaving_{i}")
    middle = size // 2 + 1
    m.values = ["stage_1", f"stage_{middle}", f"stage_{size}", f"leaving_{size}", "entering"]
    arrivals = [name for _, name, _, _ in m.equations if name.startswith("arriving_")]
    m.values += arrivals[-1:]


def wide(m, size):
    pull = m.input("pull", "1", 1.0, 0.02, 0.1)
    effort = m.input("effort", "1", 0.8, 0.04, 0.1)
    churn = m.param("churn", "1/year", m.uniform(0.01, 0.05))
    for i in range(1, size + 1):
        if i % 2:
            goal = m.param(f"goal_{i}", "1", m.uniform(1, 5))
            adjust = m.param(f"adjustment_time_{i}", "year", m.uniform(0.5, 3))
            level = m.stock(f"level_{i}", m.uniform(0.5, 3))
            gap = m.aux(f"gap_{i}", goal * pull - level)
            m.flow(f"adjusting_{i}", gap / adjust, into=f"level_{i}")
        else:
            p = m.param(f"innovation_{i}", "1/year", m.uniform(0.005, 0.05))
            q = m.param(f"imitation_{i}", "1/year", m.uniform(0.2, 0.6))
            adopters = m.stock(f"adopters_{i}", m.uniform(0.01, 0.1))
            m.flow(f"adopting_{i}", (p + q * adopters) * (1 - adopters) * effort, into=f"adopters_{i}")
            m.flow(f"churning_{i}", adopters * churn, out_of=f"adopters_{i}")
            m.aux(f"adopters_percent_{i}", adopters * 100)
    m.values = ["level_1", "gap_1", "adopters_2", f"adopters_percent_{size - size % 2}", f"level_{size - 1 + size % 2}"]


def lookups(m, size):
    scale = m.input("scale", "1", 1.0, 0.01, 0.15)
    kinds = ["rising", "falling", "s-shaped"]
    tables = [m.lookup(f"table_{i}", kinds[i % 3]) for i in range(1, size + 1)]
    for i in range(1, size + 1):
        reference = m.param(f"reference_{i}", "1", m.uniform(0.5, 2.0))
        tau = m.param(f"response_time_{i}", "year", m.uniform(0.5, 2.0))
        x = m.stock(f"quantity_{i}", m.uniform(0.5, 2.0))
        ratio = m.aux(f"ratio_{i}", x / reference * scale)
        effect = m.aux(f"effect_{i}", tables[i - 1](ratio))
        other = tables[(7 * i + 3) % size]
        multiplier = m.aux(f"multiplier_{i}", other(effect))
        m.flow(f"changing_{i}", (reference * effect * multiplier - x) / tau, into=f"quantity_{i}")
    m.values = ["quantity_1", "effect_1", f"quantity_{size // 2 + 1}", f"multiplier_{size}", f"quantity_{size}"]


def delays(m, size):
    demand = m.input("demand", "1/year", 1.0, 0.03, 0.1)
    minimum_time = m.param("minimum_shipping_time", "year", 0.25)
    for i in range(1, size + 1):
        third = i % 4 != 0
        weight = m.param(f"weight_{i}", "1", m.uniform(0.5, 2.0))
        perception = m.param(f"perception_time_{i}", "year", m.uniform(0.5, 1.5))
        lead = m.param(f"lead_time_{i}", "year", m.uniform(0.5, 1.5))
        adjust = m.param(f"adjustment_time_{i}", "year", m.uniform(1.5, 3.0))
        target = m.param(f"target_inventory_{i}", "1", m.uniform(1.0, 3.0))
        initial = m.param(f"initial_rate_{i}", "1/year", m.uniform(0.5, 2.0))
        inventory = m.stock(f"inventory_{i}", target)
        orders = m.aux(f"orders_{i}", demand * weight, unit="1/year")
        perceived = m.aux(f"perceived_{i}", m.stateful("SMOOTH3" if third else "SMOOTH", orders, perception, initial), unit="1/year")
        desired = m.aux(f"desired_{i}", MAX(perceived + (target - inventory) / adjust, 0), unit="1/year")
        m.flow(f"producing_{i}", m.stateful("DELAY3" if third else "DELAY1", desired, lead, initial), into=f"inventory_{i}")
        m.flow(f"shipping_{i}", MIN(orders, inventory / minimum_time), out_of=f"inventory_{i}")
    m.values = ["inventory_1", "perceived_1", "producing_1", f"inventory_{size}", f"desired_{size}", f"producing_{size}"]


def mixed(m, size):
    demand = m.input("demand", "1/year", 1.0, 0.03, 0.1)
    price = m.input("price", "1", 1.0, -0.01, 0.05)
    coupling = m.param("coupling", "1", 0.2)
    policy_year = m.param("policy_year", "year", 2030.55)
    pressure_table = m.lookup("pressure_effect", "falling")
    for k in range(1, size + 1):
        previous = (k - 2) % size + 1
        # Bass adoption, faster past a threshold.
        p = m.param(f"innovation_{k}", "1/year", m.uniform(0.01, 0.04))
        q = m.param(f"imitation_{k}", "1/year", m.uniform(0.2, 0.5))
        threshold = m.param(f"threshold_{k}", "1", m.uniform(0.2, 0.5))
        boost = m.param(f"boost_{k}", "1", m.uniform(1.1, 1.5))
        adopters = m.stock(f"adopters_{k}", m.uniform(0.01, 0.05))
        bass = (p + q * adopters) * (1 - adopters)
        m.flow(f"adopting_{k}", IF(adopters < threshold, bass, bass * boost), into=f"adopters_{k}")
        # A policy from mid-2030 (IF on TIME), demand coupled to the previous sector's adoption.
        policy = m.aux(f"policy_{k}", IF(TIME > policy_year, m.uniform(1.05, 1.2), 1.0))
        weight = m.param(f"weight_{k}", "1", m.uniform(0.5, 1.5))
        backlog = m.stock(f"backlog_{k}", m.uniform(0.5, 1.5))
        pressure = m.aux(f"pressure_{k}", pressure_table(backlog / (E(f"capacity_{k}", f"capacity_{k}") + 0.1)))
        sector_demand = m.aux(
            f"demand_{k}", demand * weight * (1 + coupling * E(f"adopters_{previous}", f"adopters_{previous}")) * pressure * policy,
            unit="1/year")
        m.flow(f"ordering_{k}", sector_demand, into=f"backlog_{k}")
        # Backlog -> work in progress (MIN of backlog over time and capacity) -> done, through DELAY3.
        processing_time = m.param(f"processing_time_{k}", "year", m.uniform(0.25, 0.75))
        capacity_rate = m.param(f"capacity_rate_{k}", "1/year", m.uniform(0.8, 1.2))
        lead = m.param(f"lead_time_{k}", "year", m.uniform(0.5, 1.5))
        initial_completion = m.param(f"initial_completion_{k}", "1/year", m.uniform(0.5, 1.5))
        m.stock(f"capacity_{k}", m.uniform(0.8, 1.5))
        capacity = E(f"capacity_{k}", f"capacity_{k}")
        processing = m.flow(f"processing_{k}", MIN(backlog / processing_time, capacity * capacity_rate * price), out_of=f"backlog_{k}")
        m.stock(f"work_in_progress_{k}", m.uniform(0.5, 1.5))
        m.stocks[f"work_in_progress_{k}"]["inflows"].append(f"processing_{k}")
        m.flow(f"completing_{k}", m.stateful("DELAY3", processing, lead, initial_completion),
               out_of=f"work_in_progress_{k}")
        m.stock(f"done_{k}", m.uniform(0.5, 1.5))
        m.stocks[f"done_{k}"]["inflows"].append(f"completing_{k}")
        life = m.param(f"life_{k}", "year", m.uniform(2, 6))
        m.flow(f"retiring_{k}", E(f"done_{k}", f"done_{k}") / life, out_of=f"done_{k}")
        # Some of what is done comes back as rework: the backlog has two inflows, done two outflows.
        rework = m.param(f"rework_rate_{k}", "1/year", m.uniform(0.02, 0.1))
        m.flow(f"reworking_{k}", E(f"done_{k}", f"done_{k}") * rework, into=f"backlog_{k}", out_of=f"done_{k}")
        # Capacity seeks a SMOOTH3 of the backlog times its coverage (MAX keeps the goal above a floor).
        perception = m.param(f"perception_time_{k}", "year", m.uniform(0.5, 1.5))
        coverage = m.param(f"coverage_{k}", "1", m.uniform(1.0, 2.0))
        adjustment = m.param(f"capacity_adjustment_time_{k}", "year", m.uniform(1.0, 3.0))
        perceived = m.aux(f"perceived_backlog_{k}", m.stateful("SMOOTH3", backlog, perception, m.uniform(0.5, 1.5)))
        goal = m.aux(f"capacity_goal_{k}", MAX(perceived * coverage, 0.5))
        m.flow(f"capacity_change_{k}", (goal - capacity) / adjustment, into=f"capacity_{k}")
        m.aux(f"adopters_percent_{k}", adopters * 100)
    m.values = ["adopters_1", "backlog_1", "capacity_1", "done_1", "demand_1", f"pressure_{size}", f"completing_{size}",
                f"perceived_backlog_{size}"]


BUILDERS = {"chain": chain, "wide": wide, "lookups": lookups, "delays": delays, "mixed": mixed, "mixed-large": mixed}


def build(shape, size, seed, end=END):
    model = Model(shape, seed, end)
    BUILDERS[shape](model, size)
    # A small model prints every stock as well (the tests' models: what they check shows more).
    if len(model.stocks) <= 40:
        model.values += [name for name in model.stocks if name not in model.values]
    for name in model.values:
        assert name in model.stocks or any(name == n for _, n, _, _ in model.equations), name
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="the folder to write SHAPE.dxm and SHAPE.c into")
    parser.add_argument("--shape", action="append", choices=SHAPES, help="a shape (every shape when none is given)")
    parser.add_argument("--size", type=int, help="the number of repeated units of every shape (default: DEFAULT_SIZES)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--end", type=int, default=END,
                        help=f"the year the run ends (default {END}; the tests end earlier, before the start is forgotten)")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    for shape in arguments.shape or SHAPES:
        size = arguments.size or DEFAULT_SIZES[shape]
        if size < 2:
            parser.error("--size must be at least 2")
        if not START < arguments.end <= END:
            parser.error(f"--end must be after {START} and at most {END}")
        model = build(shape, size, arguments.seed, arguments.end)
        with open(os.path.join(arguments.out, f"{shape}.dxm"), "w") as file:
            file.write(model.dxm())
        with open(os.path.join(arguments.out, f"{shape}.c"), "w") as file:
            file.write(model.c())
        equations, stocks = model.count()
        print(f"{shape} {equations} {stocks}")


if __name__ == "__main__":
    main()
