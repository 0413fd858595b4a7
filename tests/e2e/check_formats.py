#!/usr/bin/python3
"""Reads nexus's graph-tool exports back with their real clients and checks
them against graph.json (same folder, same graph).

Usage: /usr/bin/python3 check_formats.py FOLDER
Checks every one of these files that FOLDER holds (graph.json is required):
  graph.graphml        networkx.read_graphml: ids, labels, types, int weights, bool
                       hedged; the <node labels=":Type"> and <edge label="TYPE">
                       attributes Neo4j APOC reads (readLabels).
  yed.graphml          the same written with --graphml-yed: networkx reads the
                       yFiles NodeLabel, every node has a coloured ShapeNode.
  graph.gexf           networkx.read_gexf, given the GEXF 1.3 namespaces (networkx
                       knows the format up to 1.2draft, the same elements):
                       labels, attributes with their types, weights, viz colours.
  graph.nodelink.json  networkx.node_link_graph: nodes, links, attributes;
                       "links" and "edges" identical.
  graph.nodes.csv,     the header grammar of neo4j-admin database import, then
  graph.relationships.csv  the csv module: ids, labels, arrays, types, ints, booleans.
  graph.cypher         every statement one of the three idempotent shapes
                       (CREATE CONSTRAINT IF NOT EXISTS, MERGE node + SET,
                       MATCH + MERGE relationship + SET); every string literal
                       decoded by Cypher's escape rules gives graph.json's text.
  graph.ttl, graph.nt  rapper parses both, with the same number of triples.
  graph.sqlite         Python's sqlite3: integrity and foreign keys; entities,
                       aliases, documents, sentences (each once), links and
                       their evidence equal graph.json's; absent values NULL.
  graph.kuzu           the folder's tar archive: every CSV table read as Kuzu
                       reads it (quotes doubled, backslash literal, empty =
                       NULL): entities, names, sentences, relationships with
                       their sentences equal graph.json's.
  graph.cytoscape.json jq counts the elements; labels and edges match.
  graph.png            a PNG signature and a non-empty IHDR.
  graph.pdf            pdftotext finds the legend; the creation date is fixed.
Text is compared exactly, except that XML formats cannot hold most control
characters (removed, as the exporters do), Neo4j arrays cannot hold ';' and a
Neo4j CSV cell starting with = + - @ TAB or CR has a ' in front (OWASP).
Exits 1 with one line per problem; prints a one-line summary on success.
"""

import csv
import collections
import json
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx

CLASS = {"group": "Group", "crime": "Crime", "region": "Region", "un_entity": "UnEntity"}


def xml_text(s):
    """What an XML 1.0 format can hold of s (XmlEscape drops the rest)."""
    return "".join(ch for ch in s if ch in "\t\n\r" or
                   (ord(ch) >= 0x20 and ord(ch) not in (0xFFFE, 0xFFFF)))


def rel_type(relation):
    return re.sub(r"[^A-Z0-9_]", "_", relation.upper()) or "RELATED"


class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.problems = []
        self.checked = []
        with open(self.path("graph.json"), encoding="utf-8") as f:
            g = json.load(f)["graph"]
        self.nodes = g["nodes"]
        self.edges = g["edges"]
        self.documents = g["metadata"]["documents"]

    def path(self, name):
        return os.path.join(self.folder, name)

    def has(self, name):
        return os.path.isfile(self.path(name))

    def fail(self, message):
        self.problems.append(message)

    def run(self, args, what):
        try:
            done = subprocess.run(args, capture_output=True, timeout=600)
        except FileNotFoundError:
            self.fail(f"{what}: {args[0]} is not installed")
            return None
        if done.returncode != 0:
            err = done.stderr.decode("utf-8", "replace").strip().splitlines()
            self.fail(f"{what}: {' '.join(args)} exited {done.returncode}: "
                      + (err[-1] if err else "(no message)"))
            return None
        return done

    def same(self, what, got, want):
        if got != want:
            self.fail(f"{what}: got {got!r:.200}, want {want!r:.200}")
            return False
        return True

    def label(self, node_id):
        return self.nodes[node_id]["label"] or node_id

    def check_graph(self, name, g, label_of, edge_check):
        """Nodes, labels and edge count of a networkx graph against graph.json."""
        if not self.same(f"{name}: node ids", sorted(g.nodes), sorted(self.nodes)):
            return
        self.same(f"{name}: edge count", g.number_of_edges(), len(self.edges))
        for n, data in g.nodes(data=True):
            if not self.same(f"{name}: label of {n}", data.get("label"), label_of(n)):
                return
            if not self.same(f"{name}: type of {n}", data.get("type"), self.nodes[n]["metadata"]["type"]):
                return
        for e in self.edges:
            if not g.has_edge(e["source"], e["target"]):
                self.fail(f"{name}: no edge {e['source']} -> {e['target']}")
                return
            data = g.get_edge_data(e["source"], e["target"])
            if g.is_multigraph():
                data = next(iter(data.values()))
            if not edge_check(e, data):
                return
        self.checked.append(name)


def check_graphml(c, name, yed):
    try:
        g = networkx.read_graphml(c.path(name))
    except Exception as e:  # networkx raises many kinds
        c.fail(f"{name}: networkx cannot read it: {e}")
        return

    def edge(e, data):
        return (c.same(f"{name}: weight", (type(data.get("weight")), data.get("weight")),
                       (int, e["metadata"]["weight"])) and
                c.same(f"{name}: hedged", (type(data.get("hedged")), data.get("hedged")),
                       (bool, e["metadata"]["hedged"])) and
                c.same(f"{name}: first_seen, last_seen", (data.get("first_seen"), data.get("last_seen")),
                       (e["metadata"].get("first_seen"), e["metadata"].get("last_seen"))) and
                c.same(f"{name}: relation", data.get("relation"), e["relation"]))

    c.check_graph(name, g, lambda n: xml_text(c.label(n)), edge)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    root = ET.parse(c.path(name)).getroot()
    for node in root.iter("{%s}node" % ns["g"]):
        want = ":" + CLASS[c.nodes[node.get("id")]["metadata"]["type"]]
        if not c.same(f"{name}: <node labels> of {node.get('id')}", node.get("labels"), want):
            break
        if yed and node.find(".//y:ShapeNode/y:Fill", ns) is None:
            c.fail(f"{name}: node {node.get('id')} has no yFiles ShapeNode fill")
            break
    types = sorted(rel_type(e["relation"]) for e in c.edges)
    c.same(f"{name}: <edge label> (APOC relationship types)",
           sorted(e.get("label") for e in root.iter("{%s}edge" % ns["g"])), types)


def check_gexf(c):
    from networkx.readwrite.gexf import GEXF
    GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    try:
        g = networkx.read_gexf(c.path("graph.gexf"), version="1.3")
    except Exception as e:
        c.fail(f"graph.gexf: networkx cannot read it: {e}")
        return
    for n, data in g.nodes(data=True):
        if "color" not in data.get("viz", {}) or "size" not in data.get("viz", {}):
            c.fail(f"graph.gexf: node {n} has no viz color and size")
            break
        if type(data.get("degree")) is not int:
            c.fail(f"graph.gexf: node {n}: degree is not an integer")
            break

    def edge(e, data):
        return (c.same("graph.gexf: weight", data.get("weight"), float(e["metadata"]["weight"])) and
                c.same("graph.gexf: hedged", data.get("hedged"), e["metadata"]["hedged"]) and
                c.same("graph.gexf: start, end (the first and last seen dates)", (data.get("start"), data.get("end")),
                       (e["metadata"].get("first_seen"), e["metadata"].get("last_seen"))) and
                c.same("graph.gexf: label", data.get("label"), e["relation"]))

    c.check_graph("graph.gexf", g, lambda n: xml_text(c.label(n)), edge)


def check_node_link(c):
    with open(c.path("graph.nodelink.json"), encoding="utf-8") as f:
        data = json.load(f)
    c.same("graph.nodelink.json: links == edges", data.get("links"), data.get("edges"))
    try:
        g = networkx.node_link_graph(data)
    except Exception as e:
        c.fail(f"graph.nodelink.json: networkx cannot read it: {e}")
        return
    c.same("graph.nodelink.json: directed", g.is_directed(), True)

    def edge(e, d):
        return (c.same("graph.nodelink.json: weight", d.get("weight"), e["metadata"]["weight"]) and
                c.same("graph.nodelink.json: hedged", d.get("hedged"), e["metadata"]["hedged"]) and
                c.same("graph.nodelink.json: relation", d.get("relation"), e["relation"]))

    c.check_graph("graph.nodelink.json", g, lambda n: c.nodes[n]["label"], edge)


# neo4j-admin database import header: name[:type[(idspace)]] or :ID etc.
NEO4J_TYPES = ("int|long|float|double|boolean|byte|short|char|string|point|date|localtime|"
               "time|localdatetime|datetime|duration")
NEO4J_FIELD = re.compile(r"^(?:[^:,\"]+)?(?::(?:(?:ID|START_ID|END_ID)(?:\([^()]+\))?|LABEL|TYPE|"
                         r"IGNORE|(?:" + NEO4J_TYPES + r")(?:\[\])?))?$")


def read_neo4j_csv(c, name, required):
    with open(c.path(name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True, strict=True))
    header = rows[0]
    for field in header:
        if not NEO4J_FIELD.match(field) or field == "":
            c.fail(f"{name}: header field {field!r} is not neo4j-admin grammar")
    for r in required:
        if header.count(r) != 1:
            c.fail(f"{name}: header needs exactly one {r}: {header}")
    for i, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            c.fail(f"{name}: row {i} has {len(row)} fields, the header {len(header)}")
            return header, []
    # A cell that a spreadsheet would take for a formula has a ' in front.
    rows = [[cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else cell for cell in row]
            for row in rows]
    return header, [dict(zip(header, row)) for row in rows[1:]]


def check_neo4j(c):
    _, nodes = read_neo4j_csv(c, "graph.nodes.csv", ["id:ID", ":LABEL"])
    c.same("graph.nodes.csv: ids", sorted(n["id:ID"] for n in nodes), sorted(c.nodes))
    for n in nodes:
        node = c.nodes.get(n["id:ID"])
        if node is None:
            continue
        meta = node["metadata"]
        if not (c.same("graph.nodes.csv: :LABEL", n[":LABEL"].split(";"), ["Entity", CLASS[meta["type"]]]) and
                c.same("graph.nodes.csv: label", n["label"], node["label"].replace("\0", "")) and
                c.same("graph.nodes.csv: aliases", n["aliases:string[]"].split(";") if n["aliases:string[]"] else [],
                       [a.replace(";", ",") for a in meta["aliases"]]) and
                c.same("graph.nodes.csv: degree", int(n["degree:int"]), meta["degree"])):
            break
    _, rels = read_neo4j_csv(c, "graph.relationships.csv", [":START_ID", ":END_ID", ":TYPE"])
    got = sorted((r[":START_ID"], r[":END_ID"], r[":TYPE"], int(r["weight:int"]), r["hedged:boolean"],
                  r["first_seen:date"], r["last_seen:date"]) for r in rels)
    want = sorted((e["source"], e["target"], rel_type(e["relation"]), e["metadata"]["weight"],
                   "true" if e["metadata"]["hedged"] else "false", e["metadata"].get("first_seen", ""),
                   e["metadata"].get("last_seen", "")) for e in c.edges)
    c.same("graph.relationships.csv: relationships", got, want)
    _, sentences = read_neo4j_csv(c, "graph.sentences.csv", ["id:ID", ":LABEL"])
    stored = {s["id:ID"]: s["text"] for s in sentences}
    want = {f"{d['path'].replace(';', ',')}#{s['begin']}-{s['end']}": s["text"].replace("\0", "")
            for d in c.documents for s in d["sentences"]}
    c.same("graph.sentences.csv: each sentence once, with its text", stored, want)
    cited = {i for r in rels for i in r["sentence_ids:string[]"].split(";") if i}
    c.same("graph.relationships.csv: sentence ids are sentence nodes", sorted(cited - set(stored)), [])
    if c.has("graph.activities.csv") and c.has("graph.activity_links.csv"):
        with open(c.path("graph.json"), encoding="utf-8") as f:
            activities = json.load(f)["graph"]["metadata"].get("activities", [])
        _, acts = read_neo4j_csv(c, "graph.activities.csv", ["id:ID", ":LABEL"])
        c.same("graph.activities.csv: activity nodes",
               sorted(a["id:ID"] for a in acts),
               sorted(f"{a['actor']} {a['relation']} {a['crime']}" for a in activities))
        _, ends = read_neo4j_csv(c, "graph.activity_links.csv", [":START_ID", ":END_ID", ":TYPE"])
        c.same("graph.activity_links.csv: each activity's actor, crime and places",
               sorted((r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in ends),
               sorted([(f"{a['actor']} {a['relation']} {a['crime']}", a["actor"], "ACTIVITY_OF") for a in activities] +
                      [(f"{a['actor']} {a['relation']} {a['crime']}", a["crime"], "ACTIVITY_CRIME") for a in activities] +
                      [(f"{a['actor']} {a['relation']} {a['crime']}", p["id"], "ACTIVITY_PLACE")
                       for a in activities for p in a["places"]]))
    c.checked.append("neo4j csv")


CYPHER_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
CYPHER_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def cypher_decode(body):
    out, i = [], 0
    while i < len(body):
        if body[i] == "\\":
            if body[i + 1] == "u":
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append(CYPHER_ESCAPES[body[i + 1]])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


S = "S"  # a string literal, once replaced
LIST = r"\[(?:S(?:, S)*)?\]"
CYPHER_SHAPES = [
    re.compile(r"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \((n:Entity|d:Document|s:Sentence|x:Activity)\) "
               r"REQUIRE (n\.id|d\.path|s\.id|x\.id) IS UNIQUE$"),
    re.compile(r"^MERGE \(d:Document \{path: S\}\) SET d\.symbol = (S|null), d\.date = (S|null), "
               r"d\.title = (S|null)$"),
    re.compile(r"^MERGE \(s:Sentence \{id: S\}\) SET s\.document = S, s\.paragraph = (S|null), "
               r"s\.paragraph_index = \d+, s\.sentence = \d+, s\.begin = \d+, s\.end = \d+, s\.page = (\d+|null), s\.text = S "
               r"WITH s MATCH \(d:Document \{path: S\}\) MERGE \(s\)-\[:IN\]->\(d\)$"),
    re.compile(r"^MERGE \(n:Entity \{id: S\}\) SET n:`(Group|Crime|Region|UnEntity)`, n\.label = S, "
               r"n\.type = S, n\.aliases = " + LIST + r", n\.parent = (S|null), n\.discovered_by = (S|null), "
               r"n\.degree = \d+$"),
    re.compile(r"^MERGE \(x:Activity \{id: S\}\) SET x\.relation = S, x\.weight = \d+, x\.hedged = (true|false), "
               r"x\.sentence_ids = " + LIST + r"$"),
    re.compile(r"^MATCH \(x:Activity \{id: S\}\) MATCH \(b:Entity \{id: S\}\) MERGE \(x\)-\[:ACTIVITY_(OF|CRIME)\]->\(b\)$"),
    re.compile(r"^MATCH \(x:Activity \{id: S\}\) MATCH \(b:Entity \{id: S\}\) MERGE \(x\)-\[r:ACTIVITY_PLACE\]->\(b\) "
               r"SET r\.weight = \d+, r\.sentence_ids = " + LIST + r"$"),
    re.compile(r"^MATCH \(a:Entity \{id: S\}\) MATCH \(b:Entity \{id: S\}\) MERGE \(a\)-\[r:`[A-Z0-9_]+`\]"
               r"->\(b\) SET r\.relation = S, r\.kind = S, r\.weight = \d+, r\.hedged = (true|false), "
               r"r\.documents = " + LIST + r", r\.sentence_ids = " + LIST + r", r\.rules = " + LIST +
               r", r\.hedged_each = \[(?:(?:true|false)(?:, (?:true|false))*)?\], "
               r"r\.first_seen = (?:date\(S\)|null), r\.last_seen = (?:date\(S\)|null)$"),
]


def check_cypher(c):
    with open(c.path("graph.cypher"), encoding="utf-8") as f:
        text = f.read()
    merged_nodes, merged_rels, sentences, cited = {}, [], {}, set()
    for line in text.split("\n"):
        if not line or line.startswith("//"):
            continue
        if not line.endswith(";"):
            c.fail(f"graph.cypher: a statement does not end its line: {line[:80]!r}")
            return
        literals = [cypher_decode(m.group(1)) for m in CYPHER_STRING.finditer(line[:-1])]
        shape = CYPHER_STRING.sub(S, line[:-1])
        if not any(p.match(shape) for p in CYPHER_SHAPES):
            c.fail(f"graph.cypher: statement of an unexpected shape: {shape[:160]!r}")
            return
        if shape.startswith("MERGE (n:Entity"):
            merged_nodes[literals[0]] = literals[1]
        elif shape.startswith("MERGE (s:Sentence"):
            sentences[literals[0]] = literals[-2]  # before the document's path
        elif shape.startswith("MERGE (x:Activity"):
            cited.update(literals[2:])  # after its id and relation: its sentence ids
        elif shape.startswith("MATCH (x:Activity"):
            if "ACTIVITY_PLACE" in shape:
                cited.update(literals[2:])
        elif shape.startswith("MATCH"):
            merged_rels.append((literals[0], literals[1], literals[2]))
            def count(key):
                return shape.split(key + " = [")[1].split("]")[0].count("S")
            first = 4 + count("r.documents")  # after a, b, relation and kind
            cited.update(literals[first:first + count("r.sentence_ids")])
    c.same("graph.cypher: merged node ids", sorted(merged_nodes), sorted(c.nodes))
    for node_id, label in merged_nodes.items():
        if node_id in c.nodes and not c.same(f"graph.cypher: label of {node_id}", label, c.nodes[node_id]["label"]):
            break
    c.same("graph.cypher: relationships", sorted(merged_rels),
           sorted((e["source"], e["target"], e["relation"]) for e in c.edges))
    # Each sentence once, as a node with the JSON graph's text.
    docs = c.documents
    want = {f"{d['path'].replace(';', ',')}#{s['begin']}-{s['end']}": s["text"] for d in docs for s in d["sentences"]}
    c.same("graph.cypher: sentence nodes", sentences, want)
    c.same("graph.cypher: relationships cite only sentence nodes", sorted(cited - set(sentences)), [])
    c.checked.append("cypher")


def check_rdf(c):
    counts = []
    for name, syntax in (("graph.ttl", "turtle"), ("graph.nt", "ntriples")):
        done = c.run(["rapper", "-i", syntax, "-c", c.path(name)], name)
        if done is None:
            return
        m = re.search(r"returned (\d+) triples", done.stderr.decode())
        counts.append(int(m.group(1)) if m else -1)
    c.same("rapper: triples in graph.ttl and graph.nt", counts[0], counts[1])
    # Each dated link's first and last seen dates, as xsd:date.
    done = c.run(["rapper", "-i", "turtle", "-o", "ntriples", c.path("graph.ttl")], "graph.ttl")
    if done is not None:
        xsd_date = "^^<http://www.w3.org/2001/XMLSchema#date>"
        seen = collections.Counter()
        for line in done.stdout.decode("utf-8", "replace").splitlines():
            m = re.search(r"vocab#(firstSeen|lastSeen)> \"([0-9-]+)\"(\S*) \.$", line)
            if m and m.group(3) == xsd_date:
                seen[(m.group(1), m.group(2))] += 1
        want = collections.Counter()
        for e in c.edges:
            if "first_seen" in e["metadata"]:
                want[("firstSeen", e["metadata"]["first_seen"])] += 1
                want[("lastSeen", e["metadata"]["last_seen"])] += 1
        c.same("graph.ttl: nx:firstSeen and nx:lastSeen (xsd:date) of the dated links", seen, want)
    c.checked.append(f"rdf ({counts[0]} triples)")


def check_cytoscape(c):
    done = c.run(["jq", "-c", "[(.elements.nodes | length), (.elements.edges | length),"
                  " ([.elements.nodes[].data | {(.id): .label}] | add // {})]",
                  c.path("graph.cytoscape.json")], "graph.cytoscape.json")
    if done is None:
        return
    nodes, edges, labels = json.loads(done.stdout)
    c.same("graph.cytoscape.json: nodes", nodes, len(c.nodes))
    c.same("graph.cytoscape.json: edges", edges, len(c.edges))
    c.same("graph.cytoscape.json: labels", labels, {n: c.label(n) for n in c.nodes})
    c.checked.append("cytoscape")


def check_png(c):
    with open(c.path("graph.png"), "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        c.fail("graph.png: not a PNG")
        return
    width, height = struct.unpack(">II", head[16:24])
    if width < 50 or height < 50:
        c.fail(f"graph.png: {width}x{height} pixels")
    c.checked.append(f"png {width}x{height}")


def check_pdf(c):
    with open(c.path("graph.pdf"), "rb") as f:
        data = f.read()
    if b"/CreationDate (D:19700101000000" not in data:
        c.fail("graph.pdf: the creation date is not the fixed one")
    done = c.run(["pdftotext", c.path("graph.pdf"), "-"], "graph.pdf")
    if done is not None and "Legend" not in done.stdout.decode("utf-8", "replace"):
        c.fail("graph.pdf: pdftotext finds no legend")
    c.checked.append("pdf")


def json_sentences(c):
    """graph.json's sentences in the databases' order (ids 1, 2, ...), and
    each link's evidence as (sentence id, hedged, rule, marks)."""
    sentences, first = [], []
    for d in c.documents:
        first.append(len(sentences))
        sentences.extend((d, s) for s in d["sentences"])
    evidence = {}
    for e in c.edges:
        evidence[(e["source"], e["target"], e["relation"])] = [
            (first[ev["document"]] + ev["sentence"] + 1, ev["hedged"], ev["rule"], ev["marks"])
            for ev in e["metadata"]["evidence"]]
    return sentences, evidence


def none_if_empty(text):
    return text if text else None


def check_sqlite(c):
    """graph.sqlite through Python's sqlite3 (the SQLite library): integrity,
    foreign keys, every table against graph.json, NULL for absent values."""
    import sqlite3
    db = sqlite3.connect(f"file:{c.path('graph.sqlite')}?mode=ro", uri=True)
    c.same("graph.sqlite: integrity_check", db.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
    c.same("graph.sqlite: foreign_key_check", db.execute("PRAGMA foreign_key_check").fetchall(), [])
    c.same("graph.sqlite: format_version",
           db.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchall(), [("1",)])
    got = {r[0]: r[1:] for r in db.execute(
        "SELECT id, type, label, parent, discovered_by, degree FROM entities")}
    want = {i: (n["metadata"]["type"], n["label"],
                n["metadata"].get("parent") if n["metadata"].get("parent") in c.nodes else None,
                none_if_empty(n["metadata"].get("discovered_by", "")), n["metadata"]["degree"])
            for i, n in c.nodes.items()}
    c.same("graph.sqlite: entities", got, want)
    got = sorted(db.execute("SELECT entity_id, alias FROM aliases"))
    want = sorted({(i, a) for i, n in c.nodes.items() for a in n["metadata"]["aliases"]})
    c.same("graph.sqlite: aliases", got, want)
    got = [r for r in db.execute("SELECT path, symbol, date, title FROM documents ORDER BY id")]
    want = [(d["path"], none_if_empty(d["symbol"]), none_if_empty(d["date"]), none_if_empty(d["title"]))
            for d in c.documents]
    c.same("graph.sqlite: documents", got, want)
    sentences, evidence = json_sentences(c)
    got = list(db.execute("SELECT d.path, s.paragraph, s.paragraph_index, s.sentence, s.begin, s.end, "
                          "s.page, s.text FROM sentences s JOIN documents d ON d.id = s.document_id "
                          "ORDER BY s.id"))
    want = [(d["path"], none_if_empty(s["paragraph"]), s["paragraph_index"], s["sentence"], s["begin"],
             s["end"], s.get("page"), s["text"]) for d, s in sentences]
    c.same("graph.sqlite: sentences, each once", got, want)
    got = {}
    for src, dst, rel, kind, weight, hedged, lid in db.execute(
            "SELECT source, target, relation, kind, weight, hedged, id FROM links"):
        ev = [(sid, bool(h), rule, json.loads(marks)) for sid, h, rule, marks in db.execute(
            "SELECT sentence_id, hedged, rule, marks FROM evidence WHERE link_id = ? ORDER BY sentence_id",
            (lid,))]
        got[(src, dst, rel)] = (kind, weight, bool(hedged), ev)
    want = {(e["source"], e["target"], e["relation"]):
            (e["metadata"]["kind"], e["metadata"]["weight"], e["metadata"]["hedged"],
             sorted(evidence[(e["source"], e["target"], e["relation"])]))
            for e in c.edges}
    c.same("graph.sqlite: links and their evidence", got, want)
    c.checked.append("sqlite")


def kuzu_tables(path):
    """The CSV tables and scripts of a Kuzu export, a folder or its tar
    archive: {name: rows or text}."""
    import io
    import tarfile
    files = {}
    if os.path.isdir(path):
        for name in os.listdir(path):
            if not name.startswith("."):
                files[name] = open(os.path.join(path, name), "rb").read()
    else:
        with tarfile.open(path) as tar:
            for m in tar.getmembers():
                files[m.name] = tar.extractfile(m).read()
    tables = {}
    for name, data in files.items():
        text = data.decode("utf-8")
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(text, newline=""), doublequote=True, strict=True))
            tables[name] = [dict(zip(rows[0], r)) for r in rows[1:]]
        else:
            tables[name] = text
    return tables


def check_kuzu(c):
    """graph.kuzu (the folder as a tar archive) read as Kuzu reads it (quotes
    doubled, no backslash escape; an empty field is NULL) against graph.json."""
    t = kuzu_tables(c.path("graph.kuzu"))
    for f in ("schema.cypher", "load.cypher"):
        if f not in t:
            return c.fail(f"graph.kuzu: no {f}")
    got = {}
    for typ in CLASS:
        for r in t[f"{typ}.csv"]:
            got[r["id"]] = (typ, r["label"], r["parent"] or None, r["discovered_by"] or None, int(r["degree"]))
    want = {i: (n["metadata"]["type"], n["label"].replace("\0", ""),
                n["metadata"].get("parent") if n["metadata"].get("parent") in c.nodes else None,
                none_if_empty(n["metadata"].get("discovered_by", "")), n["metadata"]["degree"])
            for i, n in c.nodes.items()}
    c.same("graph.kuzu: entities", got, want)
    got = sorted((r["from"], r["to"]) for typ in CLASS for r in t[f"names.{typ}.csv"])
    want = sorted({(a.replace("\0", ""), i) for i, n in c.nodes.items() for a in n["metadata"]["aliases"]})
    c.same("graph.kuzu: names", got, want)
    sentences, evidence = json_sentences(c)
    got = [(int(r["id"]), r["paragraph"] or None, int(r["begin_byte"]), int(r["end_byte"]), r["text"])
           for r in t["sentence.csv"]]
    want = [(k + 1, none_if_empty(s["paragraph"].replace("\0", "")), s["begin"], s["end"],
             s["text"].replace("\0", "")) for k, (d, s) in enumerate(sentences)]
    c.same("graph.kuzu: sentences, each once", got, want)
    got = {}
    for name, rows in t.items():
        if not name.endswith(".csv") or "kind" not in (rows[0] if rows else {}):
            continue
        for r in rows:
            ids = json.loads(r["sentences"])
            got[(r["from"], r["to"], name[:-4])] = (int(r["weight"]), r["hedged"] == "true", ids)
    want = {(e["source"], e["target"], e["relation"]):
            (e["metadata"]["weight"], e["metadata"]["hedged"],
             [ev[0] for ev in evidence[(e["source"], e["target"], e["relation"])]])
            for e in c.edges}
    c.same("graph.kuzu: relationships and their sentences", got, want)
    c.checked.append("kuzu")


def main(argv):
    if len(argv) != 2 or not os.path.isfile(os.path.join(argv[1], "graph.json")):
        print("usage: check_formats.py FOLDER (holding graph.json and exports of the same graph)",
              file=sys.stderr)
        return 2
    c = Checker(argv[1])
    if c.has("graph.graphml"):
        check_graphml(c, "graph.graphml", False)
    if c.has("yed.graphml"):
        check_graphml(c, "yed.graphml", True)
    if c.has("graph.gexf"):
        check_gexf(c)
    if c.has("graph.nodelink.json"):
        check_node_link(c)
    if c.has("graph.nodes.csv") and c.has("graph.relationships.csv") and c.has("graph.sentences.csv"):
        check_neo4j(c)
    if c.has("graph.cypher"):
        check_cypher(c)
    if c.has("graph.sqlite"):
        check_sqlite(c)
    if c.has("graph.kuzu") or os.path.isdir(c.path("graph.kuzu")):
        check_kuzu(c)
    if c.has("graph.ttl") and c.has("graph.nt"):
        check_rdf(c)
    if c.has("graph.cytoscape.json"):
        check_cytoscape(c)
    if c.has("graph.png"):
        check_png(c)
    if c.has("graph.pdf"):
        check_pdf(c)
    if c.problems:
        for p in c.problems[:20]:
            print(f"check_formats: {p}", file=sys.stderr)
        return 1
    print(f"check_formats: ok: {len(c.nodes)} nodes, {len(c.edges)} edges agree with graph.json in: "
          + ", ".join(c.checked))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
