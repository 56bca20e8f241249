#!/usr/bin/env python3
"""Regenerates the parameter table of MODEL.md (between its begin/end markers) from the model file.

Usage: scripts/model_tables.py   (run from anywhere; rewrites MODEL.md in place)
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = ROOT / "Sources/DXModel/Resources/vietnam.dxm"
DOC = ROOT / "MODEL.md"


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
    DOC.write_text(head + begin + "\n" + "\n".join(rows) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
