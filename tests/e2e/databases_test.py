#!/usr/bin/python3
"""The graph in three real databases, loaded the way the README says and
asked the same four questions; each answer must equal the one computed from
the JSON graph of the same build.

  SQLite    graph.sqlite opened with Python's sqlite3 (SQLite's library), with
            the sqlite3 command-line shell, and read by pandas (read_sql)
  Kuzu      the kuzu folder loaded by Kuzu's Node.js API (npm kuzu, pinned in
            tests/clients), tests/clients/kuzu_questions.mjs
  Virtuoso  the Turtle export bulk-loaded with isql (ld_dir, rdf_loader_run)
            into a Virtuoso server this test starts on free local ports and
            stops, queried over its SPARQL endpoint

The questions: which groups profit from which crimes in a country (the
sentences that state both), the UN entities active in a region and the crimes
they counter, the entities two links away from two groups (paths between
them), the evidence sentences of one link with document and paragraph.

On the sample report, on a generated graph of 100,000 entities (load times
and sizes printed), on hostile text (the text every database holds equals
the JSON graph's), and loading again: the same database (Kuzu refuses a
second load into the same database and keeps it whole; SQLite and the
Virtuoso recipe start over), and after `--update` no duplicates.

usage: databases_test.py NEXUS PROJECT_ROOT
"""
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish, run_nexus  # noqa: E402

NEXUS, PROJECT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CLIENTS = os.path.join(PROJECT, "tests", "clients")
GRAPH_IRI = "https://example.org/nexus/graph"
NX = "https://example.org/nexus/vocab#"


# --- The answers from the JSON graph -----------------------------------------

class JsonGraph:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)["graph"]
        self.nodes, self.edges, self.documents = g["nodes"], g["edges"], g["metadata"]["documents"]
        self.activities = g["metadata"].get("activities", [])
        first, n = [], 0
        for d in self.documents:
            first.append(n)
            n += len(d["sentences"])
        # Each link's sentences as global numbers (1, 2, ...: the databases' order).
        self.sentences_of = {}
        for e in self.edges:
            self.sentences_of[(e["source"], e["relation"], e["target"])] = [
                first[ev["document"]] + ev["sentence"] + 1 for ev in e["metadata"]["evidence"]]
        self.text = {}
        for d, f in zip(self.documents, first):
            for k, s in enumerate(d["sentences"]):
                self.text[f + k + 1] = (d["path"], s["paragraph"] or None, s["text"])

    def links(self, relation):
        return [(s, t, ids) for (s, r, t), ids in self.sentences_of.items() if r == relation]

    def profits_in_country(self, country):
        placed = {}  # (entity, sentence) pairs that place the entity in the country
        for rel in ("occurs_in", "operates_in"):
            for s, t, ids in self.links(rel):
                if t == country:
                    placed.setdefault(s, set()).update(ids)
        out = []
        for g, c, ids in self.links("profits_from"):
            n = len(set(ids) & (placed.get(g, set()) | placed.get(c, set())))
            if n:
                out.append([g, c, n])
        return sorted(out, key=lambda r: (-r[2], r[0], r[1]))

    def un_in_region(self, region):
        active = {s for s, t, _ in self.links("active_in") if t == region}
        return sorted([u, c, len(ids)] for u, c, ids in self.links("counters") if u in active)

    def near(self):
        if not hasattr(self, "_near"):
            self._near = {}
            for (s, _, t) in self.sentences_of:
                self._near.setdefault(s, set()).add(t)
                self._near.setdefault(t, set()).add(s)
        return self._near

    def two_hops(self, a, b):
        near = self.near()
        return sorted(near.get(a, set()) & near.get(b, set()))

    def evidence(self, source, relation, target):
        return [list(self.text[i]) for i in sorted(self.sentences_of[(source, relation, target)])]

    def questions(self):
        """Parameters that give every question an answer, chosen from the graph."""
        placed = {}  # entity -> [(region, sentences)]
        for rel in ("occurs_in", "operates_in"):
            for s, t, tids in self.links(rel):
                placed.setdefault(s, []).append((t, set(tids)))
        countries = {}
        for g, c, ids in self.links("profits_from"):
            for t, tids in placed.get(g, []) + placed.get(c, []):
                if tids & set(ids):
                    countries[t] = countries.get(t, 0) + 1
        regions = {}
        counters = {u for u, _, _ in self.links("counters")}
        for u, r, _ in self.links("active_in"):
            if u in counters:
                regions[r] = regions.get(r, 0) + 1
        groups = sorted(i for i, n in self.nodes.items() if n["metadata"]["type"] == "group")
        near, pair = self.near(), None
        for a in groups:
            ends = sorted(b for v in near.get(a, ()) for b in near.get(v, ())
                          if b > a and self.nodes[b]["metadata"]["type"] == "group")
            if ends:
                pair = (a, ends[0])
                break
        pair = pair or (groups[0], groups[-1])
        heaviest = max(self.sentences_of.items(), key=lambda kv: (len(kv[1]), kv[0]))[0]
        return {"country": max(sorted(countries), key=lambda k: countries[k]),
                "region": max(sorted(regions), key=lambda k: regions[k]),
                "group_a": pair[0], "group_b": pair[1], "link": list(heaviest)}

    def activity_places(self):
        """Who profits from (or counters) what, where: (actor, crime, place, sentences)."""
        return sorted([a["actor"], a["crime"], p["id"], p["weight"]] for a in self.activities for p in a["places"])

    def answers(self, q):
        return {"activities": self.activity_places(),
                "profits_in_country": self.profits_in_country(q["country"]),
                "un_in_region": self.un_in_region(q["region"]),
                "two_hops": self.two_hops(q["group_a"], q["group_b"]),
                "evidence": self.evidence(*q["link"])}


# --- SQLite --------------------------------------------------------------------

SQL = {
    "activities": """
        SELECT a.actor, a.crime, p.region, p.weight FROM activities a
        JOIN activity_places p ON p.activity_id = a.id ORDER BY a.actor, a.crime, p.region""",
    "profits_in_country": """
        SELECT l.source, l.target, COUNT(DISTINCT e.sentence_id) AS n
        FROM links l JOIN evidence e ON e.link_id = l.id
        WHERE l.relation = 'profits_from' AND e.sentence_id IN (
          SELECT e2.sentence_id FROM links l2 JOIN evidence e2 ON e2.link_id = l2.id
          WHERE l2.target = :country AND ((l2.relation = 'occurs_in' AND l2.source = l.target)
                                       OR (l2.relation = 'operates_in' AND l2.source = l.source)))
        GROUP BY l.source, l.target ORDER BY n DESC, l.source, l.target""",
    "un_in_region": """
        SELECT a.source, c.target, c.weight FROM links a
        JOIN links c ON c.source = a.source AND c.relation = 'counters'
        WHERE a.relation = 'active_in' AND a.target = :region ORDER BY a.source, c.target""",
    "two_hops": """
        WITH e(a, b) AS (SELECT source, target FROM links UNION SELECT target, source FROM links)
        SELECT DISTINCT x.b FROM e x JOIN e y ON y.a = x.b
        WHERE x.a = :group_a AND y.b = :group_b ORDER BY x.b""",
    "evidence": """
        SELECT d.path, s.paragraph, s.text FROM links l
        JOIN evidence e ON e.link_id = l.id JOIN sentences s ON s.id = e.sentence_id
        JOIN documents d ON d.id = s.document_id
        WHERE l.source = :source AND l.relation = :relation AND l.target = :target ORDER BY s.id""",
}


def sqlite_answers(path, q):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    params = dict(q, source=q["link"][0], relation=q["link"][1], target=q["link"][2])
    out = {k: [list(r) for r in db.execute(sql, params)] for k, sql in SQL.items()}
    out["two_hops"] = [r[0] for r in out["two_hops"]]
    return out


# --- Kuzu ----------------------------------------------------------------------

def kuzu_answers(folder, top, q, name):
    db = os.path.join(top, f"{name}.kuzudb")
    qfile = os.path.join(top, f"{name}.questions.json")
    with open(qfile, "w", encoding="utf-8") as f:
        json.dump(q, f)
    done = subprocess.run(["node", os.path.join(CLIENTS, "kuzu_questions.mjs"), folder, db, qfile],
                          capture_output=True, text=True, timeout=1800)
    if not check(done.returncode == 0, f"{name}: Kuzu loads the export and answers", done.stderr[-1500:]):
        return None, db
    return json.loads(done.stdout), db


# --- Virtuoso ------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A Virtuoso server of its own in a temporary folder, on free ports."""

    def __init__(self, top):
        self.dir = os.path.join(top, "virtuoso")
        os.makedirs(self.dir, exist_ok=True)
        self.isql_port, self.http_port = free_port(), free_port()
        d = self.dir
        with open(os.path.join(d, "virtuoso.ini"), "w") as f:
            f.write(f"""[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{self.isql_port}
DisableUnixSocket = 1
DirsAllowed = ., {top}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{self.http_port}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
""")
        self.proc = subprocess.Popen(["virtuoso-t", "+configfile", os.path.join(d, "virtuoso.ini"), "+foreground"],
                                     cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(120):
            if self.isql("status();", check_ok=False).returncode == 0:
                return
            time.sleep(0.5)
        raise RuntimeError("virtuoso did not start: " + open(os.path.join(d, "virtuoso.log")).read()[-500:])

    def isql(self, commands, check_ok=True):
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.isql_port}", "dba", "dba", "VERBOSE=OFF",
                               "BANNER=OFF", f"exec={commands}"], capture_output=True, text=True, timeout=1800)
        if check_ok and (done.returncode != 0 or "Error" in done.stdout + done.stderr):
            raise RuntimeError(f"isql: {commands[:80]}: {done.stdout[-500:]} {done.stderr[-500:]}")
        return done

    def load(self, turtle):
        """The README's recipe: start the graph over, then bulk-load the file."""
        folder, name = os.path.dirname(os.path.abspath(turtle)), os.path.basename(turtle)
        self.isql(f"DELETE FROM DB.DBA.load_list WHERE ll_graph = '{GRAPH_IRI}'; "
                  f"SPARQL CLEAR GRAPH <{GRAPH_IRI}>; "
                  f"ld_dir('{folder}', '{name}', '{GRAPH_IRI}'); rdf_loader_run(); checkpoint;")
        errors = self.isql("SELECT ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;").stdout
        if "NULL" not in errors and errors.strip():
            raise RuntimeError("rdf_loader_run: " + errors[-500:])

    def select(self, query):
        body = urllib.parse.urlencode({"query": query, "default-graph-uri": GRAPH_IRI}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/sparql", data=body,
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=600) as r:
            res = json.load(r)
        return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]

    def stop(self):
        self.isql("shutdown();", check_ok=False)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


PREFIX = f"PREFIX nx: <{NX}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "


def sparql_answers(v, q):
    def ent(i):
        return f"<https://example.org/nexus/entity/{urllib.parse.quote(i, safe='-._~:')}>"
    out = {}
    rows = v.select(PREFIX + f"""SELECT ?g ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
        ?l rdf:subject ?ge ; rdf:predicate nx:profits_from ; rdf:object ?ce ; nx:evidence/nx:sentence ?s .
        ?m rdf:subject ?x ; rdf:predicate ?p ; rdf:object {ent(q['country'])} ; nx:evidence/nx:sentence ?s .
        FILTER ((?p = nx:occurs_in && ?x = ?ce) || (?p = nx:operates_in && ?x = ?ge))
        ?ge nx:id ?g . ?ce nx:id ?c }} GROUP BY ?g ?c""")
    out["profits_in_country"] = sorted(([r["g"], r["c"], int(r["n"])] for r in rows),
                                       key=lambda r: (-r[2], r[0], r[1]))
    rows = v.select(PREFIX + """SELECT ?actor ?crime ?place (COUNT(DISTINCT ?e) AS ?w) WHERE {
        ?a a nx:Activity ; nx:actor/nx:id ?actor ; nx:crime/nx:id ?crime ; nx:evidence ?e .
        ?e nx:place/nx:id ?place } GROUP BY ?actor ?crime ?place""")
    out["activities"] = sorted([r["actor"], r["crime"], r["place"], int(r["w"])] for r in rows)
    rows = v.select(PREFIX + f"""SELECT ?u ?c ?w WHERE {{
        ?ue nx:active_in {ent(q['region'])} ; nx:id ?u .
        ?l rdf:subject ?ue ; rdf:predicate nx:counters ; rdf:object ?ce ; nx:weight ?w . ?ce nx:id ?c }}""")
    out["un_in_region"] = sorted([r["u"], r["c"], int(r["w"])] for r in rows)
    rels = ", ".join(f"nx:{r}" for r in ("profits_from", "operates_in", "occurs_in", "counters", "active_in",
                                          "affiliated_with", "part_of"))
    rows = v.select(PREFIX + f"""SELECT DISTINCT ?via WHERE {{
        {{ {ent(q['group_a'])} ?p ?ve }} UNION {{ ?ve ?p {ent(q['group_a'])} }}
        {{ {ent(q['group_b'])} ?p2 ?ve }} UNION {{ ?ve ?p2 {ent(q['group_b'])} }}
        FILTER (?p IN ({rels}) && ?p2 IN ({rels})) ?ve nx:id ?via }}""")
    out["two_hops"] = sorted(r["via"] for r in rows)
    source, relation, target = q["link"]
    rows = v.select(PREFIX + f"""SELECT ?path ?para ?text ?begin WHERE {{
        ?l rdf:subject {ent(source)} ; rdf:predicate nx:{relation} ; rdf:object {ent(target)} ;
           nx:evidence/nx:sentence ?s .
        ?s nx:text ?text ; nx:begin ?begin ; nx:document/nx:path ?path .
        OPTIONAL {{ ?s nx:paragraph ?para }} }}""")
    out["evidence"] = [[r["path"], r.get("para") or None, r["text"]]
                       for r in sorted(rows, key=lambda r: (r["path"], int(r["begin"])))]
    return out


# --- The runs ------------------------------------------------------------------

def compare(name, want, got, db):
    for k in ("activities", "profits_in_country", "un_in_region", "two_hops", "evidence"):
        check(got.get(k) == want[k], f"{name}: {db}: {k} ({len(want[k])} rows) as the JSON graph says",
              f"got {got.get(k)!r:.600}\nwant {want[k]!r:.600}")


def export(name, top, args):
    out = os.path.join(top, name)
    code, _, err = run_nexus(NEXUS, args + ["--format", "json,sqlite,kuzu,turtle", "--output", out, "--quiet"])
    check(code == 0, f"{name}: nexus writes json, sqlite, kuzu and turtle", err)
    return out


def ask_all(name, out, top, virtuoso, timings=False):
    j = JsonGraph(os.path.join(out, "graph.json"))
    q = j.questions()
    want = j.answers(q)
    check(all(want[k] for k in want if k != "activities"),
          f"{name}: every question has an answer in the JSON graph ({q})")
    t = time.time()
    compare(name, want, sqlite_answers(os.path.join(out, "graph.sqlite"), q), "SQLite")
    sqlite_s = time.time() - t
    kuzu, kuzu_db = kuzu_answers(os.path.join(out, "graph.kuzu"), top, q, name.split()[0])
    if kuzu:
        compare(name, want, kuzu, "Kuzu")
        check(kuzu["counts"]["Sentence"] == len(j.text) and
              sum(kuzu["counts"][r] for r in ("PROFITS_FROM", "OPERATES_IN", "OCCURS_IN", "COUNTERS", "ACTIVE_IN",
                                               "AFFILIATED_WITH", "PART_OF")) == len(j.edges),
              f"{name}: Kuzu holds every sentence once and every link", kuzu["counts"])
    t = time.time()
    virtuoso.load(os.path.join(out, "graph.ttl"))
    load_s = time.time() - t
    compare(name, want, sparql_answers(virtuoso, q), "Virtuoso")
    if timings:
        size = lambda p: sum(os.path.getsize(os.path.join(p, f)) for f in os.listdir(p)) if os.path.isdir(p) \
            else os.path.getsize(p)
        print(f"     {name}: {len(j.nodes)} entities, {len(j.edges)} links, {len(j.text)} sentences; "
              f"graph.sqlite {size(os.path.join(out, 'graph.sqlite')) / 1e6:.1f} MB (questions {sqlite_s:.1f} s); "
              f"kuzu folder {size(os.path.join(out, 'graph.kuzu')) / 1e6:.1f} MB, loaded in "
              f"{kuzu['seconds'] if kuzu else float('nan'):.1f} s; graph.ttl "
              f"{size(os.path.join(out, 'graph.ttl')) / 1e6:.1f} MB, Virtuoso bulk load {load_s:.1f} s")
    return j, q, kuzu_db


def generated(path, count=100_000, seed=11):
    """A random graph of `count` entities of the four types, every relation,
    each link with one to three evidence sentences, as a format 2 graph."""
    rnd = random.Random(seed)
    types = ["group", "crime", "region", "un_entity"]
    nodes = {f"{types[i % 4]}:n{i}": {"label": f"N{i}", "metadata": {"type": types[i % 4], "aliases": [f"A{i}"]}}
             for i in range(count)}
    by_type = {t: [f"{t}:n{i}" for i in range(k, count, 4)] for k, t in enumerate(types)}
    sentences = [{"paragraph": str(k // 10), "paragraph_index": k // 10, "sentence": k % 10, "begin": k * 40,
                  "end": k * 40 + 30, "text": f"Sentence number {k} states a link."} for k in range(count)]
    kinds = [("profits_from", "group", "crime"), ("operates_in", "group", "region"), ("occurs_in", "crime", "region"),
             ("counters", "un_entity", "crime"), ("active_in", "un_entity", "region"),
             ("affiliated_with", "group", "group"), ("part_of", "region", "region")]
    # Hubs, so that the questions meet: a few countries, regions and groups most links touch.
    edges = {}
    for _ in range(count * 2):
        rel, a, b = rnd.choice(kinds)
        s = rnd.choice(by_type[a][:50]) if rnd.random() < 0.3 else rnd.choice(by_type[a])
        t = rnd.choice(by_type[b][:50]) if rnd.random() < 0.3 else rnd.choice(by_type[b])
        if s == t:
            continue
        ev = edges.setdefault((s, rel, t), set())
        ev.update(rnd.randrange(count) for _ in range(rnd.randint(1, 3)))
    # Shared sentences between a group's crime and its country.
    for k in range(2000):
        g, c, r = by_type["group"][k % 50], by_type["crime"][k % 37], by_type["region"][k % 5]
        sid = rnd.randrange(count)
        edges.setdefault((g, "profits_from", c), set()).add(sid)
        edges.setdefault((c, "occurs_in", r), set()).add(sid)
    g = {"graph": {"directed": True, "type": "nexus", "label": "generated",
                   "metadata": {"format_version": 2, "documents": [
                       {"path": "generated.txt", "symbol": "", "date": "", "title": "", "sentences": sentences}]},
                   "nodes": nodes,
                   "edges": [{"source": s, "target": t, "relation": rel, "directed": True,
                              "metadata": {"kind": f"{nodes[s]['metadata']['type']}-{nodes[t]['metadata']['type']}",
                                           "weight": len(ev), "hedged": False,
                                           "evidence": [{"document": 0, "sentence": i, "hedged": False,
                                                         "rule": "generated", "marks": []} for i in sorted(ev)]}}
                             for (s, rel, t), ev in sorted(edges.items())]}}
    for n in nodes.values():
        n["metadata"]["degree"] = 0
    for e in g["graph"]["edges"]:
        for end in (e["source"], e["target"]):
            nodes[end]["metadata"]["degree"] += 1
    g["graph"]["metadata"].update(entity_count=len(nodes), link_count=len(edges), sentence_count=count)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f)


def main():
    for tool in ("node", "virtuoso-t", "isql-vt", "sqlite3"):
        if not shutil.which(tool):
            check(False, f"{tool} is installed (scripts/install-deps.sh --tests)")
            finish("databases test")
    if not os.path.isdir(os.path.join(CLIENTS, "node_modules", "kuzu")):
        check(False, "tests/clients/node_modules has kuzu (scripts/install-deps.sh --tests runs npm ci there)")
        finish("databases test")
    top = tempfile.mkdtemp(prefix="nexus_databases_")
    virtuoso = Virtuoso(top)
    try:
        # The sample report.
        sample = os.path.join(PROJECT, "samples", "S_2015_366.txt")
        out = export("sample", top, ["build", sample])
        j, q, kuzu_db = ask_all("sample", out, top, virtuoso)
        done = subprocess.run(["sqlite3", "-readonly", os.path.join(out, "graph.sqlite"),
                               "SELECT count(*) FROM entities; SELECT count(*) FROM sentence_search "
                               "WHERE sentence_search MATCH 'oil AND Iraq';"], capture_output=True, text=True)
        check(done.returncode == 0 and done.stdout.split("\n")[0] == str(len(j.nodes)) and
              int(done.stdout.split("\n")[1]) > 0,
              "sample: the sqlite3 shell opens graph.sqlite, counts the entities, searches the sentences",
              done.stdout + done.stderr)

        import pandas
        frame = pandas.read_sql("SELECT e.type, COUNT(*) AS n FROM entities e GROUP BY e.type",
                                sqlite3.connect(os.path.join(out, "graph.sqlite")))
        check(int(frame["n"].sum()) == len(j.nodes), "sample: pandas.read_sql reads graph.sqlite", frame)

        # Loading again.
        again = subprocess.run(["node", "-e", f"""
            const kuzu = require('{CLIENTS}/node_modules/kuzu');
            const fs = require('fs');
            (async () => {{
              const c = new kuzu.Connection(new kuzu.Database({json.dumps(kuzu_db)}));
              process.chdir({json.dumps(os.path.join(out, 'graph.kuzu'))});
              let refused = '';
              for (const line of fs.readFileSync('load.cypher', 'utf8').split('\\n').filter(l => l.trim())) {{
                try {{ await c.query(line); }} catch (e) {{ refused = e.message; break; }}
              }}
              const n = await (await c.query('MATCH (s:Sentence) RETURN count(s) AS n')).getAll();
              console.log(JSON.stringify({{refused, sentences: Number(n[0].n)}}));
            }})();"""], capture_output=True, text=True, cwd=CLIENTS)
        res = json.loads(again.stdout or "{}")
        check("duplicated primary key" in res.get("refused", "").lower() and res.get("sentences") == len(j.text),
              "sample: loading the Kuzu export again into the same database is refused, the database kept whole",
              again.stdout + again.stderr)
        before = virtuoso.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        virtuoso.load(os.path.join(out, "graph.ttl"))
        check(virtuoso.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before,
              f"sample: the Virtuoso recipe run twice gives the same {before[0]['n']} triples")
        rapper = subprocess.run(["rapper", "-i", "turtle", "-c", os.path.join(out, "graph.ttl")],
                                capture_output=True, text=True)
        check(f"returned {before[0]['n']} triples" in rapper.stderr,
              "sample: Virtuoso holds as many triples as rapper counts in graph.ttl", rapper.stderr)

        # --update, then the databases again: the new document's links, nothing twice.
        dev = os.path.join(PROJECT, "tests", "data", "devset")
        code, _, err = run_nexus(NEXUS, ["build", "--update", os.path.join(out, "graph.json"),
                                         os.path.join(dev, "18_sg_isil_un_responses_2025.txt"), sample,
                                         "--output", os.path.join(top, "updated.json"), "--quiet"])
        check(code == 0, "update: --update adds the second document", err)
        updated = export("updated", top, ["merge", os.path.join(top, "updated.json")])
        ju, _, _ = ask_all("updated", updated, top, virtuoso)
        db = sqlite3.connect(os.path.join(updated, "graph.sqlite"))
        check(db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2 and
              db.execute("SELECT count(*) FROM links").fetchone()[0] == len(ju.edges) and
              db.execute("SELECT count(*) FROM (SELECT text FROM sentences GROUP BY document_id, begin "
                         "HAVING count(*) > 1)").fetchone()[0] == 0,
              "update: SQLite holds both documents, every link once, every sentence once")

        # Hostile text: what each database holds is the JSON graph's text, unchanged.
        hostile = export("hostile", top, ["merge", os.path.join(PROJECT, "tests", "exporters", "golden",
                                                                "hostile.json")])
        jh = JsonGraph(os.path.join(hostile, "graph.json"))
        texts = sorted({n["label"] for n in jh.nodes.values()} | {t for _, _, t in jh.text.values()} |
                       {d["path"] for d in jh.documents} | {a for n in jh.nodes.values() for a in n["metadata"]["aliases"]})
        db = sqlite3.connect(os.path.join(hostile, "graph.sqlite"))
        held = {r[0] for t in ("SELECT label FROM entities", "SELECT text FROM sentences", "SELECT path FROM documents",
                               "SELECT alias FROM aliases") for r in db.execute(t)}
        check(sorted(set(texts) - held) == [], f"hostile: SQLite holds all {len(texts)} texts unchanged",
              sorted(set(texts) - held)[:3])
        qfile = {"country": "", "region": "", "group_a": "", "group_b": "", "link": ["", "profits_from", ""],
                 "payloads": texts}
        kuzu, _ = kuzu_answers(os.path.join(hostile, "graph.kuzu"), top, qfile, "hostile")
        if kuzu:
            check(sorted(kuzu["payloads_found"]) == texts, f"hostile: Kuzu holds all {len(texts)} texts unchanged",
                  sorted(set(texts) - set(kuzu["payloads_found"]))[:3])
        virtuoso.load(os.path.join(hostile, "graph.ttl"))
        held = {r["o"] for r in virtuoso.select("SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER isLiteral(?o) }")}
        # The RDF exports write the noncharacters U+FFFE and U+FFFF as U+FFFD
        # (raptor refuses them even escaped); all else is unchanged.
        rdf_texts = {t.replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd") for t in texts}
        check(sorted(rdf_texts - held) == [], f"hostile: Virtuoso holds all {len(texts)} texts unchanged",
              sorted(rdf_texts - held)[:3])

        # 100,000 entities.
        gen = os.path.join(top, "generated.json")
        generated(gen)
        big = export("generated", top, ["merge", gen])
        ask_all("generated (100,000 entities)", big, top, virtuoso, timings=True)
    finally:
        virtuoso.stop()
    shutil.rmtree(top, ignore_errors=True)
    finish("databases test")


if __name__ == "__main__":
    main()
