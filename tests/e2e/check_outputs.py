#!/usr/bin/python3
"""Checks the four exports of one graph with the real clients that read them.

Usage: /usr/bin/python3 check_outputs.py FOLDER
FOLDER holds graph.json, graph.graphml, graph.dot and graph.svg written from the
same knowledge graph. Checks:
  graph.json     jq parses it; node/edge counts match the metadata; every edge
                 joins two nodes; weight is a number equal to the evidence count,
                 hedged a boolean.
  graph.graphml  xmllint --noout accepts it; networkx.read_graphml gives the same
                 nodes and edge count as the JSON, weight/evidence_count/degree
                 as int and hedged as bool.
  graph.dot      dot -Tsvg exits 0; dot -Tjson gives the JSON's nodes (plus the
                 four legend:<type> nodes when the legend is made of nodes), the
                 same edge count, and every label back (after
                 undoing the DOT escapes \\\\ and \\n; control characters are
                 spaces in DOT).
  graph.svg      xmllint --noout accepts it; no raw <script.
Exits 1 with one line per problem; prints a one-line summary on success.
"""

import json
import os
import subprocess
import sys

LEGEND = {"legend:group", "legend:crime", "legend:region", "legend:un_entity"}


class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.problems = []

    def path(self, name):
        return os.path.join(self.folder, name)

    def fail(self, message):
        self.problems.append(message)

    def run(self, args, what):
        """Runs a client; returns its stdout, or None (and a problem) on failure."""
        try:
            done = subprocess.run(args, capture_output=True, timeout=600)
        except FileNotFoundError:
            self.fail(f"{what}: {args[0]} is not installed")
            return None
        except subprocess.TimeoutExpired:
            self.fail(f"{what}: {args[0]} timed out")
            return None
        if done.returncode != 0:
            err = done.stderr.decode("utf-8", "replace").strip().splitlines()
            self.fail(f"{what}: {' '.join(args)} exited {done.returncode}: "
                      + (err[0] if err else "(no message)"))
            return None
        return done.stdout


def jq(checker, expr, what):
    out = checker.run(["jq", "-c", expr, checker.path("graph.json")], what)
    return None if out is None else json.loads(out)


def check_json(c):
    """Returns {id: label} and the edge count, as jq reads graph.json."""
    facts = jq(c, "{nodes: (.graph.nodes | length), edges: (.graph.edges | length),"
               " entities: .graph.metadata.entity_count, links: .graph.metadata.link_count,"
               " directed: .graph.directed}", "graph.json")
    if facts is None:
        return None, None
    if facts["nodes"] != facts["entities"]:
        c.fail(f"graph.json: {facts['nodes']} nodes but entity_count {facts['entities']}")
    if facts["edges"] != facts["links"]:
        c.fail(f"graph.json: {facts['edges']} edges but link_count {facts['links']}")
    if facts["directed"] is not True:
        c.fail("graph.json: graph.directed is not true")
    dangling = jq(c, ".graph.nodes as $n | [.graph.edges[] | select($n[.source] == null"
                  " or $n[.target] == null) | [.source, .target]]", "graph.json")
    if dangling:
        c.fail(f"graph.json: edges to unknown nodes: {dangling[:3]}")
    bad = jq(c, "[.graph.edges[] | select((.metadata.weight | type) != \"number\""
             " or (.metadata.hedged | type) != \"boolean\""
             " or .metadata.weight != (.metadata.evidence | length)) | [.source, .target]]",
             "graph.json")
    if bad:
        c.fail(f"graph.json: edges with a bad weight or hedged: {bad[:3]}")
    labels = jq(c, ".graph.nodes | map_values(.label)", "graph.json")
    return labels, facts["edges"]


def check_graphml(c, labels, edge_count):
    if c.run(["xmllint", "--noout", "--nonet", c.path("graph.graphml")], "graph.graphml") is None:
        return
    try:
        import networkx
    except ImportError:
        c.fail("graph.graphml: networkx is missing (run with /usr/bin/python3)")
        return
    try:
        g = networkx.read_graphml(c.path("graph.graphml"), force_multigraph=True)
    except Exception as e:  # networkx raises many kinds
        c.fail(f"graph.graphml: networkx cannot read it: {e}")
        return
    if not g.is_directed():
        c.fail("graph.graphml: networkx reads an undirected graph")
    if labels is not None and set(g.nodes) != set(labels):
        diff = sorted(set(g.nodes) ^ set(labels))[:3]
        c.fail(f"graph.graphml: {g.number_of_nodes()} nodes, graph.json {len(labels)};"
               f" differing ids {diff}")
    if edge_count is not None and g.number_of_edges() != edge_count:
        c.fail(f"graph.graphml: {g.number_of_edges()} edges, graph.json {edge_count}")
    for u, v, data in g.edges(data=True):
        for key, kind in (("weight", int), ("evidence_count", int), ("hedged", bool)):
            if type(data.get(key)) is not kind:
                c.fail(f"graph.graphml: edge {u} -> {v}: {key} is "
                       f"{type(data.get(key)).__name__}, not {kind.__name__}")
                return
    for n, data in g.nodes(data=True):
        if type(data.get("degree")) is not int:
            c.fail(f"graph.graphml: node {n}: degree is not an int")
            return


def dot_label(text):
    """A JSON label as the DOT file is meant to give it back."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch != "\n" and (o < 0x20 or o == 0x7F or 0x80 <= o < 0xA0):
            out.append(" ")
        elif o in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def dot_unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in "\\n":
            out.append("\n" if value[i + 1] == "n" else "\\")
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def check_dot(c, labels, edge_count):
    if c.run(["dot", "-Tsvg", "-o", os.devnull, c.path("graph.dot")], "graph.dot") is None:
        return
    out = c.run(["dot", "-Tjson", c.path("graph.dot")], "graph.dot")
    if out is None:
        return
    doc = json.loads(out)
    nodes = {o["name"]: o.get("label", "\\N") for o in doc.get("objects", [])
             if not ({"nodes", "edges", "subgraphs"} & o.keys())}
    edges = len(doc.get("edges", []))
    legend = {n for n in nodes if n.startswith("legend:")}
    if legend and legend != LEGEND:
        c.fail(f"graph.dot: legend nodes {sorted(legend)}, expected none or {sorted(LEGEND)}")
    if labels is not None:
        entities = set(nodes) - legend
        if entities != set(labels):
            diff = sorted(entities ^ set(labels))[:3]
            c.fail(f"graph.dot: {len(entities)} nodes besides the legend, graph.json"
                   f" {len(labels)}; differing {diff}")
        for node_id, label in labels.items():
            want = dot_label(label or node_id)
            got = dot_unescape(nodes.get(node_id, "\\N"))
            if node_id in nodes and got != want:
                c.fail(f"graph.dot: label of {node_id} reads back {got!r}, not {want!r}")
                break
    if edge_count is not None and edges != edge_count:
        c.fail(f"graph.dot: {edges} edges, graph.json {edge_count}")


def check_svg(c):
    if c.run(["xmllint", "--noout", "--nonet", c.path("graph.svg")], "graph.svg") is None:
        return
    with open(c.path("graph.svg"), "rb") as f:
        text = f.read()
    if b"<svg" not in text:
        c.fail("graph.svg: no <svg element")
    if b"<script" in text.lower():
        c.fail("graph.svg: holds a raw <script")


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print("usage: check_outputs.py FOLDER (holding graph.json, graph.graphml,"
              " graph.dot, graph.svg)", file=sys.stderr)
        return 2
    c = Checker(argv[1])
    missing = [n for n in ("graph.json", "graph.graphml", "graph.dot", "graph.svg")
               if not os.path.isfile(c.path(n))]
    if missing:
        print(f"check_outputs: missing in {argv[1]}: {', '.join(missing)}", file=sys.stderr)
        return 1
    labels, edge_count = check_json(c)
    check_graphml(c, labels, edge_count)
    check_dot(c, labels, edge_count)
    check_svg(c)
    if c.problems:
        for p in c.problems:
            print(f"check_outputs: {p}", file=sys.stderr)
        return 1
    print(f"check_outputs: ok: {len(labels)} nodes, {edge_count} edges agree across "
          "json (jq), graphml (xmllint, networkx), dot (dot -Tsvg, -Tjson), svg (xmllint)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
