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

# Quality against the gold, when the evaluation material is there.
shared="$project/../shared/eval"
if [ ! -f "$shared/score.py" ] || [ ! -f "$shared/gold/seed.json" ]; then
  echo "SKIP quality: $shared not found"
  exit 0
fi
summary=$(/usr/bin/python3 "$shared/score.py" "$out/graph.json" "$shared/gold/seed.json" | tail -n 1)
echo "$summary"
/usr/bin/python3 - "$summary" <<'PY'
import re, sys
s = sys.argv[1]
ent = float(re.search(r"entities P=\S+ R=\S+ F1=(\S+)", s).group(1))
lnk = float(re.search(r"links P=\S+ R=\S+ F1=(\S+)", s).group(1))
ok = ent >= 0.90 and lnk >= 0.70
print(("PASS" if ok else "FAIL") + f": entities F1 {ent:.2f} (>= 0.90), links F1 {lnk:.2f} (>= 0.70)")
sys.exit(0 if ok else 1)
PY
