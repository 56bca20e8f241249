#!/usr/bin/env python3
"""Regenerates the generated tables of MODEL.md (each between its begin/end markers): the
parameter table from the model file; the example scenarios' results, the calibration table and
the table of which lever moves what from the built shell (`swift build` first).

Usage: scripts/model_tables.py   (run from anywhere; rewrites MODEL.md in place)
"""
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = ROOT / "Sources/DXModel/Resources/vietnam.dxm"
DOC = ROOT / "MODEL.md"
DXPLAN = ROOT / ".build/debug/dxplan"


def shell(*arguments):
    """What the built shell prints for these arguments, run from the repository."""
    return subprocess.run([str(DXPLAN), *arguments], cwd=ROOT, capture_output=True, text=True).stdout


def replace_between(doc, name, lines):
    """The document with the lines between `<!-- NAME: begin -->` and `<!-- NAME: end -->` replaced."""
    begin, end = f"<!-- {name}: begin -->", f"<!-- {name}: end -->"
    head, rest = doc.split(begin)
    _, tail = rest.split(end)
    return head + begin + "\n" + "\n".join(lines) + "\n" + end + tail


def indicator_rows(text):
    """Indicator id -> (unit, the yearly values) from a `show` table."""
    rows = {}
    for line in text.split("\n"):
        cells = line.split()
        if len(cells) > 3 and cells[1] in ("%", "index"):
            rows[cells[0]] = (cells[1], [c for c in cells[2:] if re.match(r"^-?[0-9.,]+$", c)])
    return rows


def results_table():
    baseline = indicator_rows(shell("scenarios/baseline.plan"))
    pushes = indicator_rows(shell("scenarios/five-pushes.plan"))
    rows = ["| indicator | 2025 | baseline 2026 | baseline 2030 | five-pushes 2026 | five-pushes 2030 |",
            "|---|---|---|---|---|---|"]
    for indicator, (unit, values) in baseline.items():
        other = pushes[indicator][1]
        name = indicator + (" (%)" if unit == "%" else " (index)")
        rows.append(f"| {name} | {values[0]} | {values[1]} | {values[5]} | {other[1]} | {other[5]} |")
    return rows


def indicator_table():
    """Each indicator's statistic (from the model file) beside the model's base-year value."""
    model_values = {}
    for line in shell("-c", "list indicators").split("\n"):
        cells = line.split()
        if len(cells) > 3 and cells[1] in ("%", "index"):
            model_values[cells[0]] = cells[2] + ("%" if cells[1] == "%" and not cells[2].endswith("*") else "")
    rows = ["| id | statistic: agency; what it counts; when it comes out | 2025 (model) | published for 2025 |",
            "|---|---|---|---|"]
    current, fields = None, {}
    for line in MODEL.read_text(encoding="utf-8").split("\n") + ["end-of-file"]:
        header = re.match(r"^indicator ([a-z0-9-]+) ", line)
        if (header or not line.startswith(" ")) and current and fields:
            statistic = "; ".join(fields[k] for k in ("agency", "definition", "reported"))
            rows.append(f"| `{current}` | {statistic} | {model_values.get(current, '–')} | {fields.get('published', '–')} |")
            current, fields = None, {}
        if header:
            current = header.group(1)
        attribute = re.match(r'^  (agency|definition|reported|published) "(.*)"$', line)
        if current and attribute:
            fields[attribute.group(1)] = attribute.group(2).replace("|", "/")
    return rows


def calibration_table():
    lines = shell("-c", "calibrate").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Backcast from"))
    rows = ["| observation | when | observed | model | miss | tolerance | role |", "|---|---|---|---|---|---|---|"]
    for line in lines[start + 2:]:
        if not line.startswith("  "):
            break
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) == 9:  # the fit moved: show the fit's columns
            cells = cells[:3] + cells[5:]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


LEVERS = [("services", "online-services"), ("data", "national-databases"), ("management", "digital-offices"),
          ("security", "cyber-exposure"), ("business", "digital-economy"), ("industry", "digital-workforce"),
          ("broadband", "fibre-coverage"), ("skills", "digital-skills")]


def lever_table():
    reference = dict(zip([p for p, _ in LEVERS], [3750, 3750, 2500, 2500, 2500, 2500, 5000, 2500]))
    rows = ["| programme | its indicator | 0× | 1× | 4× | 10× |", "|---|---|---|---|---|---|"]
    for programme, indicator in LEVERS:
        cells = []
        for factor in (0, 1, 4, 10):
            amounts = dict(reference)
            amounts[programme] *= factor
            lines = ["scenario s", "  horizon 2026 to 2030", f"  budget {sum(amounts.values())} bn VND per year", "  allocate"]
            lines += [f"    {k} {v} bn VND" for k, v in amounts.items() if v > 0] + ["  end", "end", "run s", f"show {indicator}"]
            values = indicator_rows(shell("-c", "\n".join(lines)))[indicator][1]
            cells.append(f"{values[2]} / {values[5]}")
        rows.append(f"| `{programme}` | {indicator} | " + " | ".join(cells) + " |")
    return rows


def parameters(lines):
    """Each `param` declaration with its indented attributes."""
    i = 0
    while i < len(lines):
        match = re.match(r"param (\w+) \[([^\]]*)\] = (\S+)", lines[i])
        if not match:
            i += 1
            continue
        p = {"id": match[1], "unit": match[2], "value": match[3], "doc": "", "provenance": "", "range": "–", "fitted": False}
        i += 1
        while i < len(lines) and lines[i].startswith("  "):
            text = lines[i].strip()
            if text.startswith("doc "):
                p["doc"] = text[5:-1]
            elif text.startswith("source "):
                p["provenance"] = text[8:-1]
            elif text.startswith("assumption "):
                p["provenance"] = "**Assumption:** " + text[12:-1]
            elif text.startswith("range "):
                words = text.split()
                p["range"] = f"{words[1]}–{words[3]}" + (f" ({words[4]})" if len(words) > 4 else "")
            elif text == "fitted":
                p["fitted"] = True
            i += 1
        yield p


def number(text):
    value = float(text)
    return f"{int(value):,}" if value == int(value) and abs(value) >= 10000 else text


def main():
    params = list(parameters(MODEL.read_text(encoding="utf-8").split("\n")))
    rows = ["| id | meaning | value | unit | range | source or assumption |", "|---|---|---|---|---|---|"]
    for p in params:
        value = number(p["value"]) + (" (**fitted**, §12)" if p["fitted"] else "")
        unit = "dimensionless" if p["unit"] == "1" else p["unit"]
        rows.append(f"| `{p['id']}` | {p['doc']} | {value} | {unit} | {p['range']} | {p['provenance'].replace('|', '/')} |")
    doc = DOC.read_text(encoding="utf-8")
    begin, end = "<!-- parameter table: begin -->", "<!-- parameter table: end -->"
    head, rest = doc.split(begin)
    _, tail = rest.split(end)
    assumptions = sum(1 for p in params if p["provenance"].startswith("**Assumption"))
    head = re.sub(r"\d+ parameters, \d+ of them labelled assumptions\.",
                  f"{len(params)} parameters, {assumptions} of them labelled assumptions.", head)
    doc = head + begin + "\n" + "\n".join(rows) + "\n" + end + tail
    if DXPLAN.exists():
        doc = replace_between(doc, "results table", results_table())
        doc = replace_between(doc, "indicator table", indicator_table())
        doc = replace_between(doc, "calibration table", calibration_table())
        doc = replace_between(doc, "lever table", lever_table())
    DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
