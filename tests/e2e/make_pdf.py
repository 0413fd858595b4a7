#!/usr/bin/env python3
"""Lays out a report in the Markdown-like text Nexus reads as a PDF, with a
real typesetter (groff's ms macros, tbl and gropdf): justified and
hyphenated lines, running heads with the document symbol and the page
number, a running foot with a job number, footnotes at the foot of their
page, and tab-separated tables as tbl tables with wrapped cells. For the
tests of the PDF reader: the same report as text and as PDF must give the
same graph.

usage: make_pdf.py REPORT.txt OUT.pdf [--symbol S/2015/366] [--job 15-07745]
"""
import argparse
import re
import subprocess
import sys


def clean(text):
    """Markdown inline markup out: emphasis, links, <i>, escapes."""
    text = re.sub(r"</?(i|b|em|strong)>", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)
    return text.strip()


def troff(text):
    """Text safe for troff: backslashes, and no control character at a line start."""
    text = text.replace("\\", "\\e")
    return text


def line(text):
    """One input line of running text."""
    return "\\&" + troff(text)


def convert(markdown, symbol, job):
    notes = {}
    body = []
    for raw in markdown.split("\n"):
        m = re.match(r"^<sup>(\d+)</sup>\s*(.*)$", raw)
        if m:
            notes[m.group(1)] = clean(m.group(2))
        else:
            body.append(raw)
    out = [
        ".\\\" made by tests/e2e/make_pdf.py",
        ".nr PS 10", ".nr VS 12", ".nr HM 1i", ".nr FM 1i", ".nr PO 1i", ".nr LL 6.3i",
        ".ds LH " + troff(symbol), ".ds CH", ".ds RH \\\\n%",
        ".ds LF " + troff(job), ".ds CF", ".ds RF \\\\n%",
        ".hy 4",
    ]
    i = 0
    while i < len(body):
        raw = body[i]
        if not raw.strip() or raw.strip() == "---":
            i += 1
            continue
        if "\t" in raw:  # a table: this line and the next tab-separated ones
            rows = []
            while i < len(body) and ("\t" in body[i] or not body[i].strip()):
                if body[i].strip():
                    rows.append([clean(c) for c in body[i].split("\t")])
                i += 1
            width = max(len(r) for r in rows)
            # Column widths by the length of their text, at least 0.6 inch,
            # 5 inches in all (with tbl's gutters, within the 6.3-inch line).
            chars = [sum(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(width)]
            inches = [max(0.6, 5.0 * n / sum(chars)) for n in chars]
            inches = [5.0 * x / sum(inches) for x in inches]
            widths = ["lw(%.2fi)" % x for x in inches]
            out += [".ps 8", ".vs 10", ".TS H", "allbox tab(\x01);", " ".join(widths) + "."]
            for k, r in enumerate(rows):
                if k > 0 and r == rows[0]:
                    continue  # a header repeated in the text: tbl repeats it on each page
                cells = r + [""] * (width - len(r))
                out.append("\x01".join("T{\n" + line(c) + "\nT}" for c in cells))
                if k == 0:
                    out.append(".TH")
            out += [".TE", ".ps 10", ".vs 12"]
            continue
        i += 1
        heading = re.match(r"^(#+)\s*(.*)$", raw)
        if heading:
            out += [".SH", line(clean(heading.group(2)))]
            continue
        out.append(".LP")
        text = clean(raw)
        pieces = re.split(r"<sup>(\d+)</sup>", text)
        for k, piece in enumerate(pieces):
            if k % 2 == 0:
                if piece.strip():
                    out.append(line(piece.strip()))
            else:
                out.append("\\**")
                out += [".FS", line(notes.get(piece, "")), ".FE"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("out")
    ap.add_argument("--symbol", default="S/2015/366")
    ap.add_argument("--job", default="15-07745")
    a = ap.parse_args()
    with open(a.report, encoding="utf-8") as f:
        ms = convert(f.read(), a.symbol, a.job)
    done = subprocess.run(["groff", "-t", "-ms", "-Tpdf", "-k", "-Kutf8"], input=ms.encode("utf-8"),
                          capture_output=True)
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF"):
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        sys.exit(1)
    with open(a.out, "wb") as f:
        f.write(done.stdout)


if __name__ == "__main__":
    main()
