#!/usr/bin/env bash
# The bash completion of chengbao, as a user's TAB would call it: commands, each command's
# options, the values an option takes (words, template ids, files, folders) and file names.
# Usage: completion_test.sh COMPLETION_FILE CHENGBAO_BIN_DIR SCRATCH_DIR
# (the chengbao in CHENGBAO_BIN_DIR lists the template ids offered after --template)
set -uo pipefail
completion=$(realpath "$1") bin_dir=$(realpath "$2") scratch=$(realpath -m "$3")

failures=0
rm -rf "$scratch" && mkdir -p "$scratch/sub folder" || exit 1
touch "$scratch"/{a.odt,b.DOCX,c.fodt,notes.txt,profile.xml,old.doc}
cd "$scratch" || exit 1
export PATH="$bin_dir:$PATH"
# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: $completion does not load"; exit 1; }
complete -p chengbao >/dev/null || { echo "FAIL: no completion registered for chengbao"; exit 1; }

# What TAB offers after the words given (the last one is the word being completed), sorted.
offers() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMPREPLY=()
  _chengbao chengbao "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd' ' -
}

expect() {  # expect "WORDS..." -- offers exactly that
  local want=$1 got
  shift
  got=$(offers "$@")
  if [[ $got == "$want" ]]; then
    echo "ok: '$*' -> $got"
  else
    echo "FAIL: '$*' offers '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

contains() {  # contains WORD -- offers WORD among others
  local want=$1 got
  shift
  got=" $(offers "$@") "
  if [[ $got == *" $want "* ]]; then
    echo "ok: '$*' offers $want"
  else
    echo "FAIL: '$*' offers '$got', without '$want'"
    failures=$((failures + 1))
  fi
}

lacks() {  # lacks WORD -- does not offer WORD
  local unwanted=$1 got
  shift
  got=" $(offers "$@") "
  if [[ $got == *" $unwanted "* ]]; then
    echo "FAIL: '$*' offers '$unwanted': '$got'"
    failures=$((failures + 1))
  else
    echo "ok: '$*' does not offer $unwanted"
  fi
}

# Commands, then each command's options.
for command in check fix outline new templates profile skeleton --help --version; do
  contains "$command" chengbao ""
done
expect "check" chengbao ch
expect "--format" chengbao check --fo
expect "--fail-on --files-from --format" chengbao check --f
expect "-f" chengbao outline -f
contains "-t" chengbao check -
contains "--dry-run" chengbao fix --
contains "--rule" chengbao fix --
contains "-r" chengbao fix -
contains "--masthead" chengbao new --
contains "--colophon" chengbao new --
contains "--help" chengbao outline --
lacks "--dry-run" chengbao check --

# An option's values.
expect "json jsonl sarif text" chengbao check --format ""
expect "json jsonl sarif text" chengbao check -f ""
expect "json text" chengbao outline --format ""
expect "json jsonl" chengbao check --format js
expect "json jsonl sarif text" chengbao check --format = ""   # --format=<TAB>
expect "zh-Hans zh-Hant" chengbao new --script zh
expect "zh-CN zh-TW" chengbao check --lang zh-
expect "error info warning" chengbao check --fail-on ""
contains "work-report" chengbao check --template ""
contains "work-report" chengbao fix -t w
contains "work-report" chengbao new --template ""
expect "profile.xml sub folder" chengbao check -p ""
contains "profile.xml" chengbao check --template ""
expect "profile.xml sub folder" chengbao new --profile ""
expect "sub folder" chengbao check --dir ""
contains "-" chengbao check --files-from ""
expect "" chengbao new --date ""

# File names: reports (any case) and folders, not other files.
# The extensions are those each command's help names: check reads .doc through an office, fix
# writes only .odt, .fodt and .docx.
expect "a.odt b.DOCX c.fodt old.doc sub folder" chengbao check ""
expect "a.odt b.DOCX c.fodt old.doc sub folder" chengbao check --format json a.odt ""
expect "a.odt b.DOCX c.fodt sub folder" chengbao fix --dry-run ""
contains "c.fodt" chengbao outline --format=json ""
lacks "notes.txt" chengbao outline ""
expect "sub folder" chengbao check sub
# profile check FILE: the word, then any file.
expect "check" chengbao profile ""
contains "notes.txt" chengbao profile check ""
expect "" chengbao templates ""

if ((failures > 0)); then
  echo "$failures completion(s) wrong"
  exit 1
fi
echo "all completions right"
