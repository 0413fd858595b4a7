#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan into
# build-fuzz/ (or $NEXUS_FUZZ_BUILD, a build configured with NEXUS_FUZZ=ON,
# such as scripts/sanitize.sh's build-asan) and runs each for SECONDS
# (default 60) on a copy of its seed corpus (tests/fuzz/corpus/<name>/), two
# at a time. Exits 1 on any finding (crash, leak, timeout, broken
# invariant); the reproducer is kept in <build>/findings/<name>/.
# usage: scripts/fuzz.sh [SECONDS] [NAME...]   (names: reader splitter rules pipeline pdf html docx json_reader)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(reader splitter rules pipeline pdf html docx json_reader)

build=${NEXUS_FUZZ_BUILD:-build-fuzz}

scripts/install-deps.sh
scripts/install-clang.sh
if ! grep -q "^NEXUS_FUZZ:BOOL=ON" "$build/CMakeCache.txt" 2>/dev/null; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNEXUS_FUZZ=ON -DNEXUS_BUILD_TESTS=OFF >/dev/null
fi
targets=()
for n in "${names[@]}"; do targets+=("${n}_fuzzer"); done
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

run_one() {  # NAME: fuzz it for $seconds; the log goes to $build/logs/NAME.log
  local n=$1 work=$build/work/$1 found=$build/findings/$1
  rm -rf "$work" "$found"
  mkdir -p "$work" "$found" "$build/logs"
  cp tests/fuzz/corpus/"$n"/* "$work"/
  local max_len=4096
  [ "$n" = splitter ] && max_len=16384
  case $n in pdf|docx) max_len=65536 ;; json_reader) max_len=16384 ;; esac
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/fuzz/${n}_fuzzer" "$work" -max_total_time="$seconds" -max_len="$max_len" \
      -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$found/" \
      >"$build/logs/$n.log" 2>&1
}

failed=0
findings=0
pending=("${names[@]}")
while [ ${#pending[@]} -gt 0 ]; do
  pids=()
  batch=("${pending[@]:0:2}")
  pending=("${pending[@]:2}")
  for n in "${batch[@]}"; do run_one "$n" & pids+=($!); done
  for i in "${!pids[@]}"; do
    n=${batch[$i]}
    if wait "${pids[$i]}"; then status=ok; else status=FINDING; failed=1; findings=$((findings + 1)); fi
    stats=$(grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "$build/logs/$n.log" |
            tail -n 3 | tr '\n' ' ')
    echo "fuzz $n: $status after ${seconds}s; $stats"
    if [ "$status" = FINDING ]; then
      tail -n 40 "$build/logs/$n.log"
      ls -l "$build/findings/$n/"
    fi
  done
done
echo "fuzz: $((${#names[@]} - findings)) passed, $findings failed"
[ "$failed" -eq 0 ]
