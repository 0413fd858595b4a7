#!/usr/bin/env bash
# End to end: `nexus build` on the sample report; every output read back by
# its real client; the JSON scored against the gold annotations when the
# shared evaluation material is beside the project.
# usage: sample_test.sh NEXUS_BINARY PROJECT_DIR
set -euo pipefail
nexus=$1
project=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$nexus" build "$project/samples/S_2015_366.txt" --format json,graphml,dot,svg --output "$out" 2>"$out/stderr"
grep -q "1 document(s) read, 0 failed" "$out/stderr" || { cat "$out/stderr"; exit 1; }
/usr/bin/python3 "$project/tests/e2e/check_outputs.py" "$out"

# Same inputs, same bytes.
"$nexus" build "$project/samples/S_2015_366.txt" --format json,graphml,dot --output "$out/again" --quiet
for f in graph.json graph.graphml graph.dot; do
  cmp "$out/$f" "$out/again/$f" || { echo "FAIL: $f differs between two runs"; exit 1; }
done

# --timings: every stage's seconds on standard error, even with --quiet, and
# the same output bytes.
for jobs in 1 2; do
  "$nexus" build "$project/samples/S_2015_366.txt" "$project"/tests/data/devset/*.txt --jobs $jobs \
    --output "$out/timed$jobs.json" --quiet --timings 2>"$out/timings"
  "$nexus" build "$project/samples/S_2015_366.txt" "$project"/tests/data/devset/*.txt --jobs $jobs \
    --output "$out/untimed$jobs.json" --quiet
  cmp "$out/timed$jobs.json" "$out/untimed$jobs.json" || { echo "FAIL: --timings changed the output"; exit 1; }
  graph=graph
  [ $jobs -gt 1 ] && graph=merge
  for stage in start-up input reader mentions discovery claims table_rows quantities $graph export sum wall-clock; do
    grep -Eq "^  $stage +[0-9]+\.[0-9]{3}" "$out/timings" || { echo "FAIL: --timings --jobs $jobs: no $stage"; cat "$out/timings"; exit 1; }
  done
  if grep -q "document(s) read" "$out/timings"; then echo "FAIL: --quiet printed a summary"; exit 1; fi
done
echo "ok   --timings prints every stage and changes no byte"

# Quality against the gold, when the evaluation material is there.
shared="$project/../shared/eval"
# The version, and the commit it was built from.
version=$("$nexus" --version)
[[ $version =~ ^nexus\ [0-9]+\.[0-9]+\.[0-9]+(\ \(.+\))?$ ]] || { echo "FAIL: nexus --version: $version"; exit 1; }

if [ ! -f "$shared/score.py" ] || [ ! -f "$shared/gold/seed.json" ]; then
  echo "SKIP quality: $shared not found"
  exit 0
fi
report=$(/usr/bin/python3 "$shared/score.py" "$out/graph.json" "$shared/gold/seed.json")
echo "$report" | tail -n 2
/usr/bin/python3 - "$report" <<'PY'
import re, sys
s = sys.argv[1]
ent = float(re.search(r"entities P=\S+ R=\S+ F1=(\S+)", s).group(1))
lp, lf = (float(x) for x in re.search(r"links P=(\S+) R=\S+ F1=(\S+)", s).groups())
denied = int(re.search(r"denied links asserted: (\d+)", s).group(1))
h_ok, h_n = (int(x) for x in re.search(r"hedged links marked hedged: (\d+)/(\d+)", s).groups())
# Floors: the issue's minimum (entities 0.90, links 0.70) raised to where the
# rules stand now, so that a regression fails CI.
checks = [("entities F1", ent, 0.95), ("links F1", lf, 0.88), ("links precision", lp, 0.90),
          ("hedged links marked hedged", h_ok / h_n if h_n else 1.0, 0.90)]
ok = denied == 0
for name, value, floor in checks:
    good = value >= floor
    ok = ok and good
    print(f"{'ok  ' if good else 'FAIL'} {name} {value:.2f} (>= {floor:.2f})")
print(f"{'ok  ' if denied == 0 else 'FAIL'} denied links asserted: {denied} (must be 0)")
sys.exit(0 if ok else 1)
PY
