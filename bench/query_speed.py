#!/usr/bin/env python3
"""Query benchmark: a generated graph of 100,000 entities and 1,000,000
links (the JSON graph, compact), then `nexus query` on it: the seconds
spent loading and answering for neighbors, path, path --k 5, rank by
degree, pagerank and core, betweenness estimated from 64 and 256 sources
(with its error against exact betweenness on a 20,000-entity graph of the
same kind, where exact is affordable), clusters and brokers. Prints the
figures; asserts nothing (run by hand; the numbers go in the README).

usage: bench/query_speed.py [--nexus build/nexus] [--entities 100000] [--links 1000000]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(path, entities, links, seed=5):
    """A random graph in the JSON graph format: groups and regions joined by
    operates_in links, a few hubs, one shared sentence as evidence."""
    rnd = random.Random(seed)
    text = "A operates in B."
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"graph":{"directed":true,"type":"nexus","label":"bench","metadata":{"format_version":2,'
                '"documents":[{"path":"g.txt","symbol":"","date":"","title":"","sentences":[{"paragraph":"",'
                '"paragraph_index":0,"sentence":0,"begin":0,"end":%d,"text":"%s"}]}]},"nodes":{' % (len(text), text))
        f.write(",".join('"%s:n%d":{"label":"N%d","metadata":{"type":"%s","aliases":[]}}' %
                         ("group" if i % 2 == 0 else "region", i, i, "group" if i % 2 == 0 else "region")
                         for i in range(entities)))
        f.write('},"edges":[')
        seen = set()
        first = True
        while len(seen) < links:
            g = rnd.randrange(0, entities, 2)
            r = rnd.randrange(1, entities, 2) if rnd.random() < 0.8 else rnd.randrange(1, min(entities, 2001), 2)
            if (g, r) in seen:
                continue
            seen.add((g, r))
            f.write(("" if first else ",") +
                    '{"source":"group:n%d","target":"region:n%d","relation":"operates_in","directed":true,'
                    '"metadata":{"kind":"group-region","weight":1,"hedged":false,"evidence":[{"document":0,'
                    '"sentence":0,"hedged":false,"rule":"r","marks":[]}]}}' % (g, r))
            first = False
        f.write("]}}\n")


def timed(nexus, graph, *args):
    done = subprocess.run([nexus, "query", graph, *args, "--timings", "--json"], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    m = re.search(r"([0-9.]+) s loading the graph, ([0-9.]+) s answering", done.stderr)
    return float(m.group(1)), float(m.group(2)), json.loads(done.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nexus", default=os.path.join(ROOT, "build", "nexus"))
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--links", type=int, default=1_000_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "big.json")
        t = time.time()
        generate(big, a.entities, a.links)
        print(f"graph: {a.entities:,} entities, {a.links:,} links, {os.path.getsize(big) / 1e6:.0f} MB "
              f"(generated in {time.time() - t:.0f} s)")
        rows = [("neighbors group:n0 (depth 1)", ("neighbors", "group:n0")),
                ("neighbors group:n0 --depth 2", ("neighbors", "group:n0", "--depth", "2")),
                ("path group:n0 region:n99999", ("path", "group:n0", f"region:n{a.entities - 1}")),
                ("path ... --k 5", ("path", "group:n0", f"region:n{a.entities - 1}", "--k", "5")),
                ("rank --by degree", ("rank", "--by", "degree")),
                ("rank --by pagerank", ("rank", "--by", "pagerank")),
                ("rank --by core", ("rank", "--by", "core")),
                ("rank --by betweenness --sample 64", ("rank", "--by", "betweenness", "--sample", "64")),
                ("rank --by betweenness --sample 256", ("rank", "--by", "betweenness", "--sample", "256")),
                ("clusters", ("clusters",)),
                ("brokers", ("brokers",))]
        for name, args in rows:
            load, answer, _ = timed(a.nexus, big, *args)
            print(f"  {name:40} load {load:6.2f} s   answer {answer:6.2f} s")
        # The estimate's error, where exact betweenness is affordable.
        small = os.path.join(tmp, "small.json")
        generate(small, 20_000, 100_000)
        _, exact_s, exact = timed(a.nexus, small, "rank", "--by", "betweenness", "--top", "100")
        exact_top = [r["id"] for r in exact["ranking"]]
        exact_score = {r["id"]: r["score"] for r in exact["ranking"]}
        for k in (64, 256):
            _, s, est = timed(a.nexus, small, "rank", "--by", "betweenness", "--sample", str(k), "--top", "100")
            top = [r["id"] for r in est["ranking"]]
            errors = [abs(r["score"] - exact_score[r["id"]]) / exact_score[r["id"]]
                      for r in est["ranking"][:20] if r["id"] in exact_score]
            print(f"  20,000 entities, 100,000 links: exact betweenness {exact_s:.1f} s; --sample {k}: {s:.2f} s, "
                  f"{len(set(top[:20]) & set(exact_top[:20]))} of the exact top 20 in its top 20, "
                  f"median relative error of those {sorted(errors)[len(errors) // 2] if errors else float('nan'):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
