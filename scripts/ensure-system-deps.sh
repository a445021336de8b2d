#!/usr/bin/env bash
# Installs what npm cannot: Debian's Chromium (with CJK fonts) for the browser tests and the
# external validators and readers the export tests use (jing for RELAX NG, xmllint for DTDs,
# pandoc and bibutils for BibTeX/RIS, libxml-tmx-perl and translate-toolkit for TMX).
# Does nothing for what is already there.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v jing >/dev/null 2>&1 || need+=(jing)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v ris2xml >/dev/null 2>&1 || need+=(bibutils)
perl -MXML::TMX::Reader -e1 >/dev/null 2>&1 || need+=(libxml-tmx-perl)
command -v tmx2po >/dev/null 2>&1 || need+=(translate-toolkit)

if [ ${#need[@]} -eq 0 ]; then
  echo "system dependencies: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root (or sudo) to install: ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "installing with apt-get: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system dependencies: installed ${need[*]}"
