#!/usr/bin/env bash
# Debian packages of Nexus, from the build in build/ (scripts/build.sh):
# build/nexus_VERSION_ARCH.deb (the executable, manual page, completions) and
# build/nexus-dev_VERSION_ARCH.deb (libraries, headers, CMake package).
# usage: scripts/package.sh     then: sudo apt-get install ./build/nexus_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/nexus ] || scripts/build.sh
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
(cd build && rm -f nexus_*.deb nexus-dev_*.deb && cpack -G DEB)
ls -l build/nexus_*.deb build/nexus-dev_*.deb
