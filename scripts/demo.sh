#!/usr/bin/env bash
# Quick start, step 1: set up, build, package the .oxt, and make a report with it on the bundled
# defaults (template work-report, profile templates/profiles/example.xml) in a private headless
# office. The report lands in build/demo/report.odt (and report.docx).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "chengbao.oxt: $(pwd)/build/chengbao.oxt"
build/bin/chengbao-demo "$(pwd)/build/chengbao.oxt" "$(pwd)/templates/profiles/example.xml"
