#!/usr/bin/env bash
# Speed benchmark (figures, not a test): builds Nexus (Release), makes 20 MB
# and 200 MB corpora with bench/make_corpus.py in a temporary folder, and
# runs `nexus build` on each with --jobs 1 and --jobs 2 (the fastest of RUNS
# runs each), next to ripgrep scanning the same corpus for every gazetteer
# name (rg -o -F -i -w -f NAMES, NAMES from `nexus rules names`). Prints MB/s,
# documents/s, peak RSS and the ratio of Nexus's speed to ripgrep's, where
# one thread's time goes (one more run with --jobs 1 --timings), and the
# start-up time.
#
# usage: bench/speed.sh [SIZES_MB...]        (default: 20 200)
#   NEXUS=path/to/nexus   use that binary instead of building build-bench/
#   KEEP=1                keep the temporary folder (its path is printed)
#   FORMATS=1             also build each corpus once per text format (--jobs 2)
#                         and print its wall time, output size and peak RSS
#   RUNS=N                Nexus runs per setting, in alternation, the fastest
#                         kept (default 3: the machine's speed drifts)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20 200)

if ! command -v rg >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends ripgrep >/dev/null ||
    { $sudo apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends ripgrep >/dev/null; }
fi
nexus=${NEXUS:-}
if [ -z "$nexus" ]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DNEXUS_BUILD_TESTS=OFF >/dev/null
  cmake --build build-bench -j "$(nproc)" --target nexus >/dev/null
  nexus=$root/build-bench/nexus
fi

tmp=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "speed: keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
"$nexus" rules names > "$tmp/NAMES"

# run LABEL COMMAND...: wall seconds, peak RSS (kB) and CPU seconds of the command.
run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$@" > /dev/null
  read -r wall rss user sys < "$tmp/time"
  echo "$label $wall $rss $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

# faster BEST NEW: whether run line NEW has a smaller wall time than BEST (or BEST is empty).
faster() {
  [ -z "$1" ] || awk -v a="$(cut -d' ' -f2 <<< "$2")" -v b="$(cut -d' ' -f2 <<< "$1")" 'BEGIN { exit !(a < b) }'
}

echo "machine: $(nproc) processors; $(wc -l < "$tmp/NAMES") gazetteer names; $(rg --version 2>/dev/null | head -1)"
printf '%-8s %6s %8s  %-14s %8s %8s %9s %11s %8s\n' corpus docs MB run "wall s" "MB/s" "docs/s" "peak RSS" "CPU s"
for mb in "${sizes[@]}"; do
  corpus="$tmp/corpus$mb"
  /usr/bin/python3 bench/make_corpus.py "$corpus" --mb "$mb" 2>/dev/null
  docs=$(find "$corpus" -name '*.txt' | wc -l)
  bytes=$(du -sb --apparent-size "$corpus" | cut -f1)
  cat "$corpus"/*.txt > /dev/null  # warm the page cache for every run alike
  # Nexus: RUNS runs of each setting in alternation, the fastest of each kept.
  best1="" best2=""
  for _ in $(seq "${RUNS:-3}"); do
    r1=$(run "nexus-jobs-1" "$nexus" build "$corpus" --jobs 1 --output "$tmp/g1.json" --quiet)
    r2=$(run "nexus-jobs-2" "$nexus" build "$corpus" --jobs 2 --output "$tmp/g2.json" --quiet)
    if faster "$best1" "$r1"; then best1=$r1; fi
    if faster "$best2" "$r2"; then best2=$r2; fi
  done
  results=("$best1" "$best2")
  cmp -s "$tmp/g1.json" "$tmp/g2.json" || echo "speed: WARNING: --jobs 1 and --jobs 2 outputs differ"
  results+=("$(run "rg-o-F-i-w" rg -o -F -i -w -f "$tmp/NAMES" "$corpus")")
  unset speed
  declare -A speed=()
  for r in "${results[@]}"; do
    read -r label wall rss cpu <<< "$r"
    read -r mbs dps < <(awk -v b="$bytes" -v d="$docs" -v w="$wall" \
      'BEGIN { w = (w > 0 ? w : 0.01); printf "%.1f %.1f\n", b / 1e6 / w, d / w }')
    speed[$label]=$(awk -v w="$wall" 'BEGIN { print 1 / (w > 0 ? w : 0.01) }')
    printf '%-8s %6d %8.1f  %-14s %8s %8s %9s %8d MB %8s\n' "${mb}MB" "$docs" \
      "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$label" "$wall" "$mbs" "$dps" $((rss / 1024)) "$cpu"
  done
  awk -v n1="${speed[nexus-jobs-1]}" -v n2="${speed[nexus-jobs-2]}" -v rg="${speed[rg-o-F-i-w]}" \
    'BEGIN { printf "         speed / ripgrep: --jobs 1 %.2fx, --jobs 2 %.2fx; --jobs 2 / --jobs 1: %.2fx\n",
             n1 / rg, n2 / rg, n2 / n1 }'
  "$nexus" build "$corpus" --jobs 1 --output "$tmp/g1.json" --quiet --timings 2>&1 >/dev/null |
    sed 's/^/         /'
  if [ "${FORMATS:-}" = 1 ]; then
    for f in json graphml gexf dot cypher neo4j-relationships turtle ntriples cytoscape node-link html; do
      /usr/bin/time -f "%e %M" -o "$tmp/time" "$nexus" build "$corpus" --jobs 2 --format "$f" \
        --output "$tmp/g.out" --quiet
      read -r wall rss < "$tmp/time"
      printf '         format %-20s %6s s %8d MB out %6d MB peak RSS\n' "$f" "$wall" \
        $(($(stat -c %s "$tmp/g.out") / 1000000)) $((rss / 1024))
      rm -f "$tmp/g.out"
    done
  fi
  rm -rf "$corpus" "$tmp"/g*.json
done

# Start-up: loading the embedded rules, on a one-line document (best of 10).
echo "ISIL profits from oil smuggling in Syria." > "$tmp/one.txt"
best=""
for _ in $(seq 10); do
  start=$EPOCHREALTIME
  "$nexus" build "$tmp/one.txt" --jobs 1 --quiet > /dev/null
  end=$EPOCHREALTIME
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }')
  if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
done
echo "start-up (rules loaded, one line built and written): $best ms"
