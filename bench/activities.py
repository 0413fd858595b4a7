#!/usr/bin/env python3
"""Activity benchmark: runs `nexus build` on the sample report and on every
dev-set passage that has activity annotations (tests/data/devset/ACTIVITIES.md:
NN_*.activities.json; the sample's in tests/data/sample.activities.json), and
scores Nexus's activities (graph.metadata.activities) against them.

Graph nodes are matched to gold entities by name as the shared scorer does
(score.py). A predicted activity is one (actor, crime, set of places) that one
of Nexus's sentences states; it is right when a gold activity has the same
actor, crime and set of places. Gold activities marked optional count neither
as a miss nor, when matched, as a false hit; nor does a predicted activity
with an end the gold leaves optional or does not judge as an entity. Also
printed: the (actor, crime) pairs alone, and the places of matched pairs.

usage: bench/activities.py [--nexus build/nexus] [--shared ../shared] [--errors]
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_scorer(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def documents(shared):
    docs = []
    sample = os.path.join(ROOT, "tests", "data", "sample.activities.json")
    if os.path.exists(sample):
        docs.append(("sample S/2015/366", os.path.join(ROOT, "samples", "S_2015_366.txt"),
                     os.path.join(shared, "eval", "gold", "seed.json"), sample))
    devset = os.path.join(ROOT, "tests", "data", "devset")
    for name in sorted(os.listdir(devset)):
        if name.endswith(".activities.json"):
            stem = name[:-len(".activities.json")]
            docs.append((stem, os.path.join(devset, stem + ".txt"), os.path.join(devset, stem + ".gold.json"),
                         os.path.join(devset, name)))
    return docs


def matcher(scorer, graph_path, gold_path, crimes):
    """Graph node id -> gold entity id (or None), as score.py matches them."""
    nodes, _ = scorer.load_graph(graph_path)
    ents, _, _ = scorer.load_gold(gold_path, crimes)
    match, claimed = {}, set()
    for nid in sorted(nodes, key=lambda k: -len(nodes[k]["names"])):
        n = nodes[nid]
        hits = [gid for gid, g in ents.items() if g["type"] == n["type"] and g["names"] & n["names"]]
        free = [h for h in hits if h not in claimed]
        match[nid] = free[0] if free else (hits[0] if hits else None)
        if free:
            claimed.add(free[0])
    return match, ents


def predicted(graph_path, match):
    """The (actor, crime, places) facts Nexus states, in gold ids; with the
    sentence of one of them for the error list."""
    with open(graph_path, encoding="utf-8") as f:
        g = json.load(f)["graph"]
    docs = g["metadata"]["documents"]
    out = {}
    for a in g["metadata"].get("activities", []):
        for ev in a["evidence"]:
            key = (match.get(a["actor"]) or "node:" + a["actor"], match.get(a["crime"]) or "node:" + a["crime"],
                   frozenset(match.get(p["id"]) or "node:" + p["id"] for p in ev["places"]))
            out.setdefault(key, docs[ev["document"]]["sentences"][ev["sentence"]]["text"])
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pred, gold, ents):
    """(tp, fp, fn) of whole activities and of (actor, crime) pairs, and the errors."""
    required = {(a["actor"], a["crime"], frozenset(a["places"])) for a in gold if not a.get("optional")}
    optional = {(a["actor"], a["crime"], frozenset(a["places"])) for a in gold if a.get("optional")}
    unjudged = {g for g, e in ents.items() if e["optional"]}
    errors = []
    tp = fp = 0
    for key, text in sorted(pred.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]))):
        ends = {key[0], key[1]} | set(key[2])
        if key in required:
            tp += 1
        elif key in optional or ends & unjudged or any(str(x).startswith("node:") for x in (key[0], key[1])):
            continue
        else:
            fp += 1
            errors.append(("false", key, text))
    fn = 0
    for key in sorted(required, key=lambda k: (k[0], k[1], sorted(k[2]))):
        if key not in pred:
            fn += 1
            errors.append(("missed", key, next(a.get("quote", "") for a in gold
                                               if (a["actor"], a["crime"], frozenset(a["places"])) == key)))
    pairs_req = {(a, c) for a, c, _ in required}
    pairs_opt = {(a, c) for a, c, _ in optional} - pairs_req
    pairs_pred = {(a, c) for a, c, _ in pred}
    ptp = len(pairs_pred & pairs_req)
    pfp = len({p for p in pairs_pred - pairs_req - pairs_opt
               if not ({p[0], p[1]} & unjudged) and not any(str(x).startswith("node:") for x in p)})
    pfn = len(pairs_req - pairs_pred)
    return (tp, fp, fn), (ptp, pfp, pfn), errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nexus", default=os.path.join(ROOT, "build", "nexus"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--errors", action="store_true", help="list every false and missed activity")
    a = ap.parse_args()
    scorer = load_scorer(a.shared)
    crimes = os.path.join(a.shared, "eval", "crimes.json")
    totals = {"sample": [[0] * 3, [0] * 3], "dev": [[0] * 3, [0] * 3]}
    print(f"{'document':44} {'activities P   R   F1':>22}  {'(actor, crime) P   R   F1':>26}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, gold_path, act_path in documents(a.shared):
            out = os.path.join(tmp, "g.json")
            subprocess.run([a.nexus, "build", text, "--format", "json", "--output", out, "--quiet"], check=True)
            match, ents = matcher(scorer, out, gold_path, crimes)
            with open(act_path, encoding="utf-8") as f:
                gold = json.load(f)["activities"]
            whole, pairs, errors = score(predicted(out, match), gold, ents)
            part = "sample" if name.startswith("sample") else "dev"
            for i in range(3):
                totals[part][0][i] += whole[i]
                totals[part][1][i] += pairs[i]
            if whole != (0, 0, 0) or pairs != (0, 0, 0):
                p, r, f = prf(*whole)
                pp, pr, pf = prf(*pairs)
                print(f"{name[:44]:44} {p:6.2f} {r:4.2f} {f:4.2f} ({whole[0]}/{whole[1]}/{whole[2]})"
                      f"  {pp:6.2f} {pr:4.2f} {pf:4.2f}")
            if a.errors:
                for kind, key, text_ in errors:
                    print(f"    {kind:6} {key[0]} - {key[1]} - {sorted(key[2])}\n           {text_[:300]}")
    for part in ("sample", "dev"):
        (w, p) = totals[part]
        print(f"{part + ' activities':24} tp {w[0]:3} fp {w[1]:3} fn {w[2]:3}  P {prf(*w)[0]:.2f} R {prf(*w)[1]:.2f} "
              f"F1 {prf(*w)[2]:.2f};  (actor, crime) pairs P {prf(*p)[0]:.2f} R {prf(*p)[1]:.2f} F1 {prf(*p)[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
