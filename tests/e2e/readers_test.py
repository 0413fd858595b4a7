#!/usr/bin/env python3
"""End to end, the PDF, HTML and DOCX readers, through `nexus text` and
`nexus build`:
- each rule of each converter on made-up documents laid out by real
  producers (groff for PDF, pandoc for DOCX, hand-written HTML): what it does
  and where it stops;
- the sample report as PDF (groff, with running heads, hyphenation,
  footnotes and its annex table), as HTML and as DOCX (pandoc) gives the graph
  of its text (entities and links F1 >= 0.97 for PDF, >= 0.98 for the others);
- the six real 2025 UN PDFs of ../shared/data/pdf build with no running head,
  job number or page number in any evidence sentence, with their symbol and
  date read;
- bad files of each format fail alone, each with a message naming it, and
  the others are still read; the same inputs give the same bytes whatever
  --jobs.
usage: readers_test.py NEXUS_BINARY PROJECT_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish, run_nexus  # noqa: E402
import zipfile

NEXUS = os.path.abspath(sys.argv[1])
PROJECT = os.path.abspath(sys.argv[2])
SHARED_PDF = os.path.join(PROJECT, "..", "shared", "data", "pdf")
HERE = os.path.dirname(os.path.abspath(__file__))


def run(args, timeout=600):
    return run_nexus(NEXUS, args, timeout)


def text_of(path, pages=False):
    code, out, err = run(["text", path] + (["--pages"] if pages else []))
    if code != 0:
        raise RuntimeError(f"nexus text {path}: {err}")
    return out


def graph_of(path, out):
    code, _, err = run(["build", path, "--output", out, "--quiet"])
    if code != 0:
        raise RuntimeError(f"nexus build {path}: {err}")
    with open(out, encoding="utf-8") as f:
        return json.load(f)["graph"]


def groff_pdf(ms, path):
    done = subprocess.run(["groff", "-t", "-ms", "-Tpdf", "-k", "-Kutf8"], input=ms.encode(), capture_output=True)
    assert done.returncode == 0, done.stderr
    with open(path, "wb") as f:
        f.write(done.stdout)
    return path


def f1(want, got):
    tp = len(want & got)
    p = tp / len(got) if got else 0
    r = tp / len(want) if want else 0
    return 2 * p * r / (p + r) if p + r else 0


def ends(g):
    return set(g["nodes"]), {(e["source"], e["target"], e["relation"]) for e in g["edges"]}


def sentences(g):
    return [(d, s) for d in g["metadata"]["documents"] for s in d["sentences"]]


# ---- PDF rules, on documents laid out by groff -------------------------------

PDF_HEAD = ".nr PS 10\n.nr VS 12\n.ds LH S/2099/12\n.ds CH\n.ds RH \\\\n%/3\n.ds LF 99-12345\n.ds CF\n.ds RF \\\\n%\n"


def test_pdf_rules(top):
    filler = " ".join(["The Panel continued its investigations into the finances of the groups."] * 40)
    ms = PDF_HEAD + f""".SH
Trafficking in the region
.LP
1. ISIL smuggles oil in Iraq and the Syrian Arab Republic.\\**
.FS
Confidential source, 2099.
.FE
{filler}
.LP
2. The Taliban tax opium in Afghanistan, a cross-border trade in which Al-Qaida
plays a part. {filler}
.LP
3. Boko Haram profits from kidnapping for ransom in Nigeria.
"""
    pdf = groff_pdf(ms, os.path.join(top, "rules.pdf"))
    text = text_of(pdf, pages=True)
    body = text.replace("\f", "")
    check("S/2099/12" not in body and "99-12345" not in body and not re.search(r"\b\d/3\b", body),
          "pdf: running heads and feet (symbol, job number, page number) are dropped", text[:600])
    check("## Trafficking in the region" in text, "pdf: a bold short line is a heading", text[:300])
    check("<sup>1</sup> Confidential source, 2099." in text, "pdf: a footnote is kept apart, with its number", text)
    check(re.search(r"Syrian Arab Republic\.(?!\d)", text) is not None,
          "pdf: the footnote mark is dropped from the body", text[:400])
    check(text.count("\f[page ") >= 2, "pdf: page starts are marked", text.count("\f"))
    check("1. ISIL smuggles" in text and "\n\n2. The Taliban" in text and "\n\n3. Boko Haram" in text,
          "pdf: numbered paragraphs start blocks of their own")
    check("cross-border" in text and "Al-Qaida" in text, "pdf: real hyphens are kept")
    check(not re.search(r"[a-z]- [a-z]", body.replace("cross-border", "")),
          "pdf: no word is left cut at a line end", re.findall(r"\w+- \w+", body)[:5])
    g = graph_of(pdf, os.path.join(top, "rules.json"))
    pages = {s["page"] for _, s in sentences(g)}
    check(pages and min(pages) >= 1 and len(pages) >= 2, "pdf: evidence sentences carry their page", pages)
    boko = [s for _, s in sentences(g) if "Boko Haram" in s["text"]]
    check(boko and boko[0]["page"] == max(pages), "pdf: a sentence on the last page says so", boko[:1])

    # Hyphenation: a word cut at a line's end is joined unless the document
    # writes it with its hyphen elsewhere, or the second part is capitalised.
    ms = ".nr PS 10\n.nr LL 1.6i\n.hy 1\n.LP\n" + \
        "Internationalization of counterterrorism financing arrangements. " * 4 + "\n"
    pdf = groff_pdf(ms, os.path.join(top, "hyphens.pdf"))
    text = text_of(pdf)
    check(text.count("Internationalization") == 4 and text.count("counterterrorism") == 4,
          "pdf: hyphenated words are joined", text)

    # Tables: columns told by their left edges, rows by their padding.
    ms = ".nr PS 10\n.LP\nThe annex lists the projects.\n.TS\nallbox tab(|);\nlw(0.4i) lw(2i) lw(1.5i).\n" \
         "No.|T{\nEntity\nT}|T{\nScope\nT}\n1|T{\nUnited Nations Office on Drugs and Crime: container control\nT}|T{\nWest Africa and the Sahel\nT}\n" \
         "2|T{\nInternational Maritime Organization: port security\nT}|T{\nGlobal\nT}\n.TE\n"
    pdf = groff_pdf(ms, os.path.join(top, "table.pdf"))
    text = text_of(pdf)
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    check(len(rows) == 3 and rows[0] == ["No.", "Entity", "Scope"] and
          rows[1] == ["1", "United Nations Office on Drugs and Crime: container control", "West Africa and the Sahel"],
          "pdf: a table is read as rows of cells, wrapped cells joined", text)

    # Contents lines (dot leaders and a page number) are dropped.
    ms = ".nr PS 10\n.LP\nContents\n.br\nI. Overview . . . . . . . . . . . . . . . . . . 3\n.br\nII. Africa . . . . . . . . . . . . . . . . . . . 5\n" \
         ".LP\nAl-Shabaab taxes charcoal in Somalia.\n"
    text = text_of(groff_pdf(ms, os.path.join(top, "contents.pdf")))
    check(". . ." not in text and "Al-Shabaab taxes charcoal" in text, "pdf: contents lines are dropped", text)


# ---- HTML rules -----------------------------------------------------------------

def test_html_rules(top):
    page = """<!DOCTYPE html><html><head><title>t</title><style>p { x: y }</style>
<script>var s = "<p>Hezbollah in Lebanon</p>";</script></head><body>
<header><nav><a>Home</a> <a>Press</a></nav></header><div role="navigation">Menu item</div>
<main><article><header><h1>Security Council briefing</h1></header>
<p>ISIL smuggles oil in Iraq&nbsp;&amp; the Syrian Arab Republic.<sup><a href="#f1">1</a></sup></p>
<ol start="12"><li>Boko Haram kidnaps for ransom in Nigeria.</li><li>Al-Shabaab taxes charcoal.</li></ol>
<p>Line one<br>line two &lt;b&gt; 10<sup>6</sup> tonnes.</p>
<div hidden>hidden text</div><div style="display: none">none text</div><p aria-hidden="true">aria text</p>
<table><thead><tr><th>Entity</th><th>Scope</th></tr></thead><tbody><tr><td>UNODC <p>and IMO</p></td><td>Global</td></tr></tbody></table>
</article></main><footer>footer text</footer><script>document.write("x")</script></body></html>"""
    path = os.path.join(top, "page.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    text = text_of(path)
    for word in ("Hezbollah", "Home", "Menu item", "hidden text", "none text", "aria text", "footer text", "x { x"):
        check(word not in text, f"html: '{word}' (script, style, navigation, hidden, footer) is left out", text)
    check(text.startswith("# Security Council briefing"), "html: an article's own header is kept, h1 is a heading", text)
    check("Syrian Arab Republic.\n" in text or text.count("Republic. 1") == 0,
          "html: a footnote mark <sup>1</sup> is dropped", text)
    check("12. Boko Haram" in text and "13. Al-Shabaab" in text, "html: a numbered list keeps its numbers", text)
    check("Line one line two" in text and "10 6 tonnes" in text, "html: <br> and an exponent stand apart", text)
    check("&amp;" in text and "&lt;b>" in text, "html: entities are decoded, then '<' and '&' escaped for the reader",
          text)
    check("Entity\tScope\nUNODC and IMO\tGlobal" in text, "html: a table gives tab-separated rows", text)
    g = graph_of(path, os.path.join(top, "page.json"))
    check("group:isil" in g["nodes"] and "group:hezbollah" not in g["nodes"],
          "html: the graph has the main text's entities only", sorted(g["nodes"]))


# ---- DOCX rules, on files made by pandoc and by hand --------------------------------

DOCX_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def hand_docx(path, body, numbering=None, footnotes=None, extra=None):
    """A minimal Word file: [Content_Types].xml, word/document.xml and the parts given."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {DOCX_NS}><w:body>{body}</w:body></w:document>')
        if numbering:
            z.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering {DOCX_NS}>{numbering}</w:numbering>')
        if footnotes:
            z.writestr("word/footnotes.xml", f'<?xml version="1.0"?><w:footnotes {DOCX_NS}>{footnotes}</w:footnotes>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def p(text, ppr=""):
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_docx_rules(top):
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                 '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>')
    num = lambda lvl: f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="3"/></w:numPr>'
    body = (p("Trafficking in the region", '<w:pStyle w:val="Heading2"/>') +
            p("ISIL smuggles oil in Iraq.", num(0)) +
            p("Boko Haram kidnaps for ransom.", num(0)) +
            p("in Nigeria;", num(1)) + p("in Cameroon.", num(1)) +
            p("Al-Shabaab taxes charcoal.", num(0)) +
            '<w:p><w:r><w:t>The Taliban tax opium</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r>'
            '<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:tab/><w:t>in Afghanistan.</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc>' + p("Entity") + '</w:tc><w:tc>' + p("Scope") + '</w:tc></w:tr>'
            '<w:tr><w:tc>' + p("UNODC") + p("and IMO") + '</w:tc><w:tc>' + p("Global") + '</w:tc></w:tr></w:tbl>')
    footnotes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="5"><w:p><w:r><w:t>Confidential source, 2099.</w:t></w:r></w:p></w:footnote>')
    path = hand_docx(os.path.join(top, "rules.docx"), body, numbering, footnotes)
    text = text_of(path)
    check(text.startswith("## Trafficking in the region"), "docx: a Heading 2 paragraph is a '##' heading", text)
    check("7. ISIL smuggles" in text and "8. Boko Haram" in text and "(a) in Nigeria" in text and
          "(b) in Cameroon" in text and "9. Al-Shabaab" in text,
          "docx: list numbers as Word shows them (start value, letters, a deeper level restarting)", text)
    check("The Taliban tax opium in Afghanistan." in text and "deleted words" not in text,
          "docx: deleted text is left out, a tab is a space", text)
    check("<sup>1</sup> Confidential source, 2099." in text, "docx: a footnote follows its paragraph, numbered", text)
    check("Entity\tScope\nUNODC and IMO\tGlobal" in text, "docx: a table gives tab-separated rows", text)


# ---- The sample in each format ---------------------------------------------------

def test_sample_formats(top):
    sample = os.path.join(PROJECT, "samples", "S_2015_366.txt")
    want_n, want_l = ends(graph_of(sample, os.path.join(top, "sample_text.json")))
    pdf = os.path.join(top, "sample.pdf")
    subprocess.run([sys.executable, os.path.join(HERE, "make_pdf.py"), sample, pdf], check=True, capture_output=True)
    g = graph_of(pdf, os.path.join(top, "sample_pdf.json"))
    n, l = ends(g)
    check(f1(want_n, n) >= 0.97 and f1(want_l, l) >= 0.97,
          f"pdf: the sample laid out by groff gives the text's graph (entities F1 {f1(want_n, n):.3f}, "
          f"links F1 {f1(want_l, l):.3f}, target 0.97)", sorted(want_l - l)[:10])
    bad = [s["text"] for _, s in sentences(g) if "S/2015/366" in s["text"] or "15-07745" in s["text"]]
    check(not bad, "pdf: no running head or foot in the sample's evidence", bad[:3])
    doc = g["metadata"]["documents"][0]
    check(doc["date"] == "2015-05-21" and doc["title"].startswith("Report of the Secretary-General"),
          "pdf: the sample's date and title are read", {k: doc[k] for k in ("symbol", "date", "title")})
    annex = [s for _, s in sentences(g) if s["paragraph"].startswith("annex")]
    check(len(annex) > 40, f"pdf: the annex table is read as rows ({len(annex)} evidence rows)")
    for fmt, target in (("html", 0.98), ("docx", 0.98)):
        path = os.path.join(top, "sample." + fmt)
        subprocess.run([sys.executable, os.path.join(HERE, "make_with_pandoc.py"), sample, path], check=True)
        n, l = ends(graph_of(path, os.path.join(top, f"sample_{fmt}.json")))
        check(f1(want_n, n) >= target and f1(want_l, l) >= target,
              f"{fmt}: the sample written by pandoc gives the text's graph (entities F1 {f1(want_n, n):.3f}, "
              f"links F1 {f1(want_l, l):.3f}, target {target})", sorted(want_l - l)[:10])


# ---- Real UN PDFs -------------------------------------------------------------------

def test_real_pdfs(top):
    if not os.path.isdir(SHARED_PDF):
        check(False, f"the real UN PDFs are in {SHARED_PDF}")
        return
    folder = os.path.join(top, "un")
    os.makedirs(folder)
    for name in sorted(os.listdir(SHARED_PDF)):
        if name.endswith(".pdf"):
            shutil.copy(os.path.join(SHARED_PDF, name), folder)
    out = os.path.join(top, "un.json")
    code, _, err = run(["build", folder, "--output", out, "--jobs", "2"])
    check(code == 0, "the six real UN PDFs build", err)
    with open(out, encoding="utf-8") as f:
        g = json.load(f)["graph"]
    for doc in g["metadata"]["documents"]:
        name = os.path.basename(doc["path"])
        symbol = name.replace(".en.pdf", "").replace("_", "/")
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", doc["path"]], capture_output=True,
                                                                   text=True).stdout).group(1))
        bad = [s["text"] for s in doc["sentences"]
               if re.search(r"\b\d\d-\d{5}\b", s["text"]) or re.search(r"\b\d{1,3}/%d\b" % pages, s["text"])
               or symbol in s["text"]]
        check(not bad and doc["sentences"], f"{name}: {len(doc['sentences'])} evidence sentences, none with a "
              "running head, job number or page number", bad[:3])
        check(doc["symbol"] == symbol and re.match(r"^2025-\d\d-\d\d$", doc["date"]),
              f"{name}: symbol {doc['symbol']} and date {doc['date']} read from its first page")
        check(all(1 <= s["page"] <= pages for s in doc["sentences"]), f"{name}: every sentence has its page")
        check(not re.search(r"(\. ?){5}", text_of(doc["path"])), f"{name}: no contents line (dot leader) is read")


# ---- Bad files ------------------------------------------------------------------------

def test_bad_files(top):
    folder = os.path.join(top, "bad")
    os.makedirs(folder)
    good = groff_pdf(".LP\nISIL smuggles oil in Iraq.\n", os.path.join(folder, "good.pdf"))
    with open(good, "rb") as f:
        data = f.read()
    with open(os.path.join(folder, "cut.pdf"), "wb") as f:
        f.write(data[: len(data) // 3])
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", good, os.path.join(folder, "locked.pdf")],
                   check=True)
    groff_pdf("\\D'l 2i 0'\n", os.path.join(folder, "scanned.pdf"))
    with open(os.path.join(folder, "notzip.docx"), "wb") as f:
        f.write(b"PK\x03\x04 not really a zip")
    hand_docx(os.path.join(folder, "badxml.docx"), "<w:p><w:r><w:t>unclosed</w:r></w:p>")
    with zipfile.ZipFile(os.path.join(folder, "bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (80 << 20))
    with open(os.path.join(folder, "huge.html"), "wb") as f:
        f.write(b"<p>" + b"a " * (33 << 20) + b"</p>")
    hand_docx(os.path.join(folder, "good.docx"), p("Boko Haram kidnaps for ransom in Nigeria."))
    out = os.path.join(top, "bad.json")
    code, _, err = run(["build", folder, "--output", out, "--max-bytes", str(100 << 20)])
    f = lambda n: os.path.join(folder, n)
    expected = [
        f("cut.pdf") + ": not a readable PDF",
        f("locked.pdf") + ": the PDF is encrypted",
        f("scanned.pdf") + ": the PDF has no text layer (a scanned document?); Nexus does not run OCR",
        f("notzip.docx") + ": not a readable DOCX (zip)",
        f("badxml.docx") + ": word/document.xml:1:",
        f("bomb.docx") + ": word/document.xml would be",
        f("huge.html") + ": an HTML page of",
    ]
    for e in expected:
        check("nexus: " + e in err, f"bad file: '{e}'", err)
    check(code == 1 and "2 document(s) read, 7 failed" in err, "bad files fail alone; the good ones are read", err)
    with open(out, encoding="utf-8") as fh:
        g = json.load(fh)["graph"]
    check("group:isil" in g["nodes"] and "group:boko_haram" in g["nodes"], "the good PDF and DOCX are in the graph")


def test_jobs(top):
    folder = os.path.join(top, "mixed")
    os.makedirs(folder)
    sample = os.path.join(PROJECT, "samples", "S_2015_366.txt")
    shutil.copy(sample, folder)
    subprocess.run([sys.executable, os.path.join(HERE, "make_pdf.py"), sample, os.path.join(folder, "s.pdf")],
                   check=True, capture_output=True)
    for fmt in ("html", "docx"):
        subprocess.run([sys.executable, os.path.join(HERE, "make_with_pandoc.py"), sample,
                        os.path.join(folder, "s." + fmt)], check=True)
    outs = []
    for jobs in ("1", "3"):
        out = os.path.join(top, f"jobs{jobs}.json")
        run(["build", folder, "--jobs", jobs, "--output", out, "--quiet"])
        with open(out, "rb") as f:
            outs.append(f.read())
    check(outs[0] == outs[1] and len(outs[0]) > 1000, "pdf, html, docx and text: --jobs 1 and 3 give the same bytes")


def main():
    top = tempfile.mkdtemp(prefix="nexus_readers_")
    try:
        for test in (test_pdf_rules, test_html_rules, test_docx_rules, test_sample_formats, test_real_pdfs,
                     test_bad_files, test_jobs):
            test(top)
    finally:
        shutil.rmtree(top, ignore_errors=True)
    finish("readers test")


if __name__ == "__main__":
    main()
