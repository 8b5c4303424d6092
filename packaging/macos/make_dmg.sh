#!/usr/bin/env bash
# Make a drag-to-install disk image of the macOS app bundle (run on macOS; needs hdiutil).
#
#   packaging/macos/make_dmg.sh "dist/Eczema Explained.app" dist/eczema-explained-0.1.0-macos.dmg
#
# `python packaging/make_installer.py` calls this after PyInstaller has made the .app from
# build_installer.spec (its BUNDLE step). The image holds the app and a link to /Applications.
# The app is not signed or notarised here: see README, "macOS".
set -euo pipefail

app="${1:?usage: make_dmg.sh APP_BUNDLE OUT.dmg}"
dmg="${2:?usage: make_dmg.sh APP_BUNDLE OUT.dmg}"
volume="Eczema Explained"

if [ ! -d "$app/Contents/MacOS" ]; then
  echo "make_dmg: $app is not an app bundle" >&2
  exit 1
fi
command -v hdiutil >/dev/null || { echo "make_dmg: hdiutil not found (macOS only)" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg: $dmg"
