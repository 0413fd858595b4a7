#!/usr/bin/env bash
# Installs what Nexus needs to build and test, from Debian 12's packages.
# Idempotent: packages already present are left as they are.
# usage: install-deps.sh [--tests]
#   --tests  also what only the tests use: the producers of the PDF, HTML and
#            Word files the reader tests read (groff, pandoc, qpdf), and the
#            engines the cluster tests run the README's recipes on (Slurm and
#            munge, GNU parallel, an ssh server; the tests start their own
#            daemons; on a machine run by systemd, Debian also starts the
#            packages' own services), and the Virtuoso server the database
#            test loads the RDF export into; and the test clients from npm
#            (tests/clients: Oxigraph, Kuzu, Cypher's parser, Ajv)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libgraphviz-dev libmimalloc-dev iso-codes catch2
  libpoppler-cpp-dev libgumbo-dev libzip-dev libxml2-dev libsqlite3-dev sqlite3 libssl-dev libcli11-dev libgeonames-dev wamerican wbritish
  graphviz python3 python3-networkx jq libxml2-utils raptor2-utils poppler-utils
  chromium fonts-dejavu-core
)
if [ "${1:-}" = --tests ]; then
  packages+=(groff pandoc qpdf slurm-wlm munge parallel openssh-server openssh-client
             virtuoso-opensource python3-pandas)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm for the test clients from npm (tests/clients), unless present.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The HTML explorer's JavaScript, pinned by package-lock.json: cytoscape, which
# the build inlines in the page, and playwright-core, which drives Debian's
# chromium in the browser test (no browser is downloaded). npm ci runs only
# when the lock file changed since the last install.
cd "$(dirname "$0")/.."
if ! cmp -s package-lock.json node_modules/.nexus-package-lock.json; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.nexus-package-lock.json
fi

# The clients the tests read the exports back with, pinned by
# tests/clients/package-lock.json (Kuzu ships its native module in the
# package: nothing else is downloaded).
if [ "${1:-}" = --tests ] && ! cmp -s tests/clients/package-lock.json tests/clients/node_modules/.nexus-package-lock.json; then
  npm ci --prefix tests/clients --no-audit --no-fund
  cp tests/clients/package-lock.json tests/clients/node_modules/.nexus-package-lock.json
fi
