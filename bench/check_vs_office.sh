#!/usr/bin/env bash
# Benchmark: `chengbao check` against `soffice --headless --convert-to txt` (what offices script
# today) on the same 200 copies of a 30-page .docx report, without a template and with one (the
# 版式 rules on), `chengbao fix` throughput on one core, plus peak memory on a 10 MB .docx.
# Prints numbers; asserts nothing. Usage: bash bench/check_vs_office.sh [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
[ -x build/bin/chengbao ] || bash scripts/build.sh >/dev/null
work=$(mktemp -d /tmp/chengbao-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
office() {  # a private office: own profile, never someone else's
  timeout 1800 soffice -env:UserInstallation="file://$work/profile" --headless --norestore "$@" \
    >/dev/null 2>&1
}

# make_report.py's page count is a rough guide; 40 gives 30 pages as the office lays them out.
python3 bench/make_report.py "$work/report.fodt" 40
office --convert-to docx --outdir "$work" "$work/report.fodt"
office --convert-to pdf --outdir "$work" "$work/report.docx"
pages=$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')
paras=$(unzip -p "$work/report.docx" word/document.xml | grep -o '<w:p[ >]' | wc -l)
echo "input: report.docx, $pages pages ($paras paragraphs), $(stat -c %s "$work/report.docx") bytes; $copies copies"
mkdir -p "$work/in" "$work/txt"
for i in $(seq 1 "$copies"); do cp "$work/report.docx" "$work/in/r$i.docx"; done

now() { date +%s.%N; }
best=""
for run in 1 2 3; do
  t0=$(now)
  build/bin/chengbao check --format json "$work"/in/*.docx >/dev/null || true
  t=$(echo "$(now) - $t0" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
# The same with a template: its <layout> turns the 版式 rules (format.*) on.
best_layout=""
for run in 1 2 3; do
  t0=$(now)
  build/bin/chengbao check --format json --template work-report "$work"/in/*.docx >/dev/null || true
  t=$(echo "$(now) - $t0" | bc -l)
  if [ -z "$best_layout" ] || [ "$(echo "$t < $best_layout" | bc -l)" = 1 ]; then best_layout=$t; fi
done
office --version >/dev/null  # create the profile first, as a user's office would have one
t0=$(now)
office --convert-to txt:Text --outdir "$work/txt" "$work"/in/*.docx
t_office=$(echo "$(now) - $t0" | bc -l)
converted=$(ls "$work/txt" | wc -l)

printf 'chengbao check        : %8.3f s  %10.1f files/s (best of 3)\n' "$best" "$(echo "$copies / $best" | bc -l)"
printf 'soffice --convert-to  : %8.3f s  %10.1f files/s (%s files converted)\n' "$t_office" \
  "$(echo "$converted / $t_office" | bc -l)" "$converted"
printf 'throughput ratio      : %8.1fx against one soffice converting the whole batch (target >= 100x)\n' \
  "$(echo "$t_office / $best" | bc -l)"
printf 'check --template      : %8.3f s  %10.1f files/s (best of 3; 版式 rules on)\n' "$best_layout" \
  "$(echo "$copies / $best_layout" | bc -l)"
printf 'throughput ratio      : %8.1fx with the 版式 rules, against the same soffice batch (target >= 100x)\n' \
  "$(echo "$t_office / $best_layout" | bc -l)"

# The other way people script it: one soffice run per file (a loop in a shell script).
sample=20
t0=$(now)
for i in $(seq 1 $sample); do office --convert-to txt:Text --outdir "$work/txt1" "$work/in/r$i.docx"; done
t_loop=$(echo "$(now) - $t0" | bc -l)
printf 'soffice per file      : %8.3f s  %10.1f files/s (%s files, one run each)\n' "$t_loop" \
  "$(echo "$sample / $t_loop" | bc -l)" "$sample"
printf 'throughput ratio      : %8.1fx against one soffice run per file\n' \
  "$(echo "($t_loop / $sample) / ($best / $copies)" | bc -l)"

# `chengbao fix` on one core: copies of the report with a half-width comma in every 20th
# paragraph that has a full-width one, each fixed in place (the copies are made again before each
# run, outside the timing); `check -j 1` on the same files is the baseline.
python3 - "$work" <<'PY'
import re, sys, zipfile
work = sys.argv[1]
with zipfile.ZipFile(f"{work}/report.docx") as z:
    infos = z.infolist()
    parts = {i.filename: z.read(i.filename) for i in infos}
xml = parts["word/document.xml"].decode("utf-8")
count = 0
def spoil(match):
    global count
    count += 1
    return match.group(0).replace("，", ",", 1) if count % 20 == 0 else match.group(0)
parts["word/document.xml"] = re.sub(r"<w:t[ >][^<]*，[^<]*</w:t>", spoil, xml).encode("utf-8")
with zipfile.ZipFile(f"{work}/defects.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for info in infos:
        z.writestr(info, parts[info.filename])
PY
fix_copies() {
  rm -rf "$work/fix"; mkdir -p "$work/fix"
  for i in $(seq 1 "$copies"); do cp "$work/defects.docx" "$work/fix/r$i.docx"; done
}
fix_copies
fixes=$(build/bin/chengbao fix --dry-run -j 1 "$work/fix/r1.docx" | grep -c '→' || true)
best_fix_check=""
for run in 1 2 3; do
  t0=$(now)
  build/bin/chengbao check -j 1 --format json "$work"/fix/*.docx >/dev/null || true
  t=$(echo "$(now) - $t0" | bc -l)
  if [ -z "$best_fix_check" ] || [ "$(echo "$t < $best_fix_check" | bc -l)" = 1 ]; then best_fix_check=$t; fi
done
best_fix=""
for run in 1 2 3; do
  fix_copies
  t0=$(now)
  build/bin/chengbao fix -j 1 "$work"/fix/*.docx >/dev/null || true
  t=$(echo "$(now) - $t0" | bc -l)
  if [ -z "$best_fix" ] || [ "$(echo "$t < $best_fix" | bc -l)" = 1 ]; then best_fix=$t; fi
done
left=$( (build/bin/chengbao check --format json "$work/fix/r1.docx" || true) | grep -o '"rule":"punct.halfwidth"' | wc -l || true)
printf 'check -j 1 (baseline) : %8.3f s  %10.1f files/s (best of 3; one core)\n' "$best_fix_check" \
  "$(echo "$copies / $best_fix_check" | bc -l)"
printf 'fix -j 1              : %8.3f s  %10.1f files/s (best of 3; one core; %s fixes a file, %s left after)\n' \
  "$best_fix" "$(echo "$copies / $best_fix" | bc -l)" "$fixes" "$left"
printf 'fix / check time      : %8.2fx (fix reads, checks, writes, reads back and checks again)\n' \
  "$(echo "$best_fix / $best_fix_check" | bc -l)"

# Peak memory on a 10 MB .docx whose size is mostly an embedded picture (the usual case for a
# report that size), and, for scale, on a 1,500-page text-only report.
python3 - "$work" <<'PY'
import os, sys, zipfile
work = sys.argv[1]
src = os.path.join(work, "report.docx")
with zipfile.ZipFile(src) as z:
    parts = {n: z.read(n) for n in z.namelist()}
with zipfile.ZipFile(os.path.join(work, "picture-10mb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    for n, d in parts.items():
        z.writestr(n, d)
    z.writestr("word/media/photo.jpg", os.urandom(10 * 1024 * 1024), zipfile.ZIP_STORED)
PY
python3 bench/make_report.py "$work/long.fodt" 1500
office --convert-to docx --outdir "$work" "$work/long.fodt"
echo "memory target: under 50 MB on a 10 MB .docx"
for f in picture-10mb.docx long.docx; do
  size=$(stat -c %s "$work/$f")
  peak=$( { /usr/bin/time -f '%M' build/bin/chengbao check --format json "$work/$f" >/dev/null; } 2>&1 | tail -1)
  printf 'peak memory %-18s: %6.1f MB for a %5.1f MB file\n' "$f" \
    "$(echo "$peak / 1024" | bc -l)" "$(echo "$size / 1048576" | bc -l)"
done
