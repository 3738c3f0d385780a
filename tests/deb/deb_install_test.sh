#!/usr/bin/env bash
# The Debian package on this machine (ctest -L deb, after the per-user tests): builds
# chengbao_<version>_amd64.deb with CPack, installs it with dpkg, lets an office with a new profile
# find the bundled extension by itself and run InsertReport, runs the installed CLI, man page and
# completion, removes the package and checks that every file it installed is gone and that the
# office no longer has the extension.
#
# It changes the machine — while the package is installed every user's office has the bundled
# extension, which must not meet a per-user copy of it — so:
#   - it runs only when asked, with CHENGBAO_DEB_TEST=1 (scripts/test.sh sets it); otherwise it
#     is skipped (exit 77), so that a plain `ctest` never installs anything;
#   - it refuses to run where a chengbao package or any file of the package is there already,
#     unless a run of its own was ended before it could clean up (then leftover.sh undoes that
#     run first: /var/lib/chengbao-deb-test marks what this test installed);
#   - it holds /tmp/chengbao-bundled.lock (flock) while the package is installed;
#   - whatever happens (a failed check, an error, Ctrl+C) it ends the office it started, by its
#     process group, and removes the package (trap EXIT); each step has a time limit well below
#     ctest's, so the clean-up runs before ctest would kill the test.
# Everything it writes goes under BUILD_DIR/deb-test.
#
# Usage: deb_install_test.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
source_dir=$1 build_dir=$(cd "$2" && pwd) version=$3

if [[ ${CHENGBAO_DEB_TEST:-} != 1 ]]; then
  echo "skipped: this test installs chengbao system-wide; run it with CHENGBAO_DEB_TEST=1"
  exit 77
fi

package=chengbao
deb=$build_dir/${package}_${version}_amd64.deb
work=$build_dir/deb-test
office_program=/usr/lib/libreoffice/program
extension_dir=/usr/lib/libreoffice/share/extensions/chengbao
templates=/usr/share/chengbao/templates
lock=/tmp/chengbao-bundled.lock
marker=/var/lib/chengbao-deb-test  # written before dpkg -i, removed with the package
python=/usr/bin/python3  # python3-uno's interpreter, not one that PATH may find first
if [[ $(id -u) -eq 0 ]]; then as_root=(); else as_root=(sudo -n); fi

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }
package_status() { dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true; }

rm -rf "$work" && mkdir -p "$work"
export TMPDIR=$work/tmp && mkdir -p "$TMPDIR"

# ---- before anything changes ----
"${as_root[@]}" bash "$source_dir/tests/deb/leftover.sh"
status=$(package_status)
if [[ -n $status && $status != not-installed ]]; then
  fail "$package is installed as a package here (dpkg: $status); this test installs and removes" \
       "it, so it runs only where it is not installed (dpkg -r $package first)"
fi
if [[ ${#as_root[@]} -gt 0 ]] && ! sudo -n true 2>/dev/null; then
  fail "installing the package needs root: run as root or with password-less sudo"
fi

step "building $deb"
rm -f "$deb"
(cd "$build_dir" && timeout 1500 cpack -G DEB) >"$work/cpack.log" 2>&1 ||
  { tail -30 "$work/cpack.log"; fail "cpack -G DEB failed (log: $work/cpack.log)"; }
[[ -f $deb ]] || fail "cpack made no $deb"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Package Version Architecture Depends | sed 's/^/  /'

# The package's paths (/usr/bin/chengbao …) with their type (d: folder), and which folders are
# here before it is installed; none of its files may be (dpkg would take them over silently).
dpkg-deb --fsys-tarfile "$deb" | tar -tv |
  sed -E 's|^(.)[^ ]* +[^ ]+ +[0-9]+ +[0-9-]+ +[0-9:]+ +\.(/.*[^/])/?$|\1 \2|;t;d' >"$work/listing"
cut -d' ' -f2- "$work/listing" >"$work/paths"
files=0 folders=0
: >"$work/folders-before"
while IFS=' ' read -r type path; do
  if [[ $type == d ]]; then
    folders=$((folders + 1))
    if [[ -d $path ]]; then echo "$path" >>"$work/folders-before"; fi
  else
    files=$((files + 1))
    if [[ -e $path || -L $path ]]; then
      fail "$path is already on this machine (not from the package): not installing over it"
    fi
  fi
done <"$work/listing"
echo "  $files files in $folders folders:"
for top in /usr/bin/chengbao /usr/share/man/man1/chengbao.1.gz \
           /usr/share/man/zh_CN/man1/chengbao.1.gz /usr/share/man/zh_TW/man1/chengbao.1.gz \
           /usr/share/bash-completion/completions/chengbao "$templates" "$extension_dir"; do
  count=$(grep -c "^$top\(/\|$\)" "$work/paths" || true)
  [[ $count -gt 0 ]] || fail "the package has no $top"
  echo "    $top ($count)"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in "libreoffice-writer (>= 4:7.4)" "libreoffice-core" libzip4 libopencc1.1 libuno-cppu3 \
              libcurl3-gnutls; do
  [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

# ---- installed: from here on the clean-up undoes everything ----
office_pid=""
installed=0
lock_fd=""
stop_office() {
  [[ -n $office_pid ]] || return 0
  # Wait for it to end (the check script has asked it to): tail --pid returns when the process
  # ends, timeout gives it 30 s at most. Still running then: end its process group (ours alone).
  local pid=$office_pid
  timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || true
  if kill -0 "$pid" 2>/dev/null; then
    echo "ending the office (pid $pid) by force"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  office_pid=""
}
remove_package() {
  [[ $installed == 1 ]] || return 0
  local status
  status=$(package_status)
  if [[ -n $status && $status != not-installed ]]; then
    "${as_root[@]}" timeout 300 dpkg -r "$package" >>"$work/dpkg.log" 2>&1 ||
      "${as_root[@]}" timeout 300 dpkg --purge --force-remove-reinstreq "$package" \
        >>"$work/dpkg.log" 2>&1 || true
  fi
  status=$(package_status)
  if [[ -n $status && $status != not-installed ]]; then
    echo "WARNING: could not remove $package (dpkg: $status): remove it by hand" >&2
  else
    "${as_root[@]}" rm -rf "$marker"
  fi
  installed=0
}
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  set +e
  stop_office
  remove_package
  if [[ -n ${lock_fd:-} ]]; then exec {lock_fd}>&-; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# An office with a new profile under the build folder and its own pipe, in its own process group
# (the office, oosplash and soffice.bin are the group, and only they are ended). With job control
# on, bash puts a background job in a group of its own before `$!` is known (it sets the group in
# the child and in itself), so there is no moment in which the group could be someone else's.
start_office() {
  local name=$1
  pipe=chengbao_deb_$$_$name
  set -m
  "$office_program/soffice" --headless --invisible --norestore --nologo --nodefault \
    --nolockcheck "-env:UserInstallation=file://$work/profile" "--accept=pipe,name=$pipe;urp;" \
    </dev/null >"$work/office-$name.log" 2>&1 &
  office_pid=$!
  set +m
  [[ $(ps -o pgid= -p "$office_pid" | tr -d ' ') == "$office_pid" ]] ||
    fail "the office (pid $office_pid) is not in a process group of its own"
}

step "taking $lock"
exec {lock_fd}>"$lock"
flock -w 600 "$lock_fd" || fail "$lock is held by another run for over 10 minutes"

step "dpkg -i $(basename "$deb")"
installed=1
# What to undo should this run be ended before its clean-up (leftover.sh reads it).
"${as_root[@]}" mkdir -p "$marker"
"${as_root[@]}" cp "$work/paths" "$work/folders-before" "$marker/"
"${as_root[@]}" timeout 300 dpkg -i "$deb" >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
[[ $(package_status) == installed ]] || fail "dpkg says $package is $(package_status)"

step "the installed CLI"
cli=(timeout 120 /usr/bin/chengbao)
export CHENGBAO_TEMPLATES=  # the built-in folder, as for a user
first=$("${cli[@]}" --version | head -1)
[[ $first == "chengbao $version" ]] || fail "chengbao --version says '$first'"
echo "  $first"
"${cli[@]}" templates >"$work/templates.txt"
grep -q "^work-report	zh-Hans	.*	$templates/" "$work/templates.txt" ||
  fail "chengbao templates does not list work-report in $templates: $(cat "$work/templates.txt")"
echo "  chengbao templates: $(wc -l <"$work/templates.txt") templates in $templates"
for script in zh-Hans zh-Hant; do
  report=$work/report-$script.odt
  "${cli[@]}" new --template work-report --profile "$templates/profiles/example.xml" \
    --script "$script" --topic 软件包安装测试 -o "$report" >/dev/null 2>"$work/new-$script.err" ||
    fail "chengbao new --script $script failed"
  # A new report still holds its 【…】 spots: check finds them (exit 1), against the template it
  # records, found in the installed folder.
  set +e
  "${cli[@]}" check --format json "$report" >"$work/check-$script.json" 2>"$work/check-$script.err"
  code=$?
  set -e
  [[ $code == 1 ]] || fail "chengbao check $report exited $code: $(cat "$work/check-$script.err")"
  grep -q '"placeholder.leftover"' "$work/check-$script.json" ||
    fail "chengbao check found no 【…】 spot in $report"
  echo "  new --script $script, then check: exit 1, $(grep -o '"placeholder.leftover"' \
    "$work/check-$script.json" | wc -l) placeholders found"
done
"${cli[@]}" check --template work-report "$source_dir/tests/cli/data/report_styled.docx" \
  >"$work/check-data.txt" || fail "chengbao check of a clean report: $(cat "$work/check-data.txt")"
echo "  check --template work-report tests/cli/data/report_styled.docx: $(tail -1 "$work/check-data.txt")"

step "man page and completion"
page=$(timeout 60 man -w chengbao) || fail "man -w chengbao finds no page"
[[ $page == /usr/share/man/man1/chengbao.1.gz ]] || fail "man -w chengbao gives $page"
MANWIDTH=100 timeout 60 man chengbao 2>&1 | sed 's/.\x08//g' >"$work/man.txt"
grep -q "chengbao check" "$work/man.txt" || fail "man chengbao does not show the commands: $(head "$work/man.txt")"
echo "  man -w chengbao: $page"
# The pages in Chinese, for a reader whose locale is zh_CN or zh_TW (man -L as LANG would).
for locale in zh_CN:按机构格式检查报告 zh_TW:按機構格式檢查報告; do
  page=$(timeout 60 man -L "${locale%%:*}" -w chengbao) || fail "man -L ${locale%%:*} finds no page"
  [[ $page == /usr/share/man/${locale%%:*}/man1/chengbao.1.gz ]] ||
    fail "man -L ${locale%%:*} -w chengbao gives $page"
  MANWIDTH=100 timeout 60 man -L "${locale%%:*}" chengbao 2>&1 | sed 's/.\x08//g' >"$work/man.${locale%%:*}.txt"
  grep -q "${locale#*:}" "$work/man.${locale%%:*}.txt" ||
    fail "man -L ${locale%%:*} chengbao is not in that language: $(head "$work/man.${locale%%:*}.txt")"
  echo "  man -L ${locale%%:*} -w chengbao: $page"
done
timeout 120 bash "$source_dir/tests/deb/completion_test.sh" /usr/share/bash-completion/completions/chengbao \
  /usr/bin "$work/completion" >"$work/completion.log" 2>&1 ||
  { cat "$work/completion.log"; fail "the installed completion"; }
echo "  completion: $(tail -1 "$work/completion.log")"

step "an office with a new profile finds the bundled extension"
start_office installed
timeout 180 "$python" "$source_dir/tests/deb/bundled_extension.py" "$pipe" "$office_pid" installed \
  "$extension_dir" "$templates/profiles/example.xml" ||
  { tail -20 "$work/office-installed.log"; fail "the bundled extension in the office"; }
stop_office

step "dpkg -r $package"
"${as_root[@]}" timeout 300 dpkg -r "$package" >>"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg -r failed"; }
installed=0
[[ $(package_status) == not-installed || -z $(package_status) ]] ||
  fail "after dpkg -r, dpkg says $package is $(package_status)"
exec {lock_fd}>&-
lock_fd=""
left=0
while IFS= read -r path; do
  if grep -qxF "$path" "$work/folders-before"; then
    [[ -d $path ]] || { echo "  gone: the folder $path, there before"; left=$((left + 1)); }
  elif [[ -e $path || -L $path ]]; then
    echo "  left: $path"
    left=$((left + 1))
  fi
done <"$work/paths"
[[ $left == 0 ]] || fail "dpkg -r left the machine other than it was ($left paths)"
"${as_root[@]}" rm -rf "$marker"
echo "  every file and folder the package installed is gone; $(wc -l <"$work/folders-before") folders that were there remain"

step "the same profile after removal"
start_office removed
timeout 180 "$python" "$source_dir/tests/deb/bundled_extension.py" "$pipe" "$office_pid" removed ||
  { tail -20 "$work/office-removed.log"; fail "the office after removal"; }
stop_office
echo "PASS: $(basename "$deb") installed, used in the office and on the command line, removed"
