#!/usr/bin/env python3
"""Quality benchmark: runs `nexus build` on the sample report and on every
dev-set passage (tests/data/devset/NN_*.txt with NN_*.gold.json), scores each
against its gold with the shared scorer, and prints P/R/F1 per entity type
and per link kind for each document, then the totals over all of them.

With --blind, the blind part of the dev set (tests/data/devset/blind/, never
used to tune the rules) is scored too and reported apart. With --errors,
every false and missed link of the open part is listed with its sentence,
the rule that fired or the reason none did, grouped by cause.

usage: bench/quality.py [--nexus build/nexus] [--shared ../shared] [--brief] [--blind] [--errors]
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


def passages(folder, part):
    out = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".txt"):
            gold = os.path.join(folder, name[:-4] + ".gold.json")
            if os.path.exists(gold):
                out.append((name[:-4], os.path.join(folder, name), gold, part))
    return out


def documents(shared, blind):
    """(name, text, gold, part) for the sample, the open dev set and, when
    asked, the blind part."""
    docs = []
    seed_gold = os.path.join(shared, "eval", "gold", "seed.json")
    if os.path.exists(seed_gold):
        docs.append(("sample S/2015/366", os.path.join(ROOT, "samples", "S_2015_366.txt"), seed_gold, "sample"))
    devset = os.path.join(ROOT, "tests", "data", "devset")
    docs += passages(devset, "dev")
    if blind:
        docs += passages(os.path.join(devset, "blind"), "blind")
    return docs


def link_errors(scorer, graph_path, gold_path, crimes, name):
    """The false and missed links of one document: (cause, kind, ends, text)."""
    nodes, _ = scorer.load_graph(graph_path)
    ents, links, _ = scorer.load_gold(gold_path, crimes)
    with open(graph_path, encoding="utf-8") as f:
        raw = json.load(f)["graph"]
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    quotes = {frozenset((l["a"], l["b"])): l.get("quote", "") for l in gold["links"]}
    match = {}
    for nid, n in nodes.items():
        hits = [gid for gid, g in ents.items() if g["type"] == n["type"] and g["names"] & n["names"]]
        match[nid] = hits[0] if hits else None
    found = {m for m in match.values() if m}
    optional_ends = {g for g, e in ents.items() if e["optional"]}
    predicted = {}
    for e in raw["edges"]:
        s, t = e["source"], e["target"]
        if s not in nodes or t not in nodes or not scorer.kind_of(nodes[s]["type"], nodes[t]["type"]):
            continue
        key = frozenset((match.get(s) or "node:" + s, match.get(t) or "node:" + t))
        predicted.setdefault(key, []).append(e)
    out = []
    for key, edges in predicted.items():
        if key in links or key & optional_ends:
            continue
        for e in edges:
            ref = e["metadata"]["evidence"][0]
            ev = raw["metadata"]["documents"][ref["document"]]["sentences"][ref["sentence"]]
            rules = sorted({x["rule"] for x in e["metadata"]["evidence"]})
            out.append(("false link, rule " + ",".join(rules), e["metadata"]["kind"],
                        f"{e['source']} -- {e['target']}", f"{name} ¶{ev.get('paragraph', '')}: {ev['text']}"))
    for key, l in links.items():
        if key in predicted or l["optional"]:
            continue
        a, b = sorted(key)
        missing = [x for x in (a, b) if x not in found]
        cause = ("missed link, entity not found: " + ", ".join(missing)) if missing else \
                "missed link, both entities found, no rule linked them"
        out.append((cause if not missing else "missed link, entity not found", l["kind"],
                    f"{a} -- {b}" + (f"  (not found: {', '.join(missing)})" if missing else ""),
                    f"{name}: {quotes.get(key, '')}"))
    return out


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
    ap.add_argument("--blind", action="store_true", help="score the blind part too, reported apart")
    ap.add_argument("--errors", action="store_true",
                    help="list every false and missed link of the open part, grouped by cause")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.shared, "eval", "score.py")):
        print(f"quality: no scorer under {a.shared}/eval", file=sys.stderr)
        return 2
    scorer = load_scorer(a.shared)
    crimes = os.path.join(a.shared, "eval", "crimes.json")
    totals = {"e": {}, "l": {}}
    hedge_ok = hedge_n = denied = 0
    parts = {p: {"e": [0, 0, 0], "l": [0, 0, 0]} for p in ("dev", "blind")}
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, gold, part in documents(a.shared, a.blind):
            out = os.path.join(tmp, "g.json")
            subprocess.run([a.nexus, "build", text, "--format", "json", "--output", out, "--quiet"], check=True)
            ents, links, neg, (h_ok, h_n) = scorer.score(out, gold, crimes)
            hedge_ok, hedge_n, denied = hedge_ok + h_ok, hedge_n + h_n, denied + neg
            for key, rows in (("e", ents), ("l", links)):
                for k, v in rows.items():
                    t = totals[key].setdefault(k, [0, 0, 0])
                    for i in range(3):
                        t[i] += v[i]
                        if part in parts:
                            parts[part][key][i] += v[i]
            if a.errors and part != "blind":
                errors += link_errors(scorer, out, gold, crimes, name)
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
        print(row(label, *parts["dev"][key]))
    if a.blind:
        for label, key in (("blind entities", "e"), ("blind links", "l")):
            print(row(label, *parts["blind"][key]))
        both = {k: [parts["dev"][k][i] + parts["blind"][k][i] for i in range(3)] for k in ("e", "l")}
        for label, key in (("dev+blind entities", "e"), ("dev+blind links", "l")):
            print(row(label, *both[key]))
    print(f"  hedged links marked hedged: {hedge_ok}/{hedge_n}; denied links asserted: {denied}")
    if a.errors:
        by_cause = {}
        for cause, kind, ends, text in errors:
            by_cause.setdefault(cause, []).append((kind, ends, text))
        for cause in sorted(by_cause, key=lambda c: -len(by_cause[c])):
            items = sorted(by_cause[cause])
            print(f"\n== {cause}: {len(items)}")
            for kind, ends, text in items:
                print(f"  [{kind}] {ends}\n      {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
