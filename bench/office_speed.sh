#!/usr/bin/env bash
# Benchmark in a real office: vnd.chengbao:Check on a long report (about 300 pages, 7,500
# paragraphs), InsertReport into a new document (the wizard's Finish), and a Python macro walking
# the same paragraphs through UNO inside the office. Prints numbers; asserts nothing.
# Usage: bash bench/office_speed.sh [PAGES_ARG] [RUNS]   (BUILD_DIR defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-460}   # make_report.py's page argument; 460 lays out as about 300 pages in Writer
runs=${2:-7}
build=${BUILD_DIR:-build}
if [ ! -x "$build/bin/chengbao_office_speed" ] || [ ! -f "$build/chengbao.oxt" ]; then
  cmake -S . -B "$build" >/dev/null
  cmake --build "$build" --target oxt chengbao_office_speed -j2 >/dev/null
fi
/usr/bin/python3 -c 'import uno' 2>/dev/null ||
  echo "note: python3-uno is missing (scripts/install-deps.sh installs it); the macro will fail" >&2
work=$(mktemp -d /tmp/chengbao-office-speed.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/make_report.py "$work/report.fodt" "$pages"
timeout 1800 "$build/bin/chengbao_office_speed" "$work/report.fodt" "$runs"
