#!/usr/bin/env bash
# One command: install what is needed, build, and run `nexus build` on the
# sample report, writing out/graph.{json,graphml,dot,svg}.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DNEXUS_BUILD_TESTS=OFF
build/nexus build samples/S_2015_366.txt --format json,graphml,dot,svg --output out
ls -l out
