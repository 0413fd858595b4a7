#!/usr/bin/env bash
# End to end, many documents: the output does not depend on --jobs; shards
# built apart and merged give the bytes of one build; merge is associative
# and commutative; --update adds documents to a graph as a build of all of
# them would; a partial graph read and written again is unchanged.
# usage: scale_test.sh NEXUS_BINARY PROJECT_DIR
set -euo pipefail
nexus=$1
project=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$out"

# The corpus: the sample report and the dev set, under one folder, so that
# every build names the documents alike.
mkdir docs
cp "$project/samples/S_2015_366.txt" "$project"/tests/data/devset/*.txt docs/
mapfile -t all < <(ls docs/*.txt | LC_ALL=C sort)
shard() {  # shard K of 3: every third document (an if, so that set -e never stops it)
  local k=$1 i
  for i in "${!all[@]}"; do
    if [ $((i % 3)) -eq "$k" ]; then echo "${all[$i]}"; fi
  done
}
same() {
  cmp "$1" "$2" || { echo "FAIL: $3"; exit 1; }
  echo "ok   $3"
}

"$nexus" build docs --jobs 1 --output one.json --quiet
"$nexus" build docs --jobs 4 --output four.json --quiet
same one.json four.json "--jobs 1 and --jobs 4 give the same bytes"
"$nexus" build docs --jobs 3 --format json,graphml,dot --output multi --quiet
"$nexus" build docs --jobs 1 --format json,graphml,dot --output single --quiet
for f in graph.json graph.graphml graph.dot; do
  same "single/$f" "multi/$f" "$f: --jobs 1 and --jobs 3 give the same bytes"
done

for k in 0 1 2; do
  mapfile -t files < <(shard $k)
  "$nexus" build "${files[@]}" --partial --output "p$k.json" --quiet
done
"$nexus" merge p0.json p1.json p2.json --output merged.json --quiet
same one.json merged.json "shards merged equal one build"
"$nexus" merge p2.json p0.json p1.json --output reordered.json --quiet
same one.json reordered.json "merge does not depend on the order of the shards"
"$nexus" merge p0.json p1.json --output p01.json --quiet
"$nexus" merge p01.json p2.json --output left.json --quiet
"$nexus" merge p1.json p2.json --output p12.json --quiet
"$nexus" merge p0.json p12.json --output right.json --quiet
same left.json right.json "merge(merge(a,b),c) equals merge(a,merge(b,c))"
"$nexus" merge one.json one.json --output twice.json --quiet
same one.json twice.json "merging a graph with itself changes nothing"
"$nexus" merge one.json --output again.json --quiet
same one.json again.json "a graph read and written again is unchanged"

# A shard built again (a re-run job) merges to the same graph.
mapfile -t files < <(shard 0)
"$nexus" build "${files[@]}" --partial --output p0again.json --quiet
"$nexus" merge p0.json p1.json p0again.json p2.json --output rerun.json --quiet
same one.json rerun.json "a shard built twice and merged twice changes nothing"
# A shard that failed (missing, or cut short by a killed job) is named with
# what to do, the others are still read, and nothing is written.
head -c 5000 p1.json > cut.json
if "$nexus" merge p0.json cut.json missing.json p2.json --output never.json 2>err.txt; then
  echo "FAIL: a failed shard merged"; exit 1
fi
grep -q '^nexus: cut.json:' err.txt && grep -q '^nexus: missing.json: No such file' err.txt &&
  grep -q 'nothing written; 2 of 4 graph(s) could not be read. Build their shards again, then merge: cut.json missing.json$' err.txt ||
  { cat err.txt; echo "FAIL: failed shards not named"; exit 1; }
[ ! -e never.json ] || { echo "FAIL: output written after a failed shard"; exit 1; }
echo "ok   failed shards are named, with what to do, and nothing is written"

cp p0.json updated.json
mapfile -t rest < <(shard 1; shard 2)
"$nexus" build "${rest[@]}" --update updated.json --quiet
same one.json updated.json "--update with the other documents equals one build"
"$nexus" build "${all[@]}" --update updated.json --output noop.json --quiet
same one.json noop.json "--update skips documents the graph already holds"

# Errors: a graph that is not one, a partial graph in another format.
printf '{"graph": {"nodes": {"x:y": {"label": "y", "metadata": {"type": "planet"}}}}}\n' > bad.json
if "$nexus" merge bad.json --output never.json 2>err.txt; then echo "FAIL: bad graph merged"; exit 1; fi
grep -q 'bad.json:1:.*unknown type "planet"' err.txt || { cat err.txt; exit 1; }
[ ! -e never.json ] || { echo "FAIL: output written after an error"; exit 1; }
if "$nexus" build docs --partial --format graphml --output x 2>/dev/null; then
  echo "FAIL: --partial accepted another format"; exit 1
fi
echo "scale test passed"
