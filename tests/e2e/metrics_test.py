#!/usr/bin/env python3
"""End to end, `nexus build --metrics`: the sample in every format that has
nodes, each read back by its own client, carries on every node the degree,
betweenness, PageRank, core number and cluster of the JSON graph; those
agree with networkx on the same network (betweenness and PageRank to 1e-9
relative, core numbers exactly); the clusters are a fixed point of label
propagation numbered largest first; drawings size nodes by betweenness;
the bytes do not depend on --jobs; without --metrics nothing changes.
usage: metrics_test.py NEXUS_BINARY PROJECT_DIR
"""
import collections
import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

import networkx as nx

NEXUS = os.path.abspath(sys.argv[1])
PROJECT = os.path.abspath(sys.argv[2])
SAMPLE = os.path.join(PROJECT, "samples", "S_2015_366.txt")
FORMATS = "json,graphml,gexf,dot,neo4j-nodes,cypher,turtle,sqlite,kuzu,cytoscape,node-link,html"
KEYS = ("betweenness", "pagerank", "core", "cluster")


def close(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-15


def same_metrics(name, got, want):
    """got, want: id -> (betweenness, pagerank, core, cluster)."""
    bad = [n for n in want if n not in got or not (
        close(float(got[n][0]), want[n][0]) and close(float(got[n][1]), want[n][1]) and
        int(got[n][2]) == want[n][2] and int(got[n][3]) == want[n][3])]
    check(not bad and len(got) == len(want), f"{name}: the metrics of every node ({len(want)})",
          [(n, got.get(n), want[n]) for n in bad[:3]])


def main():
    tmp = tempfile.mkdtemp(prefix="nexus_metrics_")
    out = os.path.join(tmp, "m")
    subprocess.run([NEXUS, "build", SAMPLE, "--metrics", "-f", FORMATS, "-o", out, "-q", "-j", "1"], check=True)
    with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
        g = json.load(f)["graph"]
    want = {n: tuple(v["metadata"]["metrics"][k] for k in KEYS) for n, v in g["nodes"].items()}
    check(len(want) > 50, f"graph.json: metrics on every node ({len(want)})")

    # Against networkx: the undirected network, a pair once.
    net = nx.Graph()
    net.add_nodes_from(g["nodes"])
    weight = collections.Counter()
    for e in g["edges"]:
        if e["source"] != e["target"]:
            net.add_edge(e["source"], e["target"])
            weight[frozenset((e["source"], e["target"]))] += e["metadata"]["weight"]
    betweenness = nx.betweenness_centrality(net)
    # networkx's own power iteration (pagerank() wants scipy, which Debian's networkx does not pull in).
    pagerank = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(net)
    core = nx.core_number(net)
    bad = [n for n in want if not close(want[n][0], betweenness[n])]
    check(not bad, "betweenness agrees with networkx to 1e-9", [(n, want[n][0], betweenness[n]) for n in bad[:3]])
    bad = [n for n in want if abs(want[n][1] - pagerank[n]) > 1e-9]
    check(not bad, "PageRank agrees with networkx to 1e-9",
          [(n, want[n][1], pagerank[n]) for n in bad[:3]])
    check(all(want[n][2] == core[n] for n in want), "core numbers are networkx's")
    degree = {n: v["metadata"]["degree"] for n, v in g["nodes"].items()}
    check(all(degree[n] == sum(1 for e in g["edges"] if n in (e["source"], e["target"])) for n in degree),
          "degree counts the links that touch the node")
    # Clusters: numbered 1.. largest first, and no node would move (every
    # node carries a label of most weight among its neighbours).
    cluster = {n: want[n][3] for n in want}
    sizes = collections.Counter(cluster.values())
    check(sorted(sizes) == list(range(1, len(sizes) + 1)) and
          all(sizes[k] >= sizes[k + 1] for k in range(1, len(sizes))), f"clusters numbered 1..{len(sizes)}, largest first")
    unsettled = []
    for n in net:
        votes = collections.Counter()
        for m in net[n]:
            votes[cluster[m]] += weight[frozenset((n, m))]
        if votes and votes[cluster[n]] < max(votes.values()):
            unsettled.append(n)
    check(not unsettled, "each node is in the cluster most of its neighbours' links weigh for", unsettled[:3])

    # Every format against the JSON graph.
    gm = nx.read_graphml(os.path.join(out, "graph.graphml"))
    same_metrics("graph.graphml (networkx)", {n: tuple(d[k] for k in KEYS) for n, d in gm.nodes(data=True)}, want)
    from networkx.readwrite.gexf import GEXF
    GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    gx = nx.read_gexf(os.path.join(out, "graph.gexf"), version="1.3")
    same_metrics("graph.gexf (networkx)", {n: tuple(d[k] for k in KEYS) for n, d in gx.nodes(data=True)}, want)
    by_size = sorted(gx.nodes, key=lambda n: (gx.nodes[n]["betweenness"], n))
    sizes = [gx.nodes[n]["viz"]["size"] for n in by_size]
    check(all(a <= b for a, b in zip(sizes, sizes[1:])) and sizes[-1] > sizes[0],
          "graph.gexf: nodes as large as their betweenness (viz:size)")
    done = subprocess.run(["dot", "-Tjson0", os.path.join(out, "graph.dot")], capture_output=True, text=True)
    objects = [o for o in json.loads(done.stdout).get("objects", []) if "betweenness" in o and o["betweenness"]]
    dot = {o["name"].strip('"'): tuple(o[k] for k in KEYS) for o in objects}
    same_metrics("graph.dot (graphviz dot -Tjson0)", dot, want)
    # The width asked for (a drawing may widen a node to fit its label), read
    # by Graphviz's gvpr without a layout.
    done = subprocess.run(["gvpr", 'N{printf("%s\\t%s\\t%s\\n", $.name, $.betweenness, $.width)}',
                           os.path.join(out, "graph.dot")], capture_output=True, text=True)
    widths = sorted((float(b), float(w)) for _, b, w in (line.split("\t") for line in done.stdout.splitlines()
                                                         if line.count("\t") == 2 and line.split("\t")[1]))
    check(len(widths) == len(want) and all(a[1] <= b[1] for a, b in zip(widths, widths[1:])) and
          widths[-1][1] > widths[0][1], "graph.dot: nodes as wide as their betweenness (gvpr)", widths[:3])
    with open(os.path.join(out, "graph.nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    same_metrics("graph.nodes.csv", {r["id:ID"]: (r["betweenness:double"], r["pagerank:double"], r["core:int"],
                                                  r["cluster:int"]) for r in rows}, want)
    cypher = {}
    with open(os.path.join(out, "graph.cypher"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"MERGE \(n:Entity \{id: '([^']+)'\}\).*, n\.betweenness = ([^,]+), n\.pagerank = ([^,]+), "
                         r"n\.core = (\d+), n\.cluster = (\d+);$", line)
            if m:
                cypher[m.group(1)] = m.groups()[1:]
    same_metrics("graph.cypher", cypher, want)
    done = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", os.path.join(out, "graph.ttl")],
                          capture_output=True, text=True)
    rdf = collections.defaultdict(dict)
    for line in done.stdout.splitlines():
        m = re.match(r'<[^>]*/entity/([^>]+)> <[^>]*vocab#(betweenness|pagerank|core|cluster)> "([^"]+)"', line)
        if m:
            rdf[m.group(1)][m.group(2)] = m.group(3)
    got = {n: tuple(rdf[n].get(k) for k in KEYS) for n in want if n in rdf}
    same_metrics("graph.ttl (rapper)", got, want)
    db = sqlite3.connect(os.path.join(out, "graph.sqlite"))
    same_metrics("graph.sqlite", {r[0]: r[1:] for r in db.execute(
        "SELECT id, betweenness, pagerank, core, cluster FROM entities")}, want)
    kuzu = {}
    for name in os.listdir(os.path.join(out, "graph.kuzu")):
        if name in ("group.csv", "crime.csv", "region.csv", "un_entity.csv"):
            with open(os.path.join(out, "graph.kuzu", name), newline="", encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    kuzu[r["id"]] = tuple(r[k] for k in KEYS)
    same_metrics("graph.kuzu (its CSV tables)", kuzu, want)
    with open(os.path.join(out, "graph.cytoscape.json"), encoding="utf-8") as f:
        cy = json.load(f)
    same_metrics("graph.cytoscape.json", {n["data"]["id"]: tuple(n["data"][k] for k in KEYS)
                                          for n in cy["elements"]["nodes"]}, want)
    with open(os.path.join(out, "graph.nodelink.json"), encoding="utf-8") as f:
        nl = nx.node_link_graph(json.load(f))
    same_metrics("graph.nodelink.json (networkx)", {n: tuple(d[k] for k in KEYS) for n, d in nl.nodes(data=True)}, want)
    with open(os.path.join(out, "graph.html"), encoding="utf-8") as f:
        html = f.read()
    check(html.count('"betweenness":') == len(want), "graph.html: the explorer gets the metrics of every node")

    # The same bytes with more threads; nothing of it without --metrics.
    again = os.path.join(tmp, "j2")
    subprocess.run([NEXUS, "build", SAMPLE, "--metrics", "-f", FORMATS, "-o", again, "-q", "-j", "2"], check=True)
    differ = [n for n in sorted(os.listdir(out)) if os.path.isfile(os.path.join(out, n)) and
              open(os.path.join(out, n), "rb").read() != open(os.path.join(again, n), "rb").read()]
    check(not differ, "the same bytes with --jobs 2", differ)
    plain = os.path.join(tmp, "plain")
    subprocess.run([NEXUS, "build", SAMPLE, "-f", "json,graphml,gexf,dot", "-o", plain, "-q"], check=True)
    leaks = [n for n in os.listdir(plain) if "betweenness" in open(os.path.join(plain, n), encoding="utf-8").read()]
    check(not leaks, "without --metrics no format carries them", leaks)
    shutil.rmtree(tmp, ignore_errors=True)
    finish("metrics test")


if __name__ == "__main__":
    main()
