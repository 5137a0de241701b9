#!/usr/bin/env bash
# Wrap the PyInstaller folder (dist/partydesk) into dist/partydesk_<version>_<arch>.deb
# for Debian, UOS and Kylin:   pyinstaller packaging/partydesk.spec --noconfirm && bash packaging/build-deb.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/partydesk"
[[ -x "$BUNDLE/partydesk" ]] || { echo "build the bundle first: pyinstaller packaging/partydesk.spec" >&2; exit 1; }
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d)"
chmod 755 "$STAGE"
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$STAGE/opt/partydesk"
ln -s /opt/partydesk/partydesk "$STAGE/usr/bin/partydesk"
ln -s /opt/partydesk/partydesk-cli "$STAGE/usr/bin/partydesk-cli"
install -m 644 "$ROOT/packaging/partydesk.desktop" "$STAGE/usr/share/applications/partydesk.desktop"
install -m 644 "$ROOT/resources/icons/partydesk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/partydesk.svg"
install -m 644 "$ROOT/packaging/icons/partydesk.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/partydesk.png"
install -m 755 "$ROOT/packaging/debian/postinst" "$ROOT/packaging/debian/postrm" "$STAGE/DEBIAN/"
SIZE_KB="$(du -sk "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE_KB@/$SIZE_KB/" \
  "$ROOT/packaging/debian/control" >"$STAGE/DEBIAN/control"
dpkg-deb --root-owner-group --build "$STAGE" "$ROOT/dist/partydesk_${VERSION}_${ARCH}.deb"
