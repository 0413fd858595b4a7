#!/usr/bin/env python3
"""Writes a report in the Markdown-like text Nexus reads as an HTML page or a
Word file, with pandoc (a real producer of both): numbered paragraphs become
numbered lists, footnote marks and texts real footnotes, tab-separated tables
real tables. The HTML page is wrapped in the furniture of a web page
(navigation, a script, a style, a hidden block, a footer) that the reader
must leave out. For the tests of the HTML and DOCX readers: the same report
in each format must give the graph of its text.

usage: make_with_pandoc.py REPORT.txt OUT.html|OUT.docx
"""
import re
import subprocess
import sys


def to_pandoc(text):
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:  # a table: this line and the next tab-separated ones
            rows = []
            while i < len(lines) and ("\t" in lines[i] or not lines[i].strip()):
                if lines[i].strip():
                    rows.append([re.sub(r"</?i>", "", c).replace("|", "\\|").strip() for c in lines[i].split("\t")])
                i += 1
            width = max(len(r) for r in rows)
            header = rows[0]
            body = [r for r in rows[1:] if r != header]  # headers repeated in the text
            out.append("")
            for k, r in enumerate([header] + body):
                out.append("| " + " | ".join(r + [""] * (width - len(r))) + " |")
                if k == 0:
                    out.append("|" + "---|" * width)
            out.append("")
            continue
        i += 1
        note = re.match(r"^<sup>(\d+)</sup>\s*(.*)$", line)
        if note:
            out.append("[^%s]: %s" % (note.group(1), note.group(2)))
            continue
        line = re.sub(r"<sup>(\d+)</sup>", r"[^\1]", line)
        out.append(line)
    return "\n".join(out) + "\n"


FURNITURE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report | United Nations</title>
<style>nav a { color: #009edb } .hidden { display: none }</style>
<script>window.analytics = "<p>ISIL smuggles oil in Mali.</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/press">Meetings Coverage</a> <a href="/sc">Security Council</a></nav></header>
<div role="navigation"><ul><li>Al-Shabaab</li><li>Boko Haram</li></ul></div>
<main>
"""
FURNITURE_FOOT = """<div style="display:none">Al-Shabaab taxes charcoal in Kenya.</div>
</main>
<footer><p>United Nations, New York. Al-Qaida in the Islamic Maghreb.</p></footer>
<script>console.log("Hezbollah");</script></body></html>
"""


def main():
    report, out = sys.argv[1], sys.argv[2]
    with open(report, encoding="utf-8") as f:
        markdown = to_pandoc(f.read())
    if out.endswith(".docx"):
        subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", out], input=markdown.encode(), check=True)
        return
    done = subprocess.run(["pandoc", "-f", "markdown", "-t", "html5"], input=markdown.encode(),
                          capture_output=True, check=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(FURNITURE_HEAD + done.stdout.decode("utf-8") + FURNITURE_FOOT)


if __name__ == "__main__":
    main()
