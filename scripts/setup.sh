#!/usr/bin/env bash
# Installs everything Ametieditor needs on a fresh Debian 12 machine with
# Python 3.11, run as root from the repository root: Debian packages (Qt's
# runtime libraries, fonts, LibreOffice for PDF export, Xvfb for screenshots),
# a virtual environment in .venv and the package with its test and spell
# (Estonian speller) extras.
# Safe to run again: every step skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt's xcb/offscreen platforms and font rendering
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libglib2.0-0
  # fonts metric-compatible with Times New Roman, Arial, Calibri, Cambria
  fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea
  # PDF export and page rendering; Xvfb for screenshots of real windows
  libreoffice-writer-nogui poppler-utils xvfb xauth
  # validators for the Linux desktop integration files
  desktop-file-utils appstream shared-mime-info
  # the no-network test watches system calls of the CLI and the GUI
  strace
  # strip: the packaged build drops the speller module's debug symbols (47 -> 3 MB)
  binutils
  # real mouse drags under Xvfb (offscreen Qt has no drag and drop): tests/gui/x11_drag.py
  xdotool
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,spell,packaging]"
echo "setup: done"
