#!/usr/bin/python3
"""Checks that hostile text stayed text in every export.

Usage: /usr/bin/python3 check_injection.py FOLDER
FOLDER holds hostile/graph.<ext> and benign/graph.<ext> for every registered
format (the same graph shape; the hostile one has injection payloads in its
ids, labels, aliases, document names, paragraph labels and evidence) and
payloads.json (the payloads, each with a marker PWN<n>). Checked by the last
part of the file name:
  .json            parses; same shape as the benign twin; every payload whole
                   in some string
  .graphml .gexf   well-formed XML (expat and xmllint); the same elements and
  .svg             attribute names as the twin (no element or attribute made
                   of text, no <script>; a drawing: the same kinds); payloads
                   in text or values
  .dot             dot -Tjson reads it; the same nodes, edges and attribute
                   names as the twin
  .csv             the csv module reads it; the same rows and columns as the
                   twin; no cell starts with = + - @ TAB or CR (OWASP CSV
                   injection: such a cell is prefixed with ')
  .cypher          outside string literals, identifiers and comments: no
                   marker, and the same statements as the twin
  .ttl .nt         rapper counts the twin's number of triples; outside
                   literals, IRIs and comments: no marker
  .html            the same sequence of tags, attribute names and comments as
                   the twin, and as many <script, </script, <!-- and --> as a
                   browser sees them (no tag made of text, no early </script>)
  .png .pdf        the file signature
  .sqlite          Python's sqlite3: integrity; the twin's tables and rows;
                   every payload unchanged in some text value
  .kuzu            the tar archive of Kuzu's folder: scripts equal to the
                   twin's (no text in them); every table the twin's rows and
                   columns; every payload unchanged in some cell
A format with none of these extensions fails: add its check here.
Exits 1 with one line per problem.
"""

import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MARKER = re.compile(r"PWN\d+")
PROBLEMS = []


def fail(name, message):
    PROBLEMS.append(f"{name}: {message}")


def loose(s):
    """Text as any format can hold it: no control characters, spaces folded."""
    s = "".join(ch if ch >= " " or ch in "\t\n\r" else " " for ch in s).replace("\x7f", " ")
    return " ".join(s.split())


def survives(payloads, texts):
    """The payloads not found (loosely) in any of texts."""
    hay = "\n".join(loose(t) for t in texts)
    return [p for p in payloads if loose(p) not in hay]


# --- JSON ---------------------------------------------------------------------

def shape(v):
    if isinstance(v, dict):
        return ("{", len(v), tuple(sorted((shape(x) for x in v.values()), key=repr)))
    if isinstance(v, list):
        return ("[", len(v), tuple(sorted((shape(x) for x in v), key=repr)))
    return type(v).__name__


def strings(v):
    if isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, str):
        yield v


def check_json(name, hostile, benign, payloads):
    try:
        h, b = json.loads(hostile), json.loads(benign)
    except ValueError as e:
        return fail(name, f"not JSON: {e}")
    if shape(h) != shape(b):
        fail(name, "not the shape of the benign twin")
    missing = [p for p in payloads if not any(p in s for s in strings(h))]
    if missing:
        fail(name, f"payloads not kept whole: {missing[:3]}")


# --- XML ----------------------------------------------------------------------

def xml_structure(root):
    tags, attrs, texts = [], [], []
    for el in root.iter():
        tags.append(el.tag)
        attrs.extend(sorted(el.attrib))
        texts.extend(el.attrib.values())
        texts.extend(t for t in (el.text, el.tail) if t)
    return sorted(tags), sorted(attrs), texts


def check_xml(name, hostile, benign, payloads, path):
    try:
        h, b = ET.fromstring(hostile.encode()), ET.fromstring(benign.encode())
    except ET.ParseError as e:
        return fail(name, f"not well-formed XML: {e}")
    lint = subprocess.run(["xmllint", "--noout", path], capture_output=True)
    if lint.returncode != 0:
        fail(name, "xmllint: " + lint.stderr.decode("utf-8", "replace").strip()[:300])
    htags, hattrs, htexts = xml_structure(h)
    btags, battrs, _ = xml_structure(b)
    if name.endswith(".svg"):  # a drawing wraps long labels over more <text> lines
        htags, hattrs, btags, battrs = (sorted(set(x)) for x in (htags, hattrs, btags, battrs))
    if htags != btags:
        extra = sorted(set(htags) - set(btags))
        fail(name, f"elements differ from the benign twin (new: {extra[:5]})")
    if hattrs != battrs:
        fail(name, f"attribute names differ from the benign twin (new: {sorted(set(hattrs) - set(battrs))[:5]})")
    if any(t.rsplit("}", 1)[-1].lower() == "script" for t in htags):
        fail(name, "a <script> element")
    if not name.endswith(".svg"):  # drawings wrap and cut labels
        missing = survives(payloads, htexts)
        if missing:
            fail(name, f"payloads not kept: {missing[:3]}")


# --- DOT ----------------------------------------------------------------------

def dot_json(path, name):
    done = subprocess.run(["dot", "-Tjson", path], capture_output=True, timeout=300)
    if done.returncode != 0:
        fail(name, "dot: " + done.stderr.decode("utf-8", "replace").strip()[:300])
        return None
    return json.loads(done.stdout, strict=False)  # graphviz writes control characters raw


def dot_summary(g):
    objects = g.get("objects", [])
    keys = sorted({k for o in objects + g.get("edges", []) for k in o})
    return len(objects), len(g.get("edges", [])), keys


def check_dot(name, hostile_path, benign_path, payloads):
    h, b = dot_json(hostile_path, name), dot_json(benign_path, name)
    if h is None or b is None:
        return
    hs, bs = dot_summary(h), dot_summary(b)
    if hs != bs:
        fail(name, f"nodes, edges or attributes differ from the benign twin: {hs[:2]} vs {bs[:2]}, "
                   f"new attributes {sorted(set(hs[2]) - set(bs[2]))[:5]}")
    texts = [str(v) for o in h.get("objects", []) + h.get("edges", []) for v in o.values()]
    missing = survives([p for p in payloads], [t.replace("\\n", "\n").replace("\\\\", "\\") for t in texts])
    if missing:
        fail(name, f"payloads not kept: {missing[:3]}")


# --- CSV ----------------------------------------------------------------------

# CSV files that hold only ids, paths and numbers, not every text.
PARTIAL_CSV = {"graph.activities.csv", "graph.activity_links.csv"}

def check_csv(name, hostile, benign, payloads):
    h = list(csv.reader(io.StringIO(hostile, newline="")))
    b = list(csv.reader(io.StringIO(benign, newline="")))
    if [len(r) for r in h] != [len(r) for r in b]:
        return fail(name, f"rows or columns differ from the benign twin ({len(h)} vs {len(b)} rows)")
    for r, (hrow, brow) in enumerate(zip(h, b)):
        for c, (cell, twin) in enumerate(zip(hrow, brow)):
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and cell != twin:
                fail(name, f"row {r + 1} column {c + 1} starts with {cell[:1]!r}: {cell[:40]!r}")
    cells = [cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else cell
             for row in h for cell in row]
    wanted = [p.split("\n")[0] for p in payloads]
    if name in PARTIAL_CSV:
        # Files that hold only some texts (ids and paths): the payloads whose
        # marker they hold must be whole.
        hay = "\n".join(cells)
        # (in an array element, a ';' is written ',': Neo4j's array delimiter)
        wanted = [p.replace(";", ",") if p not in hay else p for p in wanted
                  if MARKER.search(p) and MARKER.search(p).group(0) in hay]
    missing = survives(wanted, cells)
    if missing:
        fail(name, f"payloads not kept: {missing[:3]}")


# --- Cypher, Turtle, N-Triples: what is left outside literals ---------------

def residue(text, literal_re):
    """text with every literal (by literal_re) replaced by a placeholder."""
    return literal_re.sub(" L ", text)


CYPHER_LITERALS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`]|``)*`|//[^\n]*|/\*.*?\*/", re.S)
RDF_LITERALS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)


def check_cypher(name, hostile, benign, payloads):
    h, b = residue(hostile, CYPHER_LITERALS), residue(benign, CYPHER_LITERALS)
    found = MARKER.findall(h)
    if found:
        fail(name, f"text outside string literals: {sorted(set(found))[:5]}")
    if h.count(";") != b.count(";"):
        fail(name, f"{h.count(';')} statements, the benign twin {b.count(';')}")


def rapper_count(path, syntax, name):
    done = subprocess.run(["rapper", "-q", "-c", "-i", syntax, path], capture_output=True, timeout=300)
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        fail(name, "rapper: " + err.strip()[:300])
        return None
    m = re.search(r"returned (\d+) triples", err)
    return int(m.group(1)) if m else None


def check_rdf(name, hostile, hostile_path, benign_path, syntax):
    found = MARKER.findall(residue(hostile, RDF_LITERALS))
    if found:
        fail(name, f"text outside literals and IRIs: {sorted(set(found))[:5]}")
    h, b = rapper_count(hostile_path, syntax, name), rapper_count(benign_path, syntax, name)
    if h is not None and h != b:
        fail(name, f"{h} triples, the benign twin {b}")


# --- HTML ---------------------------------------------------------------------

class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(("<", tag, tuple(sorted(a for a, _ in attrs))))

    def handle_endtag(self, tag):
        self.seen.append(("</", tag))

    def handle_comment(self, data):
        self.seen.append(("<!--",))


# What a browser takes for the start or end of a script or a comment, even in
# the middle of a script's text.
HTML_MARKUP = re.compile(r"<script[\s/>]|</script[\s/>]|<!--|-->", re.I)


def check_html(name, hostile, benign):
    hm, bm = HTML_MARKUP.findall(hostile), HTML_MARKUP.findall(benign)
    if sorted(m.lower() for m in hm) != sorted(m.lower() for m in bm):
        fail(name, f"{len(hm)} script or comment marks, the benign twin {len(bm)}")
    h, b = Tags(), Tags()
    h.feed(hostile)
    b.feed(benign)
    h.close()
    b.close()
    if h.seen != b.seen:
        diff = next((i for i, (x, y) in enumerate(zip(h.seen, b.seen)) if x != y), min(len(h.seen), len(b.seen)))
        fail(name, f"tags differ from the benign twin at tag {diff}: "
                   f"{h.seen[diff:diff + 2]} vs {b.seen[diff:diff + 2]}")


# --- Binary -------------------------------------------------------------------

# --- Databases: SQLite, Kuzu's tables --------------------------------------

def check_sqlite(name, hostile_path, benign_path, payloads):
    import sqlite3
    h = sqlite3.connect(f"file:{hostile_path}?mode=ro", uri=True)
    b = sqlite3.connect(f"file:{benign_path}?mode=ro", uri=True)
    if h.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        return fail(name, "integrity_check fails")
    tables = [r[0] for r in b.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
    if [r[0] for r in h.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")] != tables:
        return fail(name, "not the tables of the benign twin")
    texts = []
    for t in tables:
        hr = h.execute(f'SELECT * FROM "{t}"').fetchall()
        if len(hr) != len(b.execute(f'SELECT * FROM "{t}"').fetchall()):
            fail(name, f"table {t}: not the rows of the benign twin")
        texts += [v for row in hr for v in row if isinstance(v, str)]
    missing = [p for p in payloads if not any(p in t for t in texts)]
    if missing:
        fail(name, f"payloads not kept unchanged: {missing[:3]}")


def check_kuzu(name, hostile_path, benign_path, payloads):
    """The tar archive of Kuzu's folder: the scripts hold no text (the same as
    the twin's), every table has the twin's rows and columns as Kuzu reads
    them (quotes doubled), and every payload comes back unchanged."""
    import tarfile

    def files(path):
        with tarfile.open(path) as tar:
            return {m.name: tar.extractfile(m).read().decode("utf-8") for m in tar.getmembers()}
    h, b = files(hostile_path), files(benign_path)
    if sorted(h) != sorted(b):
        return fail(name, "not the files of the benign twin")
    cells = []
    for f in sorted(h):
        if not f.endswith(".csv"):
            if h[f] != b[f]:
                fail(name, f"{f} differs from the benign twin's: text got into a script")
            continue
        hr = list(csv.reader(io.StringIO(h[f], newline=""), strict=True))
        br = list(csv.reader(io.StringIO(b[f], newline=""), strict=True))
        if [len(r) for r in hr] != [len(r) for r in br]:
            fail(name, f"{f}: rows or columns differ from the benign twin")
        cells += [c for r in hr for c in r]
    missing = [p for p in payloads if not any(p in c for c in cells)]
    if missing:
        fail(name, f"payloads not kept unchanged: {missing[:3]}")


def check_binary(name, data, ext):
    if ext == "png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        fail(name, "not a PNG")
    if ext == "pdf" and not (data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]):
        fail(name, "not a whole PDF")


def main():
    folder = sys.argv[1]
    payloads = json.load(open(os.path.join(folder, "payloads.json"), encoding="utf-8"))
    names = sorted(os.listdir(os.path.join(folder, "hostile")))
    if not names:
        fail(folder, "no export written")
    for name in names:
        hp, bp = os.path.join(folder, "hostile", name), os.path.join(folder, "benign", name)
        ext = name.rsplit(".", 1)[-1]
        raw = open(hp, "rb").read()
        if ext in ("png", "pdf"):
            check_binary(name, raw, ext)
            continue
        if ext == "sqlite":
            check_sqlite(name, hp, bp, payloads)
            continue
        if ext == "kuzu":
            check_kuzu(name, hp, bp, payloads)
            continue
        try:
            hostile = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            fail(name, f"not UTF-8: {e}")
            continue
        benign = open(bp, encoding="utf-8").read()
        if ext == "json":
            check_json(name, hostile, benign, payloads)
        elif ext in ("graphml", "gexf", "svg"):
            check_xml(name, hostile, benign, payloads, hp)
        elif ext == "dot":
            check_dot(name, hp, bp, payloads)
        elif ext == "csv":
            check_csv(name, hostile, benign, payloads)
        elif ext == "cypher":
            check_cypher(name, hostile, benign, payloads)
        elif ext in ("ttl", "nt"):
            check_rdf(name, hostile, hp, bp, "turtle" if ext == "ttl" else "ntriples")
        elif ext == "html":
            check_html(name, hostile, benign)
        else:
            fail(name, f"no injection check for .{ext}: add one to tests/exporters/check_injection.py")
    for p in PROBLEMS:
        print("FAIL " + p)
    print(f"{len(names)} formats checked, {len(PROBLEMS)} problems")
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
