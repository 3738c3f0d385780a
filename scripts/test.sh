#!/usr/bin/env bash
# Quick start, step 2: build, then run every test: unit and CLI tests, then the integration tests
# against a real headless LibreOffice with the freshly built .oxt installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# Everything the tests write goes under build/ (temporary files, office profiles, screenshots).
export TMPDIR="$PWD/build/tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
ctest --test-dir build --output-on-failure -j2 --no-tests=error -L unit
ctest --test-dir build --output-on-failure -j2 --no-tests=error -L integration
ctest --test-dir build --output-on-failure --no-tests=error -L gui
