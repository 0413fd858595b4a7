#!/usr/bin/python3
"""End to end: bad input never crashes Nexus, never loses work.

Usage: /usr/bin/python3 bad_input_test.py NEXUS_BINARY

Builds every kind of bad input in a temporary folder and runs `nexus build`
on it. Each case checks the message (the file named, line:column where there
is one), the exit code (1 when a document failed, 0 with --keep-going), that
the good documents beside the bad ones still gave their entities, and that
no half-written file is left. Rules files: `nexus rules check` and
`build --rules` on good and broken ones. Prints one line per check and exits
1 if any failed.

The unreadable documents are made honestly for a test that runs as root
(which chmod 000 does not stop): a FIFO named *.txt in a folder (reading it
would block), and a symbolic link named *.txt to /proc/self/mem, whose read()
fails with EIO. The full disk is a 64 KiB tmpfs mounted in a private mount
namespace (unshare -m) when this machine allows it; in every case a write
error is also made with RLIMIT_FSIZE (write() fails with EFBIG).
"""

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

NEXUS = os.path.abspath(sys.argv[1])
PASSED, FAILED = [], []


def check(ok, what, detail=""):
    (PASSED if ok else FAILED).append(what)
    print(("ok   " if ok else "FAIL ") + what + ("" if ok or not detail else "\n     " + detail))
    return ok


def run(args, stdin=b"", limits=None, timeout=600):
    """Runs nexus; returns (exit code, stdout bytes, stderr text, seconds)."""
    def child():
        for res, value in (limits or {}).items():
            resource.setrlimit(res, (value, value))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails, not kills

    start = time.monotonic()
    done = subprocess.run([NEXUS] + args, input=stdin, capture_output=True, timeout=timeout,
                          preexec_fn=child)
    return (done.returncode, done.stdout, done.stderr.decode("utf-8", "replace"),
            time.monotonic() - start)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def graph(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["graph"]


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.startswith(".nexus-")]


# The good documents, one group each, in every encoding Nexus decodes.
GOOD = {
    "good.txt": ("ISIL profits from oil smuggling in Syria.\n", "group:isil"),
    "utf16le.txt": ("\ufeffAl-Shabaab profits from charcoal smuggling in Somalia.\n".encode("utf-16-le"),
                    "group:al_shabaab"),
    "utf16be.txt": ("\ufeffBoko Haram engages in kidnapping for ransom in Nigeria.\n".encode("utf-16-be"),
                    "group:boko_haram"),
    "bom.txt": ("\ufeffThe Taliban taxes opium in Afghanistan.\n", "group:taliban"),
    "crlf.txt": ("In Mali, Al-Qaida in the Islamic Maghreb\r\nprofits from kidnapping for ransom.\r\n",
                 "group:aqim"),
    "formfeed.txt": ("Page one ends here.\f\nThe Lord's Resistance Army is involved in poaching in the "
                     "Central African Republic.\f", "group:lra"),
}


def make_mixed(top):
    docs = os.path.join(top, "docs")
    for name, (data, _) in GOOD.items():
        write(os.path.join(docs, name), data)
    write(os.path.join(docs, "empty.txt"), b"")
    write(os.path.join(docs, "blank.txt"), " \n\t\r\n\f  \n")
    write(os.path.join(docs, "nul.txt"), b"First line\nabc\0def\n")
    write(os.path.join(docs, "latin1.txt"), "ISIL in Syria.\nC\u00f4te d'Ivoire\n".encode("latin-1"))
    os.mkfifo(os.path.join(docs, "pipe.txt"))
    os.symlink("/proc/self/mem", os.path.join(docs, "unreadable.txt"))
    os.symlink("loop_b.txt", os.path.join(docs, "loop_a.txt"))
    os.symlink("loop_a.txt", os.path.join(docs, "loop_b.txt"))
    os.makedirs(os.path.join(docs, "sub"))
    os.symlink("..", os.path.join(docs, "sub", "up"))
    return docs


def test_mixed_folder(top):
    docs = make_mixed(top)
    out = os.path.join(top, "mixed")
    os.makedirs(out)
    code, _, err, _ = run(["build", docs, "--output", os.path.join(out, "graph.json")], timeout=60)
    check(code == 1, "a folder with bad documents exits 1", f"exit {code}\n{err}")
    p = lambda name: os.path.join(docs, name)
    expected = [
        p("empty.txt") + ": empty document",
        p("blank.txt") + ": no text",
        p("nul.txt") + ":2:4: binary data (NUL byte)",
        p("latin1.txt") + ":2:2: invalid UTF-8 (byte 0xF4)",
        p("pipe.txt") + ": not a regular file (a FIFO), not read",
        p("unreadable.txt") + ": Input/output error",
        p("loop_a.txt") + ": Too many levels of symbolic links",
        p("loop_b.txt") + ": Too many levels of symbolic links",
        os.path.join(docs, "sub", "up") + ": symbolic link loop",
    ]
    for line in expected:
        check("nexus: " + line in err, f"message: {line}", err)
    check("6 document(s) read, 9 failed" in err, "summary counts 6 read and 9 failed", err)
    check(err.count("\n") == len(expected) + 1, "one line per problem and a summary, no more", err)
    g = graph(os.path.join(out, "graph.json"))
    for name, (_, group) in GOOD.items():
        check(group in g["nodes"], f"{name} read beside the bad documents: {group}")
    paths = [d["path"] for d in g["metadata"]["documents"]]
    check(sorted(paths) == sorted(p(n) for n in GOOD), "the graph lists the six good documents", str(paths))
    # Offsets are those of the file for a BOM and CRLF line ends.
    for name in ("bom.txt", "crlf.txt"):
        raw = open(p(name), "rb").read()
        evidence = [s for d in g["metadata"]["documents"] if d["path"] == p(name) for s in d["sentences"]]
        ok = bool(evidence) and all(
            " ".join(raw[ev["begin"]:ev["end"]].decode("utf-8").split()) == ev["text"] for ev in evidence)
        check(ok, f"{name}: evidence begin/end are byte offsets into the file",
              str(evidence[:1]))
    check(leftovers(out) == [], "no temporary file left beside the output", str(leftovers(out)))

    code, _, err2, _ = run(["build", docs, "--keep-going", "--output", os.path.join(out, "kg.json")],
                           timeout=60)
    check(code == 0, "--keep-going exits 0 with the same failures", f"exit {code}\n{err2}")
    check(err2 == err, "--keep-going reports the same messages", err2)


def test_missing_and_stdin(top):
    good = write(os.path.join(top, "one", "good.txt"), GOOD["good.txt"][0])
    missing = os.path.join(top, "one", "missing.txt")
    out = os.path.join(top, "one", "graph.json")
    code, _, err, _ = run(["build", missing, good, "--output", out])
    check(code == 1, "a missing path exits 1", f"exit {code}\n{err}")
    check(f"nexus: {missing}: No such file or directory" in err, "message names the missing path", err)
    check("group:isil" in graph(out)["nodes"], "the document beside the missing path is read")
    code, _, _, _ = run(["build", missing, good, "--keep-going", "--output", out])
    check(code == 0, "a missing path with --keep-going exits 0")

    write(out, "previous output\n")
    code, stdout, err, _ = run(["build", "-", "--output", out], stdin=b"")
    check(code == 1, "'-' with an empty standard input exits 1", f"exit {code}\n{err}")
    check("nexus: -: empty document" in err, "message names standard input as '-'", err)
    check(open(out).read() == "previous output\n", "nothing read: the earlier output is kept")
    code, stdout, err, _ = run(["build", "-"], stdin=b"")
    check(code == 1 and stdout == b"", "nothing read: nothing written to standard output",
          f"exit {code}, {len(stdout)} bytes")
    code, stdout, err, _ = run(["build", "-", "--format", "json"], stdin=GOOD["good.txt"][0].encode())
    check(code == 0 and "group:isil" in json.loads(stdout)["graph"]["nodes"],
          "'-' reads a document from standard input", err)
    empty = os.path.join(top, "no_docs")
    write(os.path.join(empty, "notes.json"), b"{}")
    code, _, err, _ = run(["build", empty, "--output", os.path.join(top, "x.json")])
    check(code == 1 and f"{empty}: no document (*.txt, *.md, *.pdf, *.html, *.htm, *.docx) in this folder" in err,
          "a folder without documents is reported, not silently skipped", err)


def test_size_limit(top):
    small = write(os.path.join(top, "limit", "small.txt"), "ISIL smuggles oil in Syria. " * 10)
    code, _, err, _ = run(["build", small, "--max-bytes", "100", "--output", os.path.join(top, "l.json")])
    check(code == 1 and f"{small}: 280 bytes is over the limit of 100 (--max-bytes)" in err,
          "a document over --max-bytes is refused with a message", err)
    # Offsets are 32-bit: a limit of 4 GiB or more is refused, as is a negative one.
    for limit in ("4294967296", "-1", "99999999999999999999999"):
        code, _, err, _ = run(["build", small, "--max-bytes", limit, "--output", os.path.join(top, "m.json")])
        check(code == 2 and "--max-bytes takes a number of bytes, at most 4294967295" in err,
              f"--max-bytes {limit} is refused with a message", err)
    code, _, err, _ = run(["build", small, "--max-bytes", "4294967295", "--output", os.path.join(top, "m.json")])
    check(code == 0, "--max-bytes 4294967295 is taken", err)
    # A sparse 300 MB file: over the default 256 MB, refused without being read.
    huge = os.path.join(top, "limit", "huge.txt")
    with open(huge, "wb") as f:
        f.truncate(300 * 1024 * 1024)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    code, _, err, secs = run(["build", huge, "--output", os.path.join(top, "h.json")])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    check(code == 1 and "over the limit of 268435456 (--max-bytes)" in err,
          "a 300 MB document is refused under the default limit", err)
    check(peak_mb < 200 or peak_mb <= before / 1024, f"...without being read into memory "
          f"(peak {peak_mb:.0f} MB, {secs:.2f} s)")


def test_big_no_newline(project, top):
    sample = open(os.path.join(project, "samples", "S_2015_366.txt"), encoding="utf-8").read()
    flat = " ".join(sample.split()) + " "  # a converter that lost every line end
    filler = ("The Monitoring Team continued its consultations with Member States on the threat. "
              "Delegations noted the importance of cooperation and the need for further study of "
              "the financing of terrorism, including through kidnapping for ransom. ")
    size = 50 * 1024 * 1024
    data = (flat + filler * ((size - len(flat.encode())) // len(filler) + 1)).encode()[:size]
    # One giant "sentence": names and no full stop for 1 MB.
    giant = b"ISIL profits from oil smuggling in Syria and the Taliban taxes opium in Afghanistan, "
    data = data[:size - 1024 * 1024] + (giant * (1024 * 1024 // len(giant) + 1))[:1024 * 1024]
    path = write(os.path.join(top, "big", "no_newline.txt"), data)
    out = os.path.join(top, "big", "graph.json")
    code, _, err, secs = run(["build", path, "--output", out], timeout=600)
    check(code == 0 and "1 document(s) read, 0 failed" in err,
          f"a 50 MB document without a line end is read ({secs:.1f} s)", err)
    check(secs < 300, "...in reasonable time (under 300 s even with sanitizers)")
    g = graph(out)
    check(all(x in g["nodes"] for x in ("group:isil", "group:taliban", "region:afghanistan")),
          "...and gives its entities")
    longest = max(len(s["text"].encode()) for d in g["metadata"]["documents"] for s in d["sentences"])
    check(longest <= 4096, f"...with no sentence over 4096 bytes (longest {longest})")


def test_many_files(top):
    many = os.path.join(top, "many")
    os.makedirs(many)
    for i in range(10000):
        with open(os.path.join(many, f"d{i:05d}.txt"), "w") as f:
            f.write(f"Report {i}. ISIL smuggles oil in Syria.\n")
    # With 64 file descriptors, a leak of one per document would fail.
    code, _, err, secs = run(["build", many, "--output", os.path.join(top, "many.json")],
                             limits={resource.RLIMIT_NOFILE: 64}, timeout=600)
    check(code == 0 and "10000 document(s) read, 0 failed" in err,
          f"10,000 tiny files with 64 file descriptors ({secs:.1f} s)", err[-500:])


def test_unwritable_output(top):
    good = write(os.path.join(top, "w", "good.txt"), GOOD["good.txt"][0])
    missing = os.path.join(top, "w", "missing.txt")
    for out in (os.path.join(top, "no", "such", "folder", "graph.json"),
                os.path.join(good, "graph.json")):
        code, _, err, _ = run(["build", missing, good, "--output", out])
        check(code == 1 and "cannot write here" in err and os.path.dirname(out) in err,
              f"unwritable output reported: {out}", err)
        check("missing.txt" not in err, "...before any work (no input was looked at)", err)


def full_disk_cases(top):
    """(label, command prefix, folder, expected message) for each way to fill a disk."""
    cases = []
    mnt = os.path.join(top, "tmpfs")
    os.makedirs(mnt)
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {mnt}"],
                           capture_output=True)
    if probe.returncode == 0:
        cases.append(("a full 64 KiB tmpfs", mnt, "No space left on device", True))
    else:
        print("note: cannot mount a tmpfs here (" + probe.stderr.decode().strip() + "); "
              "the full disk is tested with RLIMIT_FSIZE only")
    fsize = os.path.join(top, "fsize")
    os.makedirs(fsize)
    cases.append(("a write over RLIMIT_FSIZE", fsize, "File too large", False))
    return cases


def test_full_disk(project, top):
    sample = os.path.join(project, "samples", "S_2015_366.txt")
    for label, folder, message, tmpfs in full_disk_cases(top):
        args = ["build", sample, "--format", "json,graphml", "--output", folder]
        previous = "an earlier graph, to be kept\n"
        script = (f"mount -t tmpfs -o size=64k tmpfs {folder} && "
                  f"printf '{previous.strip()}\\n' > {folder}/graph.json && "
                  f"{NEXUS} {' '.join(args)}; code=$?; "
                  f"echo; echo \"exit=$code\"; ls -a {folder}; cat {folder}/graph.json")
        if tmpfs:
            done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, timeout=120)
            text = done.stdout.decode("utf-8", "replace")
            err = done.stderr.decode("utf-8", "replace")
            listing = text.split("exit=")[1].split("\n")
            code = int(listing[0])
            names = [n for n in listing[1:] if n and n not in (".", "..")]
            kept = previous.strip() in text
        else:
            write(os.path.join(folder, "graph.json"), previous)
            code, _, err, _ = run(args, limits={resource.RLIMIT_FSIZE: 64 * 1024})
            names = os.listdir(folder)
            kept = open(os.path.join(folder, "graph.json")).read() == previous
        check(code == 1 and message in err and folder in err,
              f"{label}: reported ({message})", f"exit {code}\n{err}")
        check(not [n for n in names if n.startswith(".nexus-")], f"{label}: no temporary file left",
              str(names))
        check(kept, f"{label}: the earlier graph.json is kept whole", str(names))


def test_rules_check(top):
    folder = os.path.join(top, "rules")
    good = write(os.path.join(folder, "good.json"),
                 '// A rules file\n{"entities": [\n'
                 '  {"id": "group:red_hand", "type": "group", "label": "Red Hand",\n'
                 '   "aliases": ["the {Red|Crimson} Hand", "RH"]}]}\n')
    code, out, err, _ = run(["rules", "check", good])
    check(code == 0 and out.decode() == f"{good}: ok: 1 entities, 3 aliases\n",
          "rules check: a good file is ok, with its counts", out.decode() + err)
    bad = write(os.path.join(folder, "bad.json"),
                '{"entities": [\n'
                '  {"id": "group:red_hand", "type": "gruop", "label": "Red Hand"}]}\n')
    shown = ('  {"id": "group:red_hand", "type": "gruop", "label": "Red Hand"}]}\n'
             '                                   ^\n')
    code, out, err, _ = run(["rules", "check", good, bad])
    check(code == 1 and f"nexus: {bad}:2:36: entity \"group:red_hand\": unknown type \"gruop\"" in err
          and err.endswith(shown), "rules check: a schema error with file:line:col and a caret", err)
    clash = write(os.path.join(folder, "clash.json"),
                  '{"entities": [{"id": "group:t2", "type": "group", "label": "T2", '
                  '"aliases": ["Taliban"]}]}')
    code, out, err, _ = run(["rules", "check", clash])
    check(code == 1 and f"{clash}:1:78: entity \"group:t2\": the name \"Taliban\" already names "
          "\"group:taliban\" (rules/groups.json:" in err,
          "rules check: a name of a default entity is refused, both places named", err)
    doc = write(os.path.join(folder, "doc.txt"), "The Crimson Hand smuggles oil in Syria.\n")
    out_file = os.path.join(folder, "graph.json")
    code, _, err, _ = run(["build", doc, "--rules", bad, "--output", out_file])
    check(code == 1 and err.startswith(f"nexus: {bad}:2:36: ") and not os.path.exists(out_file),
          "build --rules with a bad file: the same message, nothing built", err)
    code, _, err, _ = run(["build", doc, "--rules", good, "--output", out_file])
    check(code == 0 and "group:red_hand" in graph(out_file)["nodes"],
          "build --rules with the checked file finds its entity", err)


def main():
    project = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    top = tempfile.mkdtemp(prefix="nexus_bad_input_")
    try:
        test_mixed_folder(top)
        test_missing_and_stdin(top)
        test_rules_check(top)
        test_size_limit(top)
        test_unwritable_output(top)
        test_full_disk(project, top)
        test_many_files(top)
        test_big_no_newline(project, top)
    finally:
        shutil.rmtree(top, ignore_errors=True)
    print(f"{len(PASSED)} passed, {len(FAILED)} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
