#!/usr/bin/python3
"""Runs commit whole or not at all: a multi-format build into a folder is
killed at random moments (SIGINT, SIGTERM and SIGKILL, 50 times) while it
replaces an earlier output set; after each kill the folder must hold
exactly the earlier set or exactly the new one (the bytes of one of two
known builds: every file whole and valid), an interrupted run must exit by
its signal (130, 143) and leave no temporary, and a SIGKILLed run's
temporaries must be gone after the next run. Also: a second run on the
same output stops with a message while the first holds the lock, and waits
for it with --wait.

usage: interrupt_test.py NEXUS PROJECT_ROOT
"""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

NEXUS, PROJECT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
FORMATS = "json,graphml,gexf,sqlite,kuzu,turtle,cypher,node-link"


def snapshot(folder):
    """Every output file under the folder with the SHA-256 of its bytes. Not
    the lock nor the temporaries a SIGKILLed run leaves: they are no output,
    the next run removes them (checked apart)."""
    out = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".nexus-tmp-")]
        for f in files:
            if f == ".nexus-lock" or f.startswith(".nexus-tmp-"):
                continue
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def temporaries(folder):
    return [n for n in os.listdir(folder) if n.startswith(".nexus-tmp-")]


def build(inputs, out, extra=()):
    return subprocess.Popen([NEXUS, "build", *inputs, "--format", FORMATS, "--output", out, "--quiet",
                             "--jobs", "2", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main():
    top = tempfile.mkdtemp(prefix="nexus_interrupt_")
    dev = os.path.join(PROJECT, "tests", "data", "devset")
    corpus = os.path.join(top, "corpus")
    os.makedirs(corpus)
    # A corpus large enough that the outputs take a while to write.
    for k in range(6):
        for name in sorted(os.listdir(dev)):
            if name.endswith(".txt"):
                with open(os.path.join(dev, name), encoding="utf-8") as f, \
                        open(os.path.join(corpus, f"{k}_{name}"), "w", encoding="utf-8") as out:
                    out.write(f.read() + f"\n\nCopy {k}.\n")  # other bytes: not one document
    sample = os.path.join(PROJECT, "samples", "S_2015_366.txt")
    sets = {"old": [corpus], "new": [corpus, sample]}
    known = {}
    for name, inputs in sets.items():
        folder = os.path.join(top, "ref_" + name)
        start = time.time()
        p = build(inputs, folder)
        _, err = p.communicate()
        check(p.returncode == 0, f"reference build '{name}' ({time.time() - start:.1f} s)", err)
        known[name] = snapshot(folder)
    duration = time.time() - start
    check(known["old"] != known["new"], "the two output sets differ")

    out = os.path.join(top, "out")
    p = build(sets["old"], out)
    p.communicate()
    rnd = random.Random(20261203)
    kinds = [signal.SIGINT, signal.SIGTERM, signal.SIGKILL]
    whole, codes_ok, clean, recovered = 0, 0, 0, 0
    killed = 0
    for i in range(50):
        sig = kinds[i % 3]
        target = "new" if i % 2 == 0 else "old"
        p = build(sets[target], out)
        time.sleep(rnd.uniform(0, duration * 1.1))
        if p.poll() is None:
            p.send_signal(sig)
            killed += 1
        _, err = p.communicate()
        state = snapshot(out)
        if state in (known["old"], known["new"]):
            whole += 1
        else:
            near = min(("old", "new"), key=lambda k: len(set(state.items()) ^ set(known[k].items())))
            diff = sorted(set(state) ^ set(known[near])) + sorted(f for f in set(state) & set(known[near])
                                                                  if state[f] != known[near][f])
            print(f"FAIL run {i}: {signal.Signals(sig).name}: the output set is neither the old nor the new one "
                  f"(against the {near}: {diff[:6]})")
        if p.returncode in (0, -sig, 128 + sig):
            codes_ok += 1
        else:
            print(f"FAIL run {i}: exit {p.returncode} after {signal.Signals(sig).name}: {err.decode()[-300:]}")
        if sig != signal.SIGKILL:
            if not temporaries(top) and not temporaries(out):
                clean += 1
            else:
                print(f"FAIL run {i}: temporaries left after {signal.Signals(sig).name}: {temporaries(top)}")
        else:
            # The next run removes what a killed one left.
            q = build(sets[target], out)
            q.communicate()
            if not temporaries(top) and not temporaries(out) and snapshot(out) == known[target] and \
                    not os.path.exists(os.path.join(out, ".nexus-lock")):
                recovered += 1
            else:
                print(f"FAIL run {i}: after SIGKILL, the next run left {temporaries(top)}")
    check(whole == 50, f"after each of 50 kills ({killed} mid-run) the outputs are all old or all new ({whole}/50)")
    check(codes_ok == 50, f"an interrupted run ends by its signal (exit 130, 143 or killed) ({codes_ok}/50)")
    n_soft = len([i for i in range(50) if kinds[i % 3] != signal.SIGKILL])
    check(clean == n_soft, f"SIGINT and SIGTERM leave no temporary ({clean}/{n_soft})")
    n_kill = 50 - n_soft
    check(recovered == n_kill, f"a SIGKILLed run's temporaries are gone after the next run ({recovered}/{n_kill})")

    # Two runs on the same output: the second stops, or waits with --wait.
    first = build(sets["new"], out)
    time.sleep(0.1)
    second = subprocess.run([NEXUS, "build", sample, "--format", "json,graphml", "--output", out, "--quiet"],
                            capture_output=True, text=True)
    check(first.poll() is not None or
          (second.returncode == 1 and "another nexus run is writing" in second.stderr),
          "a second run on the same output stops with a message", second.stderr)
    waited = build([sample], out, ["--wait"])
    first.communicate()
    waited.communicate()
    check(waited.returncode == 0 and os.path.exists(os.path.join(out, "graph.json")),
          "with --wait it waits for the first and then writes")
    shutil.rmtree(top, ignore_errors=True)
    finish("interrupt test")


if __name__ == "__main__":
    main()
