#!/usr/bin/env bash
# Installs what is missing, then configures and builds everything into build/ (CLI, .oxt, tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j"$(nproc)"
bash scripts/install-test-tools.sh build
