#!/usr/bin/env python3
"""End to end, `nexus query` against networkx on the same network: the
sample's graph and a generated one of 2,000 entities. Betweenness and degree
agree to 1e-9 (relative), shortest path lengths, articulation points,
bridges and neighbourhoods are the same; a path between two parts that do
not meet says so; an unknown entity is a usage error with a suggestion.
usage: query_test.py NEXUS_BINARY PROJECT_DIR
"""
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

import networkx as nx

NEXUS = os.path.abspath(sys.argv[1])
PROJECT = os.path.abspath(sys.argv[2])


def query(graph, *args):
    done = subprocess.run([NEXUS, "query", graph] + list(args) + ["--json"], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout)


def network(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)["graph"]
    n = nx.Graph()
    n.add_nodes_from(g["nodes"])
    for e in g["edges"]:
        if e["source"] != e["target"]:
            n.add_edge(e["source"], e["target"])
    return n


def compare(name, path, pairs):
    n = network(path)
    want = nx.betweenness_centrality(n)
    got = {r["id"]: r["score"] for r in query(path, "rank", "--by", "betweenness", "--top", "1000000")["ranking"]}
    worst = max(abs(got[v] - want[v]) / max(abs(want[v]), 1e-300) for v in n if want[v] > 0)
    check(set(got) == set(n) and worst <= 1e-9 and all(got[v] == 0 for v in n if want[v] == 0),
          f"{name}: betweenness agrees with networkx (worst relative error {worst:.1e})")
    # --sample with every entity as a source: the estimator's own Brandes, exact.
    got = {r["id"]: r["score"] for r in query(path, "rank", "--by", "betweenness", "--sample", str(len(n)),
                                              "--top", "1000000")["ranking"]}
    worst = max(abs(got[v] - want[v]) / max(abs(want[v]), 1e-300) for v in n if want[v] > 0)
    check(worst <= 1e-9, f"{name}: --sample with all sources is exact betweenness (worst {worst:.1e})")
    got = {r["id"]: r["score"] for r in query(path, "rank", "--by", "degree", "--top", "1000000")["ranking"]}
    check(all(got[v] == n.degree(v) for v in n), f"{name}: degree agrees with networkx")
    got = {r["id"]: r["score"] for r in query(path, "rank", "--by", "pagerank", "--top", "1000000")["ranking"]}
    # networkx's own power iteration (pagerank() itself wants scipy, which Debian's networkx does not pull in).
    want = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(n)
    worst = max(abs(got[v] - want[v]) for v in n)
    check(worst <= 1e-9, f"{name}: pagerank agrees with networkx (worst error {worst:.1e})")
    got = {r["id"]: r["score"] for r in query(path, "rank", "--by", "core", "--top", "1000000")["ranking"]}
    check(got == {v: float(c) for v, c in nx.core_number(n).items()}, f"{name}: k-core numbers agree with networkx")
    weights = {}
    with open(path, encoding="utf-8") as f:
        for e in json.load(f)["graph"]["edges"]:
            if e["source"] != e["target"]:
                key = tuple(sorted((e["source"], e["target"])))
                weights[key] = weights.get(key, 0) + e["metadata"]["weight"]
    for w in (1, 2):
        strong = nx.Graph([k for k, v in weights.items() if v >= w])
        want = sorted(sorted(c) for c in nx.connected_components(strong) if len(c) > 1)
        got = sorted(sorted(c["members"]) for c in
                     query(path, "clusters", "--min-weight", str(w), "--top", "1000000")["clusters"])
        check(got == want, f"{name}: clusters of links of at least {w} sentence(s) agree with networkx ({len(got)})")
    b = query(path, "brokers")
    check(sorted(b["articulation_points"]) == sorted(nx.articulation_points(n)),
          f"{name}: articulation points agree with networkx ({len(b['articulation_points'])})")
    check(sorted(tuple(x) for x in b["bridges"]) == sorted(tuple(sorted(e)) for e in nx.bridges(n)),
          f"{name}: bridges agree with networkx ({len(b['bridges'])})")
    lengths = []
    for a, z in pairs:
        p = query(path, "path", a, z)
        want = nx.shortest_path_length(n, a, z) if nx.has_path(n, a, z) else None
        got = p["length"] if p.get("path", True) is not None else None
        lengths.append((got, want))
        if got is not None:
            hops = p["hops"]
            chain = [a]
            for h in hops:
                chain.append(h["target"] if h["source"] == chain[-1] else h["source"])
            check(chain[-1] == z and all(n.has_edge(x, y) for x, y in zip(chain, chain[1:])) and
                  all(h["sentence"] for h in hops), f"{name}: path {a} -> {z} is a chain of links with sentences")
    check(all(g == w for g, w in lengths), f"{name}: {len(pairs)} shortest path lengths agree with networkx", lengths)
    # The k shortest simple paths: the same lengths as networkx's, each a
    # chain of links, none twice.
    from itertools import islice
    for a, z in pairs[:5]:
        if not nx.has_path(n, a, z):
            continue
        got = query(path, "path", a, z, "--k", "6")["paths"]
        want = [len(p) - 1 for p in islice(nx.shortest_simple_paths(n, a, z), 6)]
        chains = []
        for p in got:
            chain = [a]
            for h in p["hops"]:
                chain.append(h["target"] if h["source"] == chain[-1] else h["source"])
            chains.append(tuple(chain))
        check([p["length"] for p in got] == want and len(set(chains)) == len(chains) and
              all(c[-1] == z and len(set(c)) == len(c) and all(n.has_edge(x, y) for x, y in zip(c, c[1:]))
                  for c in chains),
              f"{name}: the {len(got)} shortest simple paths {a} -> {z} have networkx's lengths {want}")
    a = pairs[0][0]
    got = {r["id"]: r["distance"] for r in query(path, "neighbors", a, "--depth", "2")["neighbors"]}
    want = {v: d for v, d in nx.single_source_shortest_path_length(n, a, cutoff=2).items() if d > 0}
    check(got == want, f"{name}: neighbors of {a} within 2 links agree with networkx ({len(got)})")


def generated(path, count=2000, seed=7):
    """A random network of groups and regions (operates_in links), as a format 2 graph."""
    rnd = random.Random(seed)
    nodes = {}
    for i in range(count):
        t = "group" if i % 2 == 0 else "region"
        nodes[f"{t}:n{i}"] = {"label": f"N{i}", "metadata": {"type": t, "aliases": [], "degree": 0}}
    edges = set()
    for i in range(0, count, 2):  # groups to a few regions, some isolated parts
        for _ in range(rnd.choice([0, 1, 1, 2, 3])):
            j = rnd.randrange(1, count, 2)
            edges.add((f"group:n{i}", f"region:n{j}"))
    text = "A operates in B."
    g = {"graph": {"directed": True, "type": "nexus", "label": "generated",
                   "metadata": {"format_version": 2, "documents": [{"path": "g.txt", "symbol": "", "date": "", "title": "",
                                "sentences": [{"paragraph": "", "paragraph_index": 0, "sentence": 0, "begin": 0,
                                               "end": len(text), "text": text}]}],
                                "entity_count": count, "link_count": len(edges), "sentence_count": 1},
                   "nodes": nodes,
                   "edges": [{"source": s, "target": t, "relation": "operates_in", "directed": True,
                              "metadata": {"kind": "group-region", "weight": 1, "hedged": False,
                                           "evidence": [{"document": 0, "sentence": 0, "hedged": False,
                                                         "rule": "r", "marks": []}]}}
                             for s, t in sorted(edges)]}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f)
    return sorted(nodes)


def main():
    top = tempfile.mkdtemp(prefix="nexus_query_")
    sample = os.path.join(top, "sample.json")
    subprocess.run([NEXUS, "build", os.path.join(PROJECT, "samples", "S_2015_366.txt"), "--output", sample,
                    "--quiet"], check=True)
    compare("sample", sample, [("group:boko_haram", "group:isil"), ("group:taliban", "un_entity:unodc"),
                               ("group:abu_sayyaf_group", "region:haiti" if False else "region:iraq")])
    gen = os.path.join(top, "generated.json")
    ids = generated(gen)
    rnd = random.Random(3)
    compare("generated (2,000 entities)", gen, [(rnd.choice(ids), rnd.choice(ids)) for _ in range(20)])
    # Activities: who profits from what, where, as one fact.
    acts = query(sample, "activities", "--group", "ISIL", "--crime", "oil smuggling")["activities"]
    check(len(acts) == 1 and [p["id"] for p in acts[0]["places"]] == ["region:iraq", "region:syria"] and
          any(e["paragraph"] == "14" for e in acts[0]["evidence"]),
          "activities: ISIL - oil smuggling - Iraq, Syrian Arab Republic, stated in paragraph 14", acts)
    annex = query(sample, "activities", "--group", "UNODC", "--place", "West Africa")["activities"]
    check(any(a["crime"] == "crime:drug_trafficking" and
              any(e["paragraph"].startswith("annex") for e in a["evidence"]) for a in annex),
          "activities: an annex row's UN entity - crime - scope (UNODC, drug trafficking, West Africa)", annex)
    text = subprocess.run([NEXUS, "query", sample, "activities", "--place", "Iraq"], capture_output=True,
                          text=True).stdout
    check("profits from oil smuggling in Iraq (1), Syrian Arab Republic (1)" in text,
          "activities print as a table: actor, crime, places with their sentences", text[:600])
    # nexus diff: the sample, then the sample and one more report.
    more = os.path.join(top, "more.json")
    passage = os.path.join(PROJECT, "tests", "data", "devset", "15_mt35_syria_iraq.txt")
    subprocess.run([NEXUS, "build", os.path.join(PROJECT, "samples", "S_2015_366.txt"), passage, "--output", more,
                    "--quiet"], check=True)
    done = subprocess.run([NEXUS, "diff", sample, more, "--json"], capture_output=True, text=True)
    d = json.loads(done.stdout)
    old, new = (json.load(open(p, encoding="utf-8"))["graph"] for p in (sample, more))
    edges = lambda g: {(e["source"], e["relation"], e["target"]): e["metadata"] for e in g["edges"]}
    eo, en = edges(old), edges(new)
    check(done.returncode == 1 and d["documents_added"] == [passage] and not d["documents_removed"],
          "diff: the added report, exit 1 when the graphs differ", done.stderr)
    check(d["entities_added"] == sorted(set(new["nodes"]) - set(old["nodes"])) and not d["entities_removed"],
          f"diff: the entities added ({len(d['entities_added'])}) are those only the new graph holds")
    check(sorted((x["source"], x["relation"], x["target"]) for x in d["links_added"]) == sorted(set(en) - set(eo)),
          f"diff: the links added ({len(d['links_added'])}) are those only the new graph holds")
    changed = sorted(k for k in set(en) & set(eo) if en[k]["weight"] != eo[k]["weight"] or en[k]["hedged"] != eo[k]["hedged"])
    check(sorted((x["source"], x["relation"], x["target"]) for x in d["links_changed"]) == changed and
          all(x["weight_after"] - x["weight_before"] == len(x["sentences_gained"]) - len(x["sentences_lost"])
              for x in d["links_changed"]),
          f"diff: the links whose weight changed ({len(changed)}), each with the sentences it gained")
    # --from / --to: the questions asked of the documents dated in a window.
    late = os.path.join(top, "late.txt")
    with open(late, "w", encoding="utf-8") as f, \
            open(os.path.join(PROJECT, "tests", "data", "devset", "17_sg_isil_threat_2025.txt"), encoding="utf-8") as src:
        f.write("United Nations S/2025/72\n\nSecurity Council Distr.: General\n31 January 2025\n\n" + src.read())
    both, alone = os.path.join(top, "both.json"), os.path.join(top, "alone.json")
    subprocess.run([NEXUS, "build", os.path.join(PROJECT, "samples", "S_2015_366.txt"), late, "--output", both,
                    "--quiet"], check=True)
    subprocess.run([NEXUS, "build", late, "--output", alone, "--quiet"], check=True)
    ids = lambda r: sorted(x["id"] for x in r["neighbors"])
    check(ids(query(both, "neighbors", "ISIL", "--from", "2020-01-01")) == ids(query(alone, "neighbors", "ISIL")),
          "--from 2020-01-01: ISIL's neighbours as the 2025 report alone states them")
    check(ids(query(both, "neighbors", "ISIL", "--to", "2016-12-31")) == ids(query(sample, "neighbors", "ISIL")),
          "--to 2016-12-31: ISIL's neighbours as the 2015 report alone states them")
    # Links seen in both reports span their dates; --meta dates a document its text does not.
    with open(both, encoding="utf-8") as f:
        g = json.load(f)["graph"]
    spans = {(e["metadata"].get("first_seen"), e["metadata"].get("last_seen")) for e in g["edges"]}
    check(("2015-05-21", "2025-01-31") in spans and ("2015-05-21", "2015-05-21") in spans and
          ("2025-01-31", "2025-01-31") in spans, "links carry the first and last dates of their reports")
    undated = os.path.join(top, "undated.txt")
    with open(undated, "w", encoding="utf-8") as f, \
            open(os.path.join(PROJECT, "tests", "data", "devset", "17_sg_isil_threat_2025.txt"), encoding="utf-8") as src:
        f.write(src.read())
    meta = os.path.join(top, "meta.csv")
    with open(meta, "w", encoding="utf-8") as f:
        f.write(f"path,symbol,date\n{undated},S/2025/72,2025-01-31\n")
    dated = os.path.join(top, "dated.json")
    subprocess.run([NEXUS, "build", os.path.join(PROJECT, "samples", "S_2015_366.txt"), undated, "--meta", meta,
                    "--output", dated, "--quiet"], check=True)
    with open(dated, encoding="utf-8") as f:
        docs = {d["path"]: d for d in json.load(f)["graph"]["metadata"]["documents"]}
    check(docs[undated]["date"] == "2025-01-31" and docs[undated]["symbol"] == "S/2025/72",
          "--meta gives an undated document its symbol and date")
    check(ids(query(dated, "neighbors", "ISIL", "--from", "2020-01-01")) == ids(query(alone, "neighbors", "ISIL")),
          "--meta's date counts for --from")
    same = subprocess.run([NEXUS, "diff", sample, sample], capture_output=True, text=True)
    check(same.returncode == 0 and "the same" in same.stdout, "diff: a graph against itself: the same, exit 0")
    done = subprocess.run([NEXUS, "query", sample, "path", "Boko Harm", "ISIL"], capture_output=True, text=True)
    check(done.returncode == 2 and "did you mean" in done.stderr and "boko_haram" in done.stderr,
          "an unknown entity is a usage error naming the nearest", done.stderr)
    text = subprocess.run([NEXUS, "query", sample, "path", "Boko Haram", "ISIL"], capture_output=True, text=True).stdout
    check("Boko Haram to Islamic State in Iraq and the Levant: 2 link(s)" in text, "path prints its hops", text)
    finish("query test")


if __name__ == "__main__":
    main()
