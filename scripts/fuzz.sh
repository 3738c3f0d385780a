#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build/fuzz and runs each for SECONDS
# (default 60) on seeds gathered from the repository's test files. Exits non-zero on any crash,
# leak, timeout or out-of-memory; the input that caused it is kept in build/fuzz/artifacts/.
#   bash scripts/fuzz.sh [SECONDS]        every target
#   FUZZ_TARGETS="docx check" bash scripts/fuzz.sh 600
#   FUZZ_RUNS=10000000 bash scripts/fuzz.sh 0    until each target has run that many inputs
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
TARGETS=(${FUZZ_TARGETS:-docx odt fodt template profile check})
BUILD=build/fuzz

# clang and its sanitizer runtimes (libFuzzer is in libclang-rt-14-dev), besides install-deps.sh's.
bash scripts/install-deps.sh
if ! command -v clang++-14 >/dev/null ||
   ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  echo "fuzz: installing clang-14 libclang-rt-14-dev"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev
fi

mkdir -p "$BUILD"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCHENGBAO_FUZZ=ON -DCHENGBAO_BUILD_EXTENSION=OFF -DCHENGBAO_BUILD_TESTS=OFF >"$BUILD/configure.log" \
  || { cat "$BUILD/configure.log"; exit 2; }
cmake --build "$BUILD" -j2 $(printf -- '--target fuzz_%s ' "${TARGETS[@]}")

rm -rf "$BUILD/seeds"
python3 tests/fuzz/make_seeds.py . "$BUILD/seeds"
mkdir -p "$BUILD/artifacts" "$BUILD/logs"

dict_of() {
  case "$1" in
    docx) echo tests/fuzz/ooxml.dict ;;
    odt|fodt|check) echo tests/fuzz/odf.dict ;;
    template) echo tests/fuzz/template.dict ;;
    profile) echo tests/fuzz/profile.dict ;;
  esac
}

failed=()
shopt -s nullglob
for target in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus/$target"
  mkdir -p "$corpus"
  # Inputs that once crashed a target run first, each once.
  regressions=(tests/fuzz/regressions/"$target"/*)
  if ((${#regressions[@]} > 0)); then
    if ! "$BUILD/bin/fuzz_$target" "${regressions[@]}" >"$BUILD/logs/$target-regressions.log" 2>&1; then
      failed+=("$target (regressions)")
      tail -n 40 "$BUILD/logs/$target-regressions.log"
      continue
    fi
    echo "fuzz: $target: ${#regressions[@]} regression input(s) pass"
  fi
  limit=(-max_total_time="$SECONDS_EACH")
  if [ -n "${FUZZ_RUNS:-}" ]; then limit+=(-runs="$FUZZ_RUNS"); fi
  log="$BUILD/logs/$target.log"
  echo "fuzz: $target for ${SECONDS_EACH}s${FUZZ_RUNS:+ or $FUZZ_RUNS runs}"
  # Leaks are checked at exit and in every input (ASan's LeakSanitizer); a slow input is a
  # failure after 10 s, an input that needs more than 2 GiB too.
  if "$BUILD/bin/fuzz_$target" "$corpus" "$BUILD/seeds/$target" -dict="$(dict_of "$target")" \
      "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
      -artifact_prefix="$BUILD/artifacts/$target-" >"$log" 2>&1; then
    grep -E '^Done [0-9]+ runs|^stat::number_of_executed_units' "$log" | sed "s/^/fuzz: $target: /"
  else
    failed+=("$target")
    echo "fuzz: $target FAILED; the end of $log:"
    tail -n 40 "$log"
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzz: failures in: ${failed[*]} (inputs in $BUILD/artifacts/)"
  exit 1
fi
echo "fuzz: ${#TARGETS[@]} target(s) ran ${SECONDS_EACH}s each without a crash, leak or timeout"
