#!/usr/bin/env bash
# Installs the test tools that come from the npm registry into build/tools (never into the
# source tree): @microsoft/sarif-multitool, which validates `chengbao check --format sarif`.
# Idempotent; needs the machine's Node.js and npm. Usage: bash scripts/install-test-tools.sh [BUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tools="$build/tools"
version=5.7.0
bin="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -x "$bin" ] && grep -q "\"version\": \"$version\"" \
    "$tools/node_modules/@microsoft/sarif-multitool/package.json" 2>/dev/null; then
  exit 0
fi
mkdir -p "$tools"
echo "install-test-tools: installing @microsoft/sarif-multitool@$version into $tools"
npm install --prefix "$tools" --no-audit --no-fund --silent "@microsoft/sarif-multitool@$version"
# npm may skip the package's postinstall step, which only makes the binary executable.
chmod u+x "$bin"
