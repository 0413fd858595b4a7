#!/usr/bin/env python3
"""Makes a deterministic corpus of synthetic UN reports for the speed
benchmark: N documents built from the paragraphs of the sample report and of
the dev-set passages, in varied order, with the names of groups, UN entities
and places swapped among entities of the same type (taken from the default
rules and from iso-codes). The same arguments always give the same bytes.

usage: bench/make_corpus.py OUT_DIR [--mb 20] [--seed 1] [--iso DIR]
"""
import argparse
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip_comments(text):
    """JSON with // comments (the rules files) -> plain JSON."""
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def load_rules(name):
    with open(os.path.join(ROOT, "rules", name), encoding="utf-8") as f:
        return json.loads(strip_comments(f.read()))


def acronym(s):
    return len(s) >= 2 and s.isupper() and " " not in s


def entity_names(iso_dir):
    """type -> sorted list of (label, acronym or None, [names])."""
    kinds = {}
    for fname in ("groups.json", "un_entities.json", "places.json"):
        for e in load_rules(fname).get("entities", []):
            names = [e["label"]] + e.get("aliases", [])
            names = [n for n in names if "{" not in n]
            acr = next((n for n in names if acronym(n)), None)
            kinds.setdefault(e["type"], []).append((e["label"], acr, names))
    countries = os.path.join(iso_dir, "iso_3166-1.json")
    if os.path.exists(countries):
        with open(countries, encoding="utf-8") as f:
            for c in json.load(f)["3166-1"]:
                name = c.get("common_name", c["name"])
                if "," not in name and "(" not in name:
                    kinds.setdefault("region", []).append((name, None, [name]))
    for k in kinds:
        kinds[k].sort()
    return kinds


def blocks_of(path):
    """The blank-line separated blocks of a text file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def segment(blocks, kinds):
    """Splits every block into literal text and name slots (type, index)."""
    owner = {}
    for kind, entities in kinds.items():
        for idx, (_, _, names) in enumerate(entities):
            for n in names:
                if len(n) >= 3:
                    owner.setdefault(n, (kind, idx))
    # Only the names the source texts use, longest first.
    used = sorted((n for n in owner if any(n in b for b in blocks)), key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in used) + r")(?![\w-])")
    out = []
    for b in blocks:
        parts, pos = [], 0
        for m in pattern.finditer(b):
            parts.append(b[pos:m.start()])
            parts.append((owner[m.group(1)], acronym(m.group(1))))
            pos = m.end()
        parts.append(b[pos:])
        out.append(parts)
    return out


def render(parts, mapping, kinds):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
            continue
        (kind, idx), short = p
        label, acr, _ = kinds[kind][mapping[kind][idx]]
        out.append(acr if short and acr else label)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--iso", default="/usr/share/iso-codes/json")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    kinds = entity_names(a.iso)
    sources = [os.path.join(ROOT, "samples", "S_2015_366.txt")]
    sources += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "devset", "*.txt")))
    blocks = [b for s in sources for b in blocks_of(s)]
    segments = segment(blocks, kinds)
    os.makedirs(a.out, exist_ok=True)
    target = int(a.mb * 1e6)
    total = n = 0
    while total < target:
        n += 1
        # Each document swaps names within each type by its own permutation.
        mapping = {}
        for kind, entities in kinds.items():
            perm = list(range(len(entities)))
            rng.shuffle(perm)
            mapping[kind] = perm
        size = min(rng.randint(8_000, 120_000), target - total)
        chosen, got = [], 0
        while got < size:
            start = rng.randrange(len(segments))
            run = segments[start:start + rng.randint(1, 8)]
            text = [render(p, mapping, kinds) for p in run]
            chosen.extend(text)
            got += sum(len(t.encode("utf-8")) + 2 for t in text)
        body = f"# Synthetic report {n}\n\n" + "\n\n".join(chosen) + "\n"
        data = body.encode("utf-8")
        with open(os.path.join(a.out, f"doc_{n:06d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"make_corpus: {n} documents, {total / 1e6:.1f} MB in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
