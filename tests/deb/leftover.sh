#!/usr/bin/env bash
# Undoes what a run of deb_install_test.sh left behind when it was ended before its own clean-up
# could run (SIGKILL, a machine stopped mid-run): the package it installed and the files of it.
# deb_install_test.sh writes $marker just before `dpkg -i` (the package's paths and the folders
# that were there before) and removes it once the package is gone; nothing else writes it, so
# a chengbao installed by anyone else is never touched. Without the marker this does nothing.
# Usage: leftover.sh   (scripts/test.sh runs it before the office tests; deb_install_test.sh too)
set -euo pipefail
marker=/var/lib/chengbao-deb-test
package=chengbao
[[ -d $marker ]] || exit 0
if [[ $(id -u) -eq 0 ]]; then as_root=(); else as_root=(sudo -n); fi
echo "leftover of an ended deb test ($marker): removing the $package package it installed"
# The ended run's `dpkg -i` may still be running (timeout puts it in a process group of its own):
# wait until dpkg's frontend lock is free (the lock dpkg takes itself, an fcntl lock), 5 min at most.
"${as_root[@]}" timeout 300 python3 -c 'import fcntl; fcntl.lockf(open("/var/lib/dpkg/lock-frontend", "a"), fcntl.LOCK_EX)' ||
  echo "dpkg's lock is still held after 5 minutes; trying all the same" >&2
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
if [[ -n $status && $status != not-installed ]]; then
  "${as_root[@]}" timeout 300 dpkg -r "$package" ||
    "${as_root[@]}" timeout 300 dpkg --purge --force-remove-reinstreq "$package"
fi
# A `dpkg -i` ended while unpacking can leave files dpkg does not know: the package's own paths
# that no package owns, deepest first; folders only when empty and not there before the test.
if [[ -f $marker/paths ]]; then
  while IFS= read -r path; do
    [[ -n $path && ( -e $path || -L $path ) ]] || continue
    dpkg -S "$path" >/dev/null 2>&1 && continue
    if [[ -d $path && ! -L $path ]]; then
      grep -qxF "$path" "$marker/folders-before" 2>/dev/null && continue
      "${as_root[@]}" rmdir "$path" 2>/dev/null || true
    else
      "${as_root[@]}" rm -f "$path"
    fi
  done < <(sort -r "$marker/paths")
fi
"${as_root[@]}" rm -rf "$marker"
echo "leftover removed"
