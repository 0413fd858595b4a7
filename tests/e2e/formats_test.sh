#!/usr/bin/env bash
# End to end: the sample report in every graph-tool and drawing format, each
# read back by its real client (tests/e2e/check_formats.py: networkx, csv,
# jq, rapper, pdftotext; tests/clients/read_back.mjs: the Oxigraph RDF store
# with SPARQL questions of known answer, and Cytoscape.js; lint_cypher.mjs:
# Neo4j's Cypher parser; validate_graph.mjs: the JSON Schema by Ajv), the subgraph and
# layout options, `nexus list`, and the same bytes on a second run.
# usage: formats_test.sh NEXUS_BINARY PROJECT_DIR
set -euo pipefail
nexus=$1
project=$2
sample="$project/samples/S_2015_366.txt"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

formats=json,graphml,gexf,neo4j-nodes,neo4j-relationships,neo4j-sentences,neo4j-activities,neo4j-activity-links,cypher,turtle,ntriples,cytoscape,node-link,png,pdf
"$nexus" build "$sample" --format "$formats" --output "$out/a" --quiet
"$nexus" build "$sample" --format graphml --graphml-yed --output "$out/a/yed.graphml" --quiet
/usr/bin/python3 "$project/tests/e2e/check_formats.py" "$out/a"

# Oxigraph, Cytoscape.js and Neo4j's Cypher parser, pinned in tests/clients/package-lock.json.
clients="$project/tests/clients"
if ! npm ls --prefix "$clients" --depth=0 >/dev/null 2>&1; then
  npm ci --prefix "$clients" --no-audit --no-fund >"$out/npm.log" 2>&1 || {
    tail -n 5 "$out/npm.log"
    fail "npm ci in tests/clients could not install Oxigraph, Cytoscape.js and the Cypher parser" \
         "(is the npm registry reachable?); the RDF, Cytoscape.js and Cypher exports are untested"
  }
fi
node "$clients/read_back.mjs" "$out/a" --sample
# The JSON graph against its JSON Schema (exporters/json_graph.schema.json), by Ajv:
# pretty and compact, and the hostile graph's golden file.
"$nexus" build "$sample" --compact --output "$out/compact.json" --quiet
node "$clients/validate_graph.mjs" "$out/a/graph.json" "$out/compact.json" \
  "$project/tests/exporters/golden/hostile.json" || fail "a JSON graph does not follow its schema"
# Neo4j's Cypher parser on a subgraph's script (it takes about a second a statement).
"$nexus" build "$sample" --format cypher --focus "Boko Haram" --output "$out/boko.cypher" --quiet
node "$clients/lint_cypher.mjs" "$out/boko.cypher"

# GEXF 1.2draft, read by Debian 12's own networkx (2.8, which knows no 1.3), unpatched.
"$nexus" build "$sample" --format gexf --gexf-version 1.2 --output "$out/v12.gexf" --quiet
/usr/bin/python3 - "$out/v12.gexf" "$out/a/graph.json" <<'PY' || fail "networkx cannot read the GEXF 1.2draft export"
import json, sys, networkx
g = networkx.read_gexf(sys.argv[1])
want = json.load(open(sys.argv[2]))["graph"]
assert g.number_of_nodes() == len(want["nodes"]), (g.number_of_nodes(), len(want["nodes"]))
assert g.number_of_edges() == len(want["edges"]), (g.number_of_edges(), len(want["edges"]))
n = next(iter(g.nodes(data=True)))[1]
assert "viz" in n and "color" in n["viz"], n
print("ok   graph.gexf --gexf-version 1.2: networkx %s reads %d nodes, %d edges" %
      (networkx.__version__, g.number_of_nodes(), g.number_of_edges()))
PY

# --activities nodes: each activity a node of type "activity", joined to its
# actor, crime and places, in GraphML and GEXF 1.2, read by networkx.
"$nexus" build "$sample" --format graphml --activities nodes --output "$out/act.graphml" --quiet
"$nexus" build "$sample" --format gexf --gexf-version 1.2 --activities nodes --output "$out/act.gexf" --quiet
/usr/bin/python3 - "$out/act.graphml" "$out/act.gexf" "$out/a/graph.json" <<'PY' || fail "activity nodes are not read back"
import json, sys, networkx
want = json.load(open(sys.argv[3]))["graph"]
activities = want["metadata"]["activities"]
for path, read in ((sys.argv[1], networkx.read_graphml), (sys.argv[2], networkx.read_gexf)):
    g = read(path)
    got = {n for n, d in g.nodes(data=True) if d.get("type") == "activity"}
    assert len(got) == len(activities), (path, len(got), len(activities))
    assert g.number_of_nodes() == len(want["nodes"]) + len(activities), path
    for k, a in enumerate(activities):
        node = f"activity:{k + 1}"
        ends = {(t, d["relation"]) for _, t, d in g.out_edges(node, data=True)}
        expected = {(a["actor"], "actor"), (a["crime"], "crime")} | {(p["id"], "place") for p in a["places"]}
        assert ends == expected, (path, node, ends, expected)
    print("ok   %s --activities nodes: %d activity nodes joined to their actor, crime and places" %
          (path.rsplit("/", 1)[-1], len(got)))
PY

# Same inputs, same bytes (the drawings' bytes are checked by the unit tests).
"$nexus" build "$sample" --format "${formats%,png,pdf}" --output "$out/b" --quiet
for f in "$out"/b/*; do
  cmp "$f" "$out/a/$(basename "$f")" || fail "$(basename "$f") differs between two runs"
done

# `nexus list` names every format with a description.
list=$("$nexus" list)
for f in ${formats//,/ } dot svg; do
  grep -qE "^  $f	\.[a-z._]+	.{10,}" <<<"$list" || fail "nexus list does not describe $f"
done

# Subgraphs.
build_json() { "$nexus" build "$sample" --format json --quiet "$@"; }
jq -e '[.graph.nodes[].metadata.type] | unique == ["crime", "group"]' \
  <(build_json --types group,crime) >/dev/null || fail "--types group,crime"
jq -e '[.graph.edges[].metadata.weight] | length > 0 and min >= 2' \
  <(build_json --min-weight 2) >/dev/null || fail "--min-weight 2"
jq -e '([.graph.edges[] | select(.source == "group:isil" or .target == "group:isil") |
       .source, .target] + ["group:isil"] | unique) as $near |
       (.graph.nodes | keys) == $near and ($near | length) > 5' \
  <(build_json --focus ISIL --depth 1) >/dev/null || fail "--focus ISIL --depth 1"
jq -e '.graph.nodes | has("group:boko_haram") | not' \
  <(build_json --exclude "Boko Haram") >/dev/null || fail "--exclude 'Boko Haram'"
set +e
"$nexus" build "$sample" --focus "Boko Harm" --quiet >/dev/null 2>"$out/err"; code=$?
set -e
[ "$code" -eq 2 ] && grep -q "did you mean 'group:boko_haram'" "$out/err" ||
  fail "--focus 'Boko Harm': exit $code, $(cat "$out/err")"

# Layouts: every engine draws the neighbourhood of ISIL; an unknown one is a usage error.
for layout in dot neato sfdp circo fdp; do
  "$nexus" build "$sample" --format svg --layout "$layout" --focus group:isil --quiet \
    --output "$out/$layout.svg"
  xmllint --noout --nonet "$out/$layout.svg" || fail "--layout $layout: invalid SVG"
done
set +e
"$nexus" build "$sample" --format svg --layout bogus --quiet >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 2 ] || fail "--layout bogus exited $code, not 2"
echo "formats_test: ok"
