#!/usr/bin/python3
"""A report counts once: documents are identified by the SHA-256 of their
bytes. The same report under another path is recorded as an alias of the
first, with a warning, and adds no evidence, whether it comes through
`--update`, in the same build or through `merge` of shards; a file name that
is not valid UTF-8 is kept with its bad bytes written as \\xHH, so that
`--update` recognises it.

usage: identity_test.py NEXUS PROJECT_ROOT
"""
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish, run_nexus  # noqa: E402

NEXUS, PROJECT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def graph(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["graph"]


def evidence(g):
    return sum(e["metadata"]["weight"] for e in g["edges"])


def main():
    top = tempfile.mkdtemp(prefix="nexus_identity_")
    os.chdir(top)
    sample = os.path.join(PROJECT, "samples", "S_2015_366.txt")
    os.makedirs("a")
    os.makedirs("b")
    shutil.copy(sample, "a/report.txt")
    shutil.copy(sample, "b/copy of report.txt")

    code, _, err = run_nexus(NEXUS, ["build", "a/report.txt", "--output", "one.json", "--quiet"])
    one = graph("one.json")
    check(code == 0 and len(one["metadata"]["documents"][0]["sha256"]) == 64,
          "a document carries the SHA-256 of its bytes", err)

    code, _, err = run_nexus(NEXUS, ["build", "--update", "one.json", "b/copy of report.txt", "--output", "up.json"])
    up = graph("up.json")
    check(code == 0 and "b/copy of report.txt: the same bytes as a/report.txt" in err and "warning" in err,
          "--update: the same bytes under another path are named in a warning", err)
    check(evidence(up) == evidence(one) and up["metadata"]["documents"][0].get("aliases") == ["b/copy of report.txt"]
          and len(up["metadata"]["documents"]) == 1,
          f"--update: counted once ({evidence(up)} pieces of evidence), the second path an alias")
    code, _, err = run_nexus(NEXUS, ["build", "--update", "up.json", "b/copy of report.txt", "--output", "up2.json"])
    check(code == 0 and "0 document(s) read" in err and graph("up2.json") == up,
          "--update again with the alias's path reads nothing new", err)

    code, _, err = run_nexus(NEXUS, ["build", "a/report.txt", "b/copy of report.txt", "--output", "both.json",
                                     "--quiet", "--jobs", "2"])
    check(code == 0 and evidence(graph("both.json")) == evidence(one) and "the same bytes" in err,
          "one build of both paths: counted once, with a warning", err)

    for name, path in (("pa.json", "a/report.txt"), ("pb.json", "b/copy of report.txt")):
        run_nexus(NEXUS, ["build", path, "--partial", "--output", name, "--quiet"])
    code, _, err = run_nexus(NEXUS, ["merge", "pa.json", "pb.json", "--output", "merged.json"])
    merged = graph("merged.json")
    check(code == 0 and evidence(merged) == evidence(one) and "warning" in err and
          merged["metadata"]["documents"][0].get("aliases") == ["b/copy of report.txt"] and
          len(merged["metadata"].get("activities", [])) == len(one["metadata"].get("activities", [])),
          "merge of two shards holding the same report: evidence and activities counted once", err)

    # A file name that is not valid UTF-8 (Latin-1 "é").
    bad = b"caf\xe9.txt"
    with open(sample, "rb") as f, open(bad, "wb") as out:
        out.write(f.read(4000))
    code, _, err = run_nexus(NEXUS, ["build", os.fsdecode(bad), "--output", "latin.json", "--quiet"])
    latin = graph("latin.json")
    check(code == 0 and latin["metadata"]["documents"][0]["path"] == "caf\\xe9.txt",
          "a file name that is not UTF-8 is kept, its bad byte written as \\xe9", err)
    code, _, err = run_nexus(NEXUS, ["build", "--update", "latin.json", os.fsdecode(bad), "--output", "latin2.json"])
    check(code == 0 and "0 document(s) read" in err, "--update recognises that name", err)
    shutil.rmtree(top, ignore_errors=True)
    finish("identity test")


if __name__ == "__main__":
    main()
