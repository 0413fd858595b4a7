#!/usr/bin/env python3
"""Fails when a source file includes a header of a layer it must not use.

The layers (README, "Where things are"), each allowed to include itself and
what is listed for it:
  graph/                 -
  extractors/reader/     graph
  extractors/rules/      reader, graph
  extractors/            rules, reader, graph
  exporters/             graph
  app/                   everything
Extractors and exporters never include each other. Also fails when a
project include names a file that does not exist.

usage: layers_test.py [SOURCE_DIR]
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))

LAYERS = [  # (folder, layers it may include besides itself); most specific first
    ("extractors/reader", {"graph"}),
    ("extractors/rules", {"extractors/reader", "graph"}),
    ("extractors", {"extractors/rules", "extractors/reader", "graph"}),
    ("exporters", {"graph"}),
    ("graph", set()),
    ("app", {"extractors", "extractors/rules", "extractors/reader", "exporters", "graph"}),
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path):
    for folder, _ in LAYERS:
        if path == folder or path.startswith(folder + "/"):
            return folder
    return None


def check(root):
    problems = []
    for folder, allowed in LAYERS:
        top = os.path.join(root, folder)
        for dirpath, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith((".cc", ".h", ".inc")):
                    continue
                path = os.path.relpath(os.path.join(dirpath, name), root)
                if layer_of(path) != folder:
                    continue  # a deeper layer's file, checked under its own folder
                with open(os.path.join(root, path), encoding="utf-8") as f:
                    text = f.read()
                for m in INCLUDE.finditer(text):
                    inc = m.group(1)
                    line = text.count("\n", 0, m.start()) + 1
                    target = layer_of(inc)
                    if target is None:
                        continue  # generated or system-like header
                    if not os.path.exists(os.path.join(root, inc)):
                        problems.append(f"{path}:{line}: includes {inc}, which does not exist")
                    elif target != folder and target not in allowed:
                        problems.append(f"{path}:{line}: {folder}/ may not include {inc} ({target}/ is not below it)")
    return problems


def main():
    problems = check(ROOT)
    # The check itself must catch a bad include: a made-up tree proves it.
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        for p, body in {"graph/a.h": '#include "extractors/b.h"\n', "extractors/b.h": "",
                        "exporters/c.cc": '#include "extractors/b.h"\n#include "graph/a.h"\n',
                        "extractors/reader/d.cc": '#include "extractors/rules/e.h"\n',
                        "extractors/rules/e.h": "", "app/f.cc": '#include "graph/missing.h"\n'}.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, p)), exist_ok=True)
            with open(os.path.join(tmp, p), "w") as f:
                f.write(body)
        found = check(tmp)
        expected = ["graph/a.h:1", "exporters/c.cc:1", "extractors/reader/d.cc:1", "app/f.cc:1"]
        if sorted(x.split(": ")[0] for x in found) != sorted(expected):
            problems.append(f"self-check: expected complaints about {expected}, got {found}")
    for p in problems:
        print(p)
    print("layers: " + ("FAILED" if problems else "ok, no file includes above its layer"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
