#!/usr/bin/env bash
# lintian, Debian's package checker, on the package the package_build test
# made: fails on any error or warning (informational tags are printed).
# Exits 77 (CTest: skipped) when lintian is not installed (scripts/setup
# installs it).
#
# usage: package_lintian_test.sh PACKAGE_DIR
set -euo pipefail
command -v lintian >/dev/null ||
  { echo "SKIPPED: lintian is not installed (scripts/packages.txt)"; exit 77; }
debs=("$1"/finsam-extract_*.deb)
[[ -f "${debs[0]}" ]] || { echo "FAILED: no package in $1"; exit 1; }
# lintian exits non-zero on errors only; warnings fail here too.
tags="$(lintian --info --display-info "${debs[0]}" 2>&1 |
  grep -v '^running with root privileges' || true)"
echo "$tags"
if grep -qE '^[EW]: ' <<<"$tags"; then
  echo "FAILED: lintian reports errors or warnings"
  exit 1
fi
echo "PASSED: lintian: no errors or warnings in $(basename "${debs[0]}")"
