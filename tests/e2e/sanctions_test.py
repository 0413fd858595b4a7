#!/usr/bin/env python3
"""End to end, the importers on the real lists of ../shared/data:
- both copies of the Security Council Consolidated Sanctions List (2024 and
  2020) import into rules files that `nexus rules check` accepts, together;
- the UN entities table imports the same way;
- the list read as a document gives the affiliations its narratives state,
  with the list as their evidence;
- of the ISIL/Al-Qaida and Taliban list's groups whose names or aliases occur
  verbatim in one of the six real UN PDFs, at least 95% are nodes of that
  PDF's graph built with the imported rules.
usage: sanctions_test.py NEXUS_BINARY PROJECT_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish, run_nexus  # noqa: E402

NEXUS = os.path.abspath(sys.argv[1])
DATA = os.path.join(os.path.abspath(sys.argv[2]), "..", "shared", "data")


def run(args, timeout=600):
    return run_nexus(NEXUS, args, timeout)


def fold(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower().replace("\u2019", "").replace("'", "")).strip()


def main():
    top = tempfile.mkdtemp(prefix="nexus_sanctions_")
    try:
        rules = []
        for name in ("un_sc_consolidated_2024-09-26.xml", "un_sc_consolidated_2020-03-20.xml"):
            out = os.path.join(top, name + ".json")
            code, _, err = run(["rules", "import-sanctions", os.path.join(DATA, "sanctions", name), "--output", out])
            m = re.search(r"(\d+) entities \((\d+) of the defaults", err)
            check(code == 0 and m and int(m.group(1)) >= 50,
                  f"{name}: imported ({m.group(0) if m else err.strip()})", err)
            rules.append(out)
        table = os.path.join(top, "un_entities.json")
        code, _, err = run(["rules", "import-un-entities", os.path.join(DATA, "un_entities", "un_entities.csv"),
                            "--output", table])
        check(code == 0, "un_entities.csv: imported (" + err.strip()[7:80] + "...)", err)
        code, out, err = run(["rules", "check"] + rules + [table])
        check(code == 0 and out.count(": ok:") == 3, "nexus rules check accepts the imported files", out + err)
        code, out, err = run(["rules", "check", rules[0], table])
        check(code == 0, "the 2024 list's and the table's rules load together", err)

        # The list read as a document: the affiliations its narratives state.
        xml = os.path.join(DATA, "sanctions", "un_sc_consolidated_2024-09-26.xml")
        graph_path = os.path.join(top, "list.json")
        code, _, err = run(["build", xml, "--rules", rules[0], "--output", graph_path, "--quiet"])
        with open(graph_path, encoding="utf-8") as f:
            g = json.load(f)["graph"]
        affiliations = {(e["source"], e["target"]) for e in g["edges"] if e["relation"] == "affiliated_with"}
        check(code == 0 and len(affiliations) >= 40 and ("group:al_shabaab", "group:al_qaida") in affiliations,
              f"the list read as a document gives the affiliations its narratives state ({len(affiliations)})",
              err + str(sorted(affiliations)[:5]))
        texts = [s["text"] for d in g["metadata"]["documents"] for s in d["sentences"]]
        check(not any("INTERPOL" in t for t in texts), "the narratives' INTERPOL links are left out")
        folder = os.path.join(top, "folder")
        os.makedirs(folder)
        shutil.copy(xml, folder)
        with open(os.path.join(folder, "a.txt"), "w") as f:
            f.write("ISIL smuggles oil in Iraq.\n")
        code, _, err = run(["build", folder, "--output", os.path.join(top, "folder.json")])
        check(code == 0 and "1 document(s) read" in err, "an XML file in a folder is not read (only when named)", err)
        bad = os.path.join(top, "other.xml")
        with open(bad, "w") as f:
            f.write("<rss><channel/></rss>")
        code, _, err = run(["build", bad, "--output", os.path.join(top, "x.json")])
        check(code == 1 and "not the UN Security Council Consolidated List" in err,
              "another XML file named is refused with a clear message", err)

        # Coverage on the real PDFs, with the 2024 list's rules.
        root = ET.parse(os.path.join(DATA, "sanctions", "un_sc_consolidated_2024-09-26.xml")).getroot()
        listed = [e for e in root.find("ENTITIES").findall("ENTITY")
                  if e.findtext("UN_LIST_TYPE") in ("Al-Qaida", "Taliban")]
        total = found = 0
        missed = []
        pdfs = os.path.join(DATA, "pdf")
        for pdf in sorted(os.listdir(pdfs)):
            path = os.path.join(pdfs, pdf)
            code, text, err = run(["text", path])
            graph_path = os.path.join(top, pdf + ".json")
            code2, _, err2 = run(["build", path, "--rules", rules[0], "--output", graph_path, "--quiet"])
            if code or code2:
                check(False, f"{pdf}: read and built", err + err2)
                continue
            with open(graph_path, encoding="utf-8") as f:
                g = json.load(f)["graph"]
            node_names = set()
            for node in g["nodes"].values():
                node_names.add(fold(node["label"]))
                node_names.update(fold(a) for a in node["metadata"]["aliases"])
            for e in listed:
                names = [e.findtext("FIRST_NAME") or ""] + [a.findtext("ALIAS_NAME") or "" for a in e.findall("ENTITY_ALIAS")]
                names = [re.sub(r"\s*\([^)]*\)", "", n).strip() for n in names]
                names += re.findall(r"\(([^)]*)\)", e.findtext("FIRST_NAME") or "")
                occurs = [n for n in names if len(n) > 2 and re.search(
                    r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, 0 if n.isupper() else re.I)]
                if not occurs:
                    continue
                total += 1
                if any(fold(n) in node_names for n in names):
                    found += 1
                else:
                    missed.append((pdf, e.findtext("REFERENCE_NUMBER"), occurs[:2]))
        check(total > 10 and found >= 0.95 * total,
              f"listed groups named verbatim in the real PDFs are nodes of their graphs: {found} of {total} "
              "(target 95%)", missed)
    finally:
        shutil.rmtree(top, ignore_errors=True)
    finish("sanctions test")


if __name__ == "__main__":
    main()
