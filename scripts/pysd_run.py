#!/usr/bin/env python3
"""Runs an XMILE model with PySD and prints its trajectory as CSV.

Usage: pysd_run.py MODEL.xmile [--runs N] [--all]

Runs with the file's own sim_specs (PySD integrates with Euler) and returns every time step.
stdout: a CSV with a `time` column and one column per stock, in the file's order (every stock,
flow and auxiliary with --all), each value written in full (repr) so it reads back exactly.
stderr: one line, for benchmarks to read:
    pysd: <seconds> s per run (median of N runs after load; translate and load <seconds> s; PySD <version>)

Run it with the venv of scripts/pysd_env.sh:  "$(scripts/pysd_env.sh)" scripts/pysd_run.py FILE
"""
import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
import warnings
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pysd

NAMESPACE = "{http://docs.oasis-open.org/xmile/ns/XMILE/v1.0}"


def variable_names(path, kinds):
    """The names of the file's variables of the given kinds, in document order."""
    root = ElementTree.parse(path).getroot()
    variables = root.find(f"{NAMESPACE}model/{NAMESPACE}variables")
    if variables is None:
        raise SystemExit(f"{path}: no <model><variables> in the XMILE 1.0 namespace")
    return [node.get("name") for node in variables if node.tag in {NAMESPACE + kind for kind in kinds}]


def main():
    parser = argparse.ArgumentParser(description="Run an XMILE model with PySD; print its trajectory as CSV.")
    parser.add_argument("model", type=Path, help="the XMILE file")
    parser.add_argument("--runs", type=int, default=5, help="timed runs after loading (default 5)")
    parser.add_argument("--all", action="store_true", help="print flows and auxiliaries as well as stocks")
    arguments = parser.parse_args()
    if arguments.runs < 1:
        parser.error("--runs must be at least 1")

    kinds = ("stock", "flow", "aux") if arguments.all else ("stock",)
    names = variable_names(arguments.model, kinds)

    # PySD writes the translated Python beside the model: translate a copy in a scratch folder.
    with tempfile.TemporaryDirectory(prefix="pysd-run-") as scratch:
        copy = Path(scratch) / "model.xmile"
        shutil.copyfile(arguments.model, copy)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            started = time.perf_counter()
            model = pysd.read_xmile(str(copy))
            load_seconds = time.perf_counter() - started
            durations = []
            for _ in range(arguments.runs):
                started = time.perf_counter()
                frame = model.run(return_columns=names, progress=False)
                durations.append(time.perf_counter() - started)

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["time"] + names)
    columns = [frame[name].to_numpy() for name in names]
    for row, moment in enumerate(frame.index):
        writer.writerow([repr(float(moment))] + [repr(float(column[row])) for column in columns])
    sys.stdout.flush()
    print(f"pysd: {statistics.median(durations):.6f} s per run (median of {len(durations)} runs after load; "
          f"translate and load {load_seconds:.3f} s; PySD {pysd.__version__})", file=sys.stderr)


if __name__ == "__main__":
    main()
