#!/usr/bin/env bash
# Benchmark of the live check: check_paragraph (what org.chengbao.Proofreader's doProofreading
# runs) on each of the ~7,500 paragraphs of office_speed.sh's long report: median, p99 and the
# whole check per paragraph as the baseline of the same run. Prints numbers; asserts nothing.
# Usage: bash bench/live_check.sh [PAGES_ARG] [RUNS]   (BUILD_DIR defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-460}
runs=${2:-5}
build=${BUILD_DIR:-build}
cmake --build "$build" --target chengbao_live_benchmark -j2 >/dev/null
work=$(mktemp -d /tmp/chengbao-live.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/make_report.py "$work/report.fodt" "$pages"
"$build/bin/chengbao_live_benchmark" "$work/report.fodt" "$runs"
