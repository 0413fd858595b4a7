#!/usr/bin/env bash
# Builds Nexus with AddressSanitizer and UndefinedBehaviorSanitizer
# (NEXUS_SANITIZE=ON, clang 14) into build-asan/ and runs the whole test suite
# there with CTest: any memory error, leak or undefined behaviour fails a
# test. The same build has the fuzz targets (NEXUS_FUZZ=ON), so that CI runs
# them from it: NEXUS_FUZZ_BUILD=build-asan scripts/fuzz.sh.
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
ctest --output-on-failure -j "$jobs"
