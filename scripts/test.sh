#!/usr/bin/env bash
# One command: install what is needed, build, and run every test (unit tests
# and the end-to-end test on the sample report) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
# In CI, compiler warnings fail the build.
scripts/build.sh -DNEXUS_BUILD_TESTS=ON ${CI:+-DNEXUS_WERROR=ON}
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
