#!/usr/bin/env bash
# Build CPython 3.11 (Debian 12's source, its patches applied) for glibc 2.28 with zig, into a cache.
#
#   bash packaging/linux/build-python.sh        prints the install prefix (…/python) on stdout
#
# Kylin V10 / UOS V20 have glibc 2.28; Debian 12's own libpython needs 2.35. zig links against 2.28's
# symbol versions. The interpreter is one executable with libpython linked in (no libpython.so, so no
# rpath to get right); extension modules find its symbols through -export-dynamic. zlib, libffi, sqlite3,
# bzip2 and xz are linked in statically from Debian's sources (the point release: the mirror here serves
# no source packages from debian-security).
# The result is cached under $PARTYDESK_BUILD_CACHE/python-<hash of this script and the source versions>.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$HERE/common.sh"

SOURCES=(python3.11 zlib libffi sqlite3 bzip2 xz-utils)
ZIGLANG="ziglang==0.17.1"
SUITE=bookworm

apt_src() {  # apt-get against a private deb-src list: the host's apt configuration is left alone
  local state="$CACHE/apt-src"
  mkdir -p "$state/lists/partial" "$state/archives/partial"
  echo "deb-src $DEBIAN_MIRROR $SUITE main" >"$state/sources.list"
  local tool="$1"; shift
  "$tool" -q -o Dir::Etc::SourceList="$state/sources.list" -o Dir::Etc::SourceParts=/nonexistent \
    -o Dir::State::Lists="$state/lists" -o Dir::Cache="$state" -o APT::Sandbox::User=root "$@"
}

retry 3 apt_src apt-get update >&2
versions="$(for s in "${SOURCES[@]}"; do apt_src apt-cache showsrc --only-source "$s" 2>/dev/null |
  sed -n 's/^Version: //p' | sort -V | tail -1 | sed "s/^/$s=/"; done)"
key="$(printf '%s\n%s\n%s\n' "$versions" "$ZIGLANG" "$(cat "$0")" | sha256sum | cut -c1-16)"
OUT="$CACHE/python-$key"
if [[ -x "$OUT/python/bin/python3.11" && -f "$OUT/done" ]]; then
  echo "$OUT/python"
  exit 0
fi
say "building CPython for glibc 2.28 into $OUT (once; ~10 min on 2 cores)"
mkdir -p "$OUT/src" "$OUT/deps"
SRC="$OUT/src" DEPS="$OUT/deps" PREFIX="$OUT/python"

# zig as the C compiler, pinned to glibc 2.28
python3 -m venv "$OUT/zig-venv" >&2
retry 3 "$OUT/zig-venv/bin/pip" install -q "$ZIGLANG" >&2
for tool in cc ar ranlib; do
  printf '#!/bin/sh\nexec "%s" -m ziglang %s %s "$@"\n' "$OUT/zig-venv/bin/python" "$tool" \
    "$([[ $tool == cc ]] && echo '-target x86_64-linux-gnu.2.28')" >"$OUT/zig-$tool"
  chmod +x "$OUT/zig-$tool"
done
export CC="$OUT/zig-cc" AR="$OUT/zig-ar" RANLIB="$OUT/zig-ranlib"
export CFLAGS="-O2 -fPIC -Wno-error=date-time -Wno-error=implicit-function-declaration -Wno-date-time"
export ZIG_GLOBAL_CACHE_DIR="$OUT/zig-cache" ZIG_LOCAL_CACHE_DIR="$OUT/zig-cache"

# An interrupted build resumes: sources and static libraries already there are kept.
[[ -f "$SRC/extracted" ]] || (cd "$SRC" && for s in "${SOURCES[@]}"; do retry 3 apt_src apt-get source --download-only "$s" >&2; done
  for dsc in *.dsc; do dpkg-source --no-check -x "$dsc" >&2; done && touch extracted)
srcdir() { find "$SRC" -maxdepth 1 -mindepth 1 -type d -name "$1-*" | head -1; }

jobs=$(nproc)
logged() {  # name command...: output to $OUT/name.log, its tail shown on failure
  local log="$OUT/$1.log"; shift
  "$@" >"$log" 2>&1 || { tail -30 "$log" >&2; say "failed: see $log"; return 1; }
}
build_autotools() {  # name, library, configure args...
  local dir lib="$2"; dir="$(srcdir "$1")"
  [[ -f "$DEPS/lib/$lib" ]] && return 0
  say "static $(basename "$dir")"
  # libtool under make -j failed once here for libffi; a serial make finishes what is left
  local name="$1"; shift 2
  logged "$name" bash -c 'cd "$1" && shift && ./configure --prefix="$DEPS" --disable-shared --enable-static "$@" &&
    { make -j"$jobs" || make; } && make install' _ "$dir" "$@"
}
export DEPS jobs
[[ -f "$DEPS/lib/libz.a" ]] || logged zlib bash -c 'cd "$1" && ./configure --prefix="$DEPS" --static &&
  make -j"$jobs" libz.a && make install' _ "$(srcdir zlib)"
build_autotools libffi libffi.a --disable-docs --disable-multi-os-directory
build_autotools xz-utils liblzma.a --disable-xz --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-scripts \
  --disable-doc --disable-nls
build_autotools sqlite3 libsqlite3.a --disable-tcl --disable-readline --enable-threadsafe \
  CFLAGS="$CFLAGS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_DBSTAT_VTAB"
[[ -f "$DEPS/lib/libbz2.a" ]] || logged bzip2 bash -c 'cd "$1" && make -j"$jobs" libbz2.a CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$CFLAGS" &&
  install -D -m644 libbz2.a "$DEPS/lib/libbz2.a" && install -D -m644 bzlib.h "$DEPS/include/bzlib.h"' _ "$(srcdir bzip2)"

say "CPython $(basename "$(srcdir python3.11)")"
py="$(srcdir python3.11)"
# setup.py would otherwise add the host's multiarch and /usr/local headers and libraries
[[ -f "$py/setup.py.orig" ]] || cp "$py/setup.py" "$py/setup.py.orig"
sed -e "s|add_dir_to_list(self.compiler.include_dirs, '/usr/local/include')|pass|" \
  -e "s|add_dir_to_list(self.compiler.library_dirs, '/usr/local/lib')|pass|" \
  -e "s|self.add_multiarch_paths()|pass|" \
  -e "s|Extension('pyexpat', sources=\['pyexpat.c'\])|Extension('pyexpat', sources=['pyexpat.c'], define_macros=[('Py_BUILD_CORE_MODULE', '1')])|" \
  "$py/setup.py.orig" >"$py/setup.py"
# (Debian's fix for CVE-2026-4224 has pyexpat.c include an internal header; Debian builds it into the core)
(cd "$py" && mkdir -p build-228 && cd build-228 &&
  CPPFLAGS="-I$DEPS/include" LDFLAGS="-L$DEPS/lib -L$DEPS/lib64" \
  LIBFFI_INCLUDEDIR="$DEPS/include" PKG_CONFIG_PATH="$DEPS/lib/pkgconfig" PKG_CONFIG_LIBDIR="$DEPS/lib/pkgconfig" \
  ../configure --prefix="$PREFIX" --without-ensurepip --with-system-ffi \
    --without-doc-strings ac_cv_func_getentropy=no >/dev/null &&
  make -j"$jobs" >"$OUT/make.log" 2>&1 && make install >"$OUT/install.log" 2>&1) >&2 ||
  { tail -40 "$OUT/make.log" >&2; exit 1; }
"$PREFIX/bin/python3.11" -c 'import zlib, ctypes, sqlite3, hashlib, lzma, bz2, _decimal, pyexpat; print(sqlite3.sqlite_version)' >&2
touch "$OUT/done"
echo "$PREFIX"
