#!/usr/bin/env bash
# The man page chengbao(1) renders without a warning and says what the program's help says:
# every command's help text is in it, in the page's language.
# Usage: man_page_test.sh CHENGBAO.1.GZ CHENGBAO [en|zh-CN|zh-TW]
set -euo pipefail
page=$1 chengbao=$2 lang=${3:-en}
case $lang in
  en) sections="NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS NOTES FILES" ;;
  zh-CN) sections="名称 概要 描述 命令 选项 说明 文件" ;;
  zh-TW) sections="名稱 概要 描述 命令 選項 說明 檔案" ;;
  *) echo "FAIL: no sections known for $lang"; exit 1 ;;
esac

warnings=$(MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null || true)
if [[ -n $warnings ]]; then
  echo "FAIL: man reports: $warnings"
  exit 1
fi
# The rendered page, without overstriking and with the lines joined, as words to look for.
text=$(MANWIDTH=2000 LC_ALL=C.UTF-8 man -l "$page" | sed 's/.\x08//g' | tr -s ' \n' ' ')

failures=0
for command in $("$chengbao" --help --lang "$lang" | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\?$/\1/p' | sort -u); do
  # The command's description: its help's text after the wide gap or deep indent, joined.
  description=$("$chengbao" "$command" --help --lang "$lang" | sed -n '/^$/q;p' |
    sed -n 's/^.*[^ ]   *\([^ ].*\)$/\1/p; s/^                 *\([^ ].*\)$/\1/p' |
    tr -s ' \n' ' ' | sed 's/ $//')
  if [[ -z $description ]]; then
    echo "FAIL: no description found in chengbao $command --help"
    failures=$((failures + 1))
  elif [[ $text != *"$description"* ]]; then
    echo "FAIL: the page lacks chengbao $command's description: $description"
    failures=$((failures + 1))
  else
    echo "ok: $command: ${description:0:60}…"
  fi
done
for section in $sections; do
  [[ $text == *" $section "* || $text == "$section "* ]] || {
    echo "FAIL: no $section section"
    failures=$((failures + 1))
  }
done
exit $((failures > 0))
