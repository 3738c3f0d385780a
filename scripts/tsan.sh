#!/usr/bin/env bash
# Builds the io tests under ThreadSanitizer in build/tsan and runs the tests that check from
# several threads at once (the office's proofreading thread beside the main one). Exit 0 when
# ThreadSanitizer reports nothing and the tests pass.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=build/tsan
mkdir -p "$BUILD"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHENGBAO_BUILD_EXTENSION=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" \
  >"$BUILD/configure.log" || { cat "$BUILD/configure.log"; exit 2; }
cmake --build "$BUILD" -j2 --target chengbao_io_tests
export TMPDIR="$PWD/build/tmp"
mkdir -p "$TMPDIR"
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  "$BUILD/bin/chengbao_io_tests" --gtest_filter='LiveCheck.*:LiveParity.*' --gtest_brief=1
echo "tsan: the concurrent checks ran clean under ThreadSanitizer"
