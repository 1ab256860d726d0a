#!/usr/bin/env bash
# The tests open generated .docx and .xlsx files with LibreOffice, the way a Party office does (DESIGN.md,
# Tests). On a fresh Debian machine run as root this installs the headless Writer and Calc once; elsewhere it
# says what to install and fails, because those checks must run rather than be skipped.
set -euo pipefail
has_calc() { ! command -v dpkg >/dev/null 2>&1 || dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1; }
if command -v soffice >/dev/null 2>&1 && has_calc; then
  exit 0
fi
packages=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing LibreOffice for the document checks: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  exit 0
fi
echo "LibreOffice (Writer and Calc) is needed by the tests: install ${packages[*]} (Debian) or put soffice on PATH." >&2
exit 1
