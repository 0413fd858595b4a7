#!/usr/bin/env bash
# Builds Nexus with AddressSanitizer and UndefinedBehaviorSanitizer
# (NEXUS_SANITIZE=ON, clang 14) into build-asan/ and runs the test suite there
# with CTest: any memory error, leak or undefined behaviour fails a test.
# Left out by default, as they spend their time in other programs or repeat
# what the others run, and pass unsanitized in scripts/test.sh: the kills of
# e2e_interrupt (eight minutes under the sanitizers), the databases, the
# browser, the cluster engines, the install tree (the exporters and the merge
# they call run sanitized in the unit tests, e2e_formats and e2e_scale) and
# the quality floors (four minutes: the pipeline of e2e_sample and
# e2e_readers on the dev set). NEXUS_SANITIZE_ALL=1 runs them too. The same
# build has the fuzz targets (NEXUS_FUZZ=ON), so that CI runs them from it:
# NEXUS_FUZZ_BUILD=build-asan scripts/fuzz.sh.
# usage: scripts/sanitize.sh [extra cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-clang.sh
jobs=$(nproc 2>/dev/null || echo 2)
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEXUS_SANITIZE=ON -DNEXUS_FUZZ=ON -DNEXUS_BUILD_TESTS=ON "$@" >/dev/null
cmake --build build-asan -j "$jobs"
cd build-asan
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/../tests/sanitizers/lsan.supp:print_suppressions=0
exclude='^(e2e_interrupt|e2e_databases|browser_explorer|e2e_cluster_parallel|e2e_cluster_slurm|e2e_install|e2e_quality)$'
if [ -n "${NEXUS_SANITIZE_ALL:-}" ]; then exclude='^$'; fi
ctest --output-on-failure -j "$jobs" -E "$exclude"
