#!/usr/bin/env bash
# Builds Hearth.app (PyInstaller, Metal build of llama-cpp-python) and Hearth-<version>-macos-arm64.dmg on a Mac.
# Run from the repository root on Apple Silicon with Xcode's command line tools:
#   packaging/macos/build-dmg.sh 0.1.0
# Signing and notarisation run when these are set (see packaging/README.md):
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)"
#   MACOS_NOTARY_PROFILE a profile stored with `xcrun notarytool store-credentials`
set -euo pipefail
version="${1:?usage: build-dmg.sh VERSION}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
python3 -m venv build/macos-venv
build/macos-venv/bin/python -m pip install --upgrade pip
CMAKE_ARGS="-DGGML_METAL=on" build/macos-venv/bin/python -m pip install '.[package]'
# The app icon: an .icns made from the 1024-pixel PNG with Apple's own tools.
iconset="build/hearth.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" packaging/icons/hearth-1024.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
  sips -z $((size * 2)) $((size * 2)) packaging/icons/hearth-1024.png --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o packaging/icons/hearth.icns
build/macos-venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller/hearth.spec
app="dist/Hearth.app"
test -d "$app"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  # Hardened runtime is required for notarisation; the entitlements let the Python runtime map its libraries.
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

dmg="dist/Hearth-$version-macos-arm64.dmg"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Hearth" -srcfolder "$stage" -ov -format UDZO "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "Built $dmg"
