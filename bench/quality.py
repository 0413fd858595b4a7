#!/usr/bin/env python3
"""Quality benchmark: runs `nexus build` on the sample report and on every
dev-set passage (tests/data/devset/NN_*.txt with NN_*.gold.json), scores each
against its gold with the shared scorer, and prints P/R/F1 per entity type
and per link kind for each document, then the totals over all of them.

usage: bench/quality.py [--nexus build/nexus] [--shared ../shared] [--brief]
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
    path = os.path.join(shared, "eval", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def documents(shared):
    docs = []
    seed_gold = os.path.join(shared, "eval", "gold", "seed.json")
    if os.path.exists(seed_gold):
        docs.append(("sample S/2015/366", os.path.join(ROOT, "samples", "S_2015_366.txt"), seed_gold))
    devset = os.path.join(ROOT, "tests", "data", "devset")
    for name in sorted(os.listdir(devset)):
        if name.endswith(".txt"):
            gold = os.path.join(devset, name[:-4] + ".gold.json")
            if os.path.exists(gold):
                docs.append((name[:-4], os.path.join(devset, name), gold))
    return docs


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row(name, tp, fp, fn):
    p, r, f = prf(tp, fp, fn)
    return f"  {name:18} {tp:4} {fp:4} {fn:4}  {p:5.2f} {r:5.2f} {f:5.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nexus", default=os.path.join(ROOT, "build", "nexus"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--brief", action="store_true", help="one line per document")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.shared, "eval", "score.py")):
        print(f"quality: no scorer under {a.shared}/eval", file=sys.stderr)
        return 2
    scorer = load_scorer(a.shared)
    crimes = os.path.join(a.shared, "eval", "crimes.json")
    totals = {"e": {}, "l": {}}
    hedge_ok = hedge_n = denied = 0
    dev = {"e": [0, 0, 0], "l": [0, 0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, gold in documents(a.shared):
            out = os.path.join(tmp, "g.json")
            subprocess.run([a.nexus, "build", text, "--format", "json", "--output", out, "--quiet"], check=True)
            ents, links, neg, (h_ok, h_n) = scorer.score(out, gold, crimes)
            hedge_ok, hedge_n, denied = hedge_ok + h_ok, hedge_n + h_n, denied + neg
            for key, rows in (("e", ents), ("l", links)):
                for k, v in rows.items():
                    t = totals[key].setdefault(k, [0, 0, 0])
                    for i in range(3):
                        t[i] += v[i]
                        if not name.startswith("sample"):
                            dev[key][i] += v[i]
            e = [sum(v[i] for v in ents.values()) for i in range(3)]
            l = [sum(v[i] for v in links.values()) for i in range(3)]
            ep, er, ef = prf(*e)
            lp, lr, lf = prf(*l)
            print(f"{name:44} entities P={ep:.2f} R={er:.2f} F1={ef:.2f}  links P={lp:.2f} R={lr:.2f} F1={lf:.2f}")
            if not a.brief:
                print(f"  {'':18} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}")
                for k, v in list(ents.items()) + list(links.items()):
                    if any(v):
                        print(row(k, *v))
    print("\nTotals over all documents:")
    print(f"  {'':18} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}")
    for key in ("e", "l"):
        for k, v in totals[key].items():
            print(row(f"{key}:{k}", *v))
    for label, key in (("entities", "e"), ("links", "l")):
        t = [sum(v[i] for v in totals[key].values()) for i in range(3)]
        print(row(f"all {label}", *t))
    for label, key in (("dev-set entities", "e"), ("dev-set links", "l")):
        print(row(label, *dev[key]))
    print(f"  hedged links marked hedged: {hedge_ok}/{hedge_n}; denied links asserted: {denied}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
