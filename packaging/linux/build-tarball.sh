#!/usr/bin/env bash
# Wraps the PyInstaller folder (dist/Hearth) into Hearth-<version>-linux-<arch>.tar.gz with a menu entry, the icon
# and a per-user installer. An AppImage would need appimagetool, a prebuilt binary this project's machines
# cannot fetch; the tarball is the same one-folder app with the same per-user install, just not a single file.
set -euo pipefail
dist="$1"      # the PyInstaller output folder holding Hearth/
out="$2"       # where the tarball goes
version="$3"
root="$(cd "$(dirname "$0")/../.." && pwd)"
name="Hearth-$version-linux-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name" "$out"
cp -a "$dist/Hearth" "$stage/$name/Hearth"
cp "$root/packaging/linux/hearth.desktop" "$root/packaging/linux/install.sh" "$stage/$name/"
cp "$root/resources/icons/hearth.svg" "$stage/$name/hearth.svg"
chmod +x "$stage/$name/install.sh"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
du -h "$out/$name.tar.gz" | cut -f1 | xargs -I{} echo "Built $out/$name.tar.gz ({}; $(du -sh "$dist/Hearth" | cut -f1) unpacked)"
