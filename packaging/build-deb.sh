#!/usr/bin/env bash
# Build dist/partydesk_<version>_amd64.deb for Debian 11+, Kylin V10 and UOS V20 (glibc 2.28).
#
#   bash packaging/build-deb.sh
#
# The interpreter is CPython 3.11 built for glibc 2.28 with zig (packaging/linux/build-python.sh, cached);
# the wheels are the manylinux ones pinned in packaging/linux/wheels.lock. The build fails if any ELF file
# needs a symbol newer than glibc 2.28 or a library that is neither shipped nor a known system library;
# Depends: is what the ELF files need (packaging/linux/check_elf.py).
# Environment: PARTYDESK_VERSION (default: pyproject's), PARTYDESK_BUILD_CACHE (default /var/cache/partydesk-build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
started=$SECONDS

VERSION="${PARTYDESK_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")}"
BUILD="$ROOT/build/deb"
TREE="$BUILD/root"
OUT="$ROOT/dist/partydesk_${VERSION}_amd64.deb"
# Libraries Qt's xcb plugin links to that Kylin V10 / UOS V20 may not package: Debian 12's .deb (file, source
# package, SHA-256), unpacked beside Qt's own libraries, where its $ORIGIN runpath finds them first.
# libxcb-util.so.1 came with Debian 11; Debian 10, UOS V20's base, has only libxcb-util.so.0.
BUNDLED_DEBS="\
libxcb-cursor0_0.1.4-1_amd64.deb xcb-util-cursor a4b3c32dc008275ffcacccc1c77c030f01aad38e232e05d5ad116b76656c607c
libxcb-util1_0.4.0-1+b1_amd64.deb xcb-util 4c48af51fb2ac1be0490067e7450aeda27bf6c6c395165de02199eee4835336f"

need_tools dpkg-dev:dpkg-deb binutils:readelf librsvg2-bin:rsvg-convert \
  python3-pip:pip3 fakeroot:fakeroot

python="$(bash "$ROOT/packaging/linux/build-python.sh")"

bundle_libraries() {  # qt-lib-dir licence-dir: each pinned .deb's shared library under its soname, and its copyright
  local qt_lib="$1" licences="$2" file source digest deb unpacked library soname
  mkdir -p "$CACHE/downloads" "$licences"
  while read -r file source digest; do
    deb="$CACHE/downloads/$file"
    if ! echo "$digest  $deb" | sha256sum -c --quiet >/dev/null 2>&1; then
      retry 3 python3 -c 'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' \
        "$DEBIAN_MIRROR/pool/main/${source:0:1}/$source/$file" "$deb"
      echo "$digest  $deb" | sha256sum -c --quiet || { rm -f "$deb"; say "$file is not the pinned one"; return 1; }
    fi
    unpacked="$BUILD/bundled/${file%%_*}"
    mkdir -p "$unpacked"
    dpkg-deb -x "$deb" "$unpacked"
    while IFS= read -r -d '' library; do
      soname="$(readelf -dW "$library" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')"
      install -m 644 "$library" "$qt_lib/$soname"
      echo "  - bundled $soname from $file" >&2
    done < <(find "$unpacked/usr/lib" -type f -name '*.so.*' -print0)
    install -m 644 "$unpacked/usr/share/doc/${file%%_*}/copyright" "$licences/${file%%_*}.copyright"
  done <<<"$BUNDLED_DEBS"
}

say "staging $TREE"
rm -rf "$BUILD"
mkdir -p "$TREE/opt/partydesk" "$TREE/usr/bin" "$TREE/DEBIAN"
cp -a "$python" "$TREE/opt/partydesk/python"
py="$TREE/opt/partydesk/python"
# What an office PC never needs from the interpreter: headers, static library, tests, IDLE, Tk, docs.
rm -rf "$py/include" "$py/share" "$py/lib/pkgconfig" "$py"/lib/python3.11/{test,idlelib,tkinter,turtledemo,ensurepip,lib2to3,config-3.11-x86_64-linux-gnu} \
  "$py"/bin/{idle3*,pydoc3*,2to3*,python3*-config}
find "$py" -name '__pycache__' -prune -exec rm -rf {} +
find "$py" -name '*.so*' -type f -exec strip --strip-unneeded {} +
strip --strip-unneeded "$py/bin/python3.11"
"$py/bin/python3.11" -m compileall -q -j0 "$py/lib/python3.11" >/dev/null || true

say "manylinux wheels (packaging/linux/wheels.lock)"
wheels="$CACHE/wheels/manylinux-cp311"
platforms=()
for tag in manylinux_2_28 manylinux_2_27 manylinux_2_26 manylinux_2_17 manylinux2014 manylinux_2_12 manylinux2010 \
  manylinux_2_5 manylinux1; do platforms+=(--platform "${tag}_x86_64"); done
fetch_locked_wheels "$ROOT/packaging/linux/wheels.lock" "$wheels" "${platforms[@]}" \
  --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none
python3 "$ROOT/packaging/stage.py" --platform linux --wheels "$wheels" --lock "$ROOT/packaging/linux/wheels.lock" \
  --out "$TREE/opt/partydesk/app"
# the bundled interpreter byte-compiles the app (same 3.11 magic as the host, but its own build)
"$py/bin/python3.11" -m compileall -q -j0 "$TREE/opt/partydesk/app" >/dev/null || true
install -m 644 "$ROOT/packaging/linux/run.py" "$TREE/opt/partydesk/app/run.py"
say "libraries the oldest targets may lack (bundled)"
bundle_libraries "$TREE/opt/partydesk/app/site-packages/PySide6/Qt/lib" "$TREE/opt/partydesk/licences"

for command in partydesk partydesk-cli; do
  printf '#!/bin/sh\n# %s: the installed partydesk (window without a command, else the command).\nexec /opt/partydesk/python/bin/python3.11 -I /opt/partydesk/app/run.py "$@"\n' \
    "$command" >"$TREE/usr/bin/$command"
  chmod 755 "$TREE/usr/bin/$command"
done
install -D -m 644 "$ROOT/packaging/partydesk.desktop" "$TREE/usr/share/applications/partydesk.desktop"
install -D -m 644 "$ROOT/resources/icons/partydesk.svg" "$TREE/usr/share/icons/hicolor/scalable/apps/partydesk.svg"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$TREE/usr/share/icons/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$ROOT/resources/icons/partydesk.svg" \
    -o "$TREE/usr/share/icons/hicolor/${size}x${size}/apps/partydesk.png"
done

say "checking every ELF file against glibc 2.28"
depends="$(python3 "$ROOT/packaging/linux/check_elf.py" "$TREE")"

install -m 755 "$ROOT/packaging/debian/postinst" "$ROOT/packaging/debian/postrm" "$TREE/DEBIAN/"
size_kb="$(du -sk "$TREE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE_KB@/$size_kb/" -e "s/^Depends:.*/$depends/" \
  "$ROOT/packaging/debian/control" >"$TREE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$TREE"
mkdir -p "$ROOT/dist"
dpkg-deb --root-owner-group -Zxz -z6 --build "$TREE" "$OUT" >&2
say "built $OUT ($(du -m "$OUT" | cut -f1) MB) in $((SECONDS - started)) s"
