#!/usr/bin/env bash
# Benchmark in a real office: how long the office's background check of the long report of
# office_speed.sh (about 7,500 paragraphs) takes without and with the extension's live check.
# Prints numbers; asserts nothing.
# Usage: bash bench/background_check.sh [PAGES_ARG] [RUNS]   (BUILD_DIR defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-460}
runs=${2:-3}
build=${BUILD_DIR:-build}
cmake --build "$build" --target oxt chengbao_background_check -j2 >/dev/null
work=$(mktemp -d /tmp/chengbao-background.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/make_report.py "$work/report.fodt" "$pages"
timeout 3600 "$build/bin/chengbao_background_check" "$work/report.fodt" "$runs"
