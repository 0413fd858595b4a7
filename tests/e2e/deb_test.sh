#!/usr/bin/env bash
# The Debian packages as a user gets them: scripts/package.sh makes them,
# apt-get installs them on this machine (with what they depend on), the
# installed nexus runs the sample and writes the bytes the build tree's nexus
# writes, its manual page is in place, a program builds against nexus-dev
# with find_package(nexus) and no prefix given, and apt-get removes them
# again. It changes the system, so it runs where it may: as root (CI) or
# with sudo that asks no password; elsewhere it says so and skips (exit 77).
# usage: tests/e2e/deb_test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "deb test: skipped, installing packages needs root or sudo without a password"; exit 77
  fi
fi
if dpkg-query -W -f='${Status}' nexus 2>/dev/null | grep -q "install ok installed"; then
  echo "deb test: skipped, a nexus package is installed on this machine already (left alone)"; exit 77
fi
fail() { echo "FAIL $*"; exit 1; }
ok() { echo "ok   $*"; }
tmp=$(mktemp -d)
cleanup() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y nexus nexus-dev >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

scripts/package.sh >"$tmp/package.log" 2>&1 || { cat "$tmp/package.log"; fail "scripts/package.sh"; }
deb=$(ls build/nexus_*.deb) dev=$(ls build/nexus-dev_*.deb)
ok "cpack made $(basename "$deb") and $(basename "$dev")"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$deb" "./$dev" >"$tmp/apt.log" 2>&1 ||
  { cat "$tmp/apt.log"; fail "apt-get install of the packages"; }
ok "apt-get installs both, with what they depend on"
[ "$(command -v nexus)" = /usr/bin/nexus ] || fail "nexus is /usr/bin/nexus (found: $(command -v nexus))"
/usr/bin/nexus --version | grep -q '^nexus ' || fail "the installed nexus prints its version"
ok "the installed nexus runs: $(/usr/bin/nexus --version)"
[ -f /usr/share/man/man1/nexus.1 ] || fail "the manual page is installed"
[ -f /usr/share/bash-completion/completions/nexus ] || fail "the bash completion is installed"
ok "manual page and completions in place"
sample=samples/S_2015_366.txt
/usr/bin/nexus build "$sample" --format json --output "$tmp/installed.json" --quiet || fail "the installed nexus builds the sample"
build/nexus build "$sample" --format json --output "$tmp/tree.json" --quiet
cmp -s "$tmp/installed.json" "$tmp/tree.json" || fail "the installed nexus writes the bytes of the build tree's"
python3 -c "import json,sys; g=json.load(open(sys.argv[1]))['graph']; assert len(g['nodes']) > 50 and len(g['edges']) > 100" \
  "$tmp/installed.json" || fail "the sample's graph has its entities and links"
ok "the installed nexus builds the sample: the same bytes as the build tree's"
cmake -S tests/e2e/consumer -B "$tmp/consumer" >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; fail "find_package(nexus) from /usr"; }
cmake --build "$tmp/consumer" >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; fail "a program against nexus-dev builds"; }
"$tmp/consumer/tiny" | grep -q '"group:isil"' || fail "the program builds a graph"
ok "a program finds nexus-dev with find_package(nexus), links nexus::core and runs"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y nexus nexus-dev >/dev/null 2>&1 || fail "apt-get remove"
[ ! -e /usr/bin/nexus ] || fail "apt-get remove takes /usr/bin/nexus away"
ok "apt-get removes both"
echo "deb test passed"
