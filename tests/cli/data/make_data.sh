#!/bin/sh
# Regenerates the generated test data of the end-to-end CLI tests (see README.md):
#   defects/*.fodt                  make_defects.py, from report_typed.fodt and report_styled.fodt
#   gongwen_*.fodt, defects/gongwen_*.fodt
#                                   make_gongwen.py, from tests/unit/data/gongwen/*.txt
#   report_*.odt, report_*.docx     soffice --convert-to odt / docx of the clean reports
#   defects/*.odt, defects/*.docx   the same for the defect variants
# and, with --expected CHENGBAO, rewrites ../expected/*.json from that chengbao's output (review
# the diff before committing it: the expected files are what the tests hold the checker to).
# Usage: tests/cli/data/make_data.sh [--expected path/to/chengbao]   (needs soffice and python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private profile: never disturb (or depend on) another office running on this machine.
profile="$work/profile"

convert() {  # convert FORMAT DIR FILE...: writes the converted files into DIR
  format=$1 dir=$2
  shift 2
  soffice -env:UserInstallation="file://$profile" --headless --convert-to "$format" \
    --outdir "$work/out" "$@" >/dev/null 2>&1
  for source in "$@"; do
    name=$(basename "${source%.*}").$format
    test -s "$work/out/$name" || { echo "make_data.sh: soffice did not write $name" >&2; exit 1; }
    mv "$work/out/$name" "$dir/$name"
  done
}

python3 "$here/make_defects.py" "$here/defects"
python3 "$here/make_gongwen.py" "$here"
for format in odt docx; do
  convert "$format" "$here" "$here"/report_typed.fodt "$here"/report_styled.fodt "$here"/gongwen_*.fodt
  convert "$format" "$here/defects" "$here"/defects/*.fodt
done

if [ "${1:-}" = "--expected" ]; then
  python3 "$here/../cli_test.py" update "$2"
fi
echo "test data written to $here"
