#!/usr/bin/env bash
# Benchmark: checking an archive of 10,000 reports with the built-in -j against GNU parallel
# spreading `chengbao check --format jsonl` over sshlogins (here ":" alone, this machine: the same
# command line takes --sshlogin host1,host2,… for more machines sharing the folder).
# Prints numbers; asserts nothing. Usage: bash bench/scale.sh [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
[ -x build/bin/chengbao ] || bash scripts/build.sh >/dev/null
command -v parallel >/dev/null || bash scripts/install-deps.sh >/dev/null
chengbao=$PWD/build/bin/chengbao
work=$(mktemp -d /tmp/chengbao-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
# An archive: the CLI test reports (typed and styled, three formats), linked over and over into
# folders of 500.
mapfile -t samples < <(ls tests/cli/data/report_*.{docx,odt,fodt})
for ((i = 0; i < files; i++)); do
  folder="$work/archive/$((i / 500))"
  [ -d "$folder" ] || mkdir -p "$folder"
  sample=${samples[$((i % ${#samples[@]}))]}
  ln "$sample" "$folder/r$i.${sample##*.}" 2>/dev/null || cp "$sample" "$folder/r$i.${sample##*.}"
done
cores=$(nproc)
echo "input: $files reports (${#samples[@]} samples linked), $cores cores"
now() { date +%s.%N; }
measure() {  # label, output file, command...
  local label=$1 out=$2; shift 2
  local t0 t lines
  t0=$(now)
  "$@" >"$out" 2>/dev/null || true
  t=$(echo "$(now) - $t0" | bc -l)
  lines=$(wc -l <"$out")
  printf '%-40s: %7.2f s %8.0f files/s (%s result lines)\n' "$label" "$t" \
    "$(echo "$files / $t" | bc -l)" "$lines"
}
measure "check -j $cores --format jsonl DIR" "$work/builtin.jsonl" \
  "$chengbao" check -j "$cores" --format jsonl "$work/archive"
measure "check -j 1 --format jsonl DIR" "$work/one.jsonl" \
  "$chengbao" check -j 1 --format jsonl "$work/archive"
# GNU parallel: -X packs as many files into each call as fit; one chengbao per job slot.
find_reports() { find "$work/archive" -type f | sort; }
measure "parallel -j $cores -X --sshlogin : (jsonl)" "$work/parallel.jsonl" \
  bash -c "find '$work/archive' -type f | sort | parallel --will-cite -j $cores -X --sshlogin : '$chengbao' check -j 1 --format jsonl"
# One process per file, as a naive script would do it: 200 files, scaled.
sample=200
t0=$(now)
find_reports | head -n $sample | parallel --will-cite -j "$cores" --sshlogin : "$chengbao" check --format jsonl >"$work/each.jsonl" 2>/dev/null || true
t=$(echo "$(now) - $t0" | bc -l)
printf '%-40s: %7.2f s %8.0f files/s (%s files, one process each)\n' \
  "parallel -j $cores, one file a call" "$t" "$(echo "$sample / $t" | bc -l)" "$sample"
