#!/usr/bin/env bash
# `nexus explain`: the sentences behind a link, with document, paragraph and
# the mentions highlighted; a near miss is suggested.
# usage: explain_test.sh NEXUS_BINARY PROJECT_DIR
set -euo pipefail
nexus=$1
project=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$nexus" build "$project/samples/S_2015_366.txt" --format json --output "$out/g.json" --quiet

"$nexus" explain "$out/g.json" ISIL "oil smuggling" > "$out/pair.txt"
grep -q -- "--profits_from--> oil smuggling" "$out/pair.txt" || fail "no ISIL -> oil smuggling link"
grep -q "S_2015_366.txt ¶32 sentence 0" "$out/pair.txt" || fail "no document and paragraph"
grep -q "»ISIL«" "$out/pair.txt" || fail "ISIL not highlighted"
grep -q "»illicit sale of oil«" "$out/pair.txt" || fail "the crime not highlighted"

# Colour: on a terminal (script(1) gives one) unless NO_COLOR is set; forced or
# refused with --color. (Outputs go to files first: `grep -q` leaving a pipe
# early would kill the writer with SIGPIPE, which pipefail reports.)
esc=$'\033['
"$nexus" explain "$out/g.json" ISIL "oil smuggling" --color=always > "$out/always.txt"
grep -qF "${esc}1;4mISIL" "$out/always.txt" || fail "--color=always does not highlight with escapes"
script -qec "'$nexus' explain '$out/g.json' ISIL 'oil smuggling'" /dev/null > "$out/tty.txt"
grep -qF "${esc}1;4m" "$out/tty.txt" || fail "no colour on a terminal"
NO_COLOR=1 script -qec "'$nexus' explain '$out/g.json' ISIL 'oil smuggling'" /dev/null > "$out/nocolor.txt"
! grep -qF "$esc" "$out/nocolor.txt" && grep -q "»ISIL«" "$out/nocolor.txt" || fail "NO_COLOR is not honoured"
script -qec "'$nexus' explain '$out/g.json' ISIL 'oil smuggling' --color=never" /dev/null > "$out/never.txt"
! grep -qF "$esc" "$out/never.txt" || fail "--color=never still colours"

"$nexus" explain "$out/g.json" "Da'esh" > "$out/one.txt"   # an alias
[ "$(grep -c -- '--> ' "$out/one.txt")" -ge 5 ] || fail "ISIL should have several links"

set +e
"$nexus" explain "$out/g.json" "Boko Harm" > /dev/null 2> "$out/err.txt"
code=$?
"$nexus" explain "$out/g.json" > /dev/null 2>&1
usage=$?
"$nexus" explain "$out/missing.json" ISIL > /dev/null 2>&1
missing=$?
set -e
[ "$code" -eq 1 ] || fail "unknown entity should exit 1, got $code"
grep -q "did you mean 'group:boko_haram' (Boko Haram)" "$out/err.txt" || fail "no suggestion: $(cat "$out/err.txt")"
[ "$usage" -eq 2 ] || fail "no entity should be a usage error (2), got $usage"
[ "$missing" -eq 1 ] || fail "a missing graph file should exit 1, got $missing"
echo "explain: ok"
