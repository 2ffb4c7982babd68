#!/usr/bin/env bash
# Installs Hearth for this user only (no administrator rights): the app into ~/.local/opt/Hearth, a menu entry
# and an icon, and makes Hearth the app for hearth:// links (Hugging Face's "Use this model"). Run it from the
# unpacked tarball. `install.sh --uninstall` removes the app and the menu entry and keeps your models,
# conversations and transcripts (they live in ~/.local/share/Hearth, which this never touches).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$HOME/.local/opt/Hearth"
desktop="$prefix/applications/hearth.desktop"
icon="$prefix/icons/hicolor/scalable/apps/hearth.svg"

if [[ "${1:-}" == "--uninstall" ]]; then
  rm -rf "$app_dir" "$desktop" "$icon" "$HOME/.local/bin/hearth"
  echo "Hearth was removed. Your models and conversations are still in ${XDG_DATA_HOME:-$HOME/.local/share}/Hearth."
  exit 0
fi

mkdir -p "$(dirname "$app_dir")" "$(dirname "$desktop")" "$(dirname "$icon")" "$HOME/.local/bin"
rm -rf "$app_dir.new"
cp -a "$here/Hearth" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
cp "$here/hearth.svg" "$icon"
sed -e "s|@EXEC@|$app_dir/Hearth|" -e "s|@ICON@|hearth|" "$here/hearth.desktop" > "$desktop"
ln -sf "$app_dir/hearth-cli" "$HOME/.local/bin/hearth"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$prefix/applications" || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default hearth.desktop x-scheme-handler/hearth || true
fi
echo "Hearth is installed: open it from your applications menu, or run 'hearth' in a terminal."
