#!/usr/bin/env bash
# Fill the installers' cache early, so that a cold .ci/run overlaps the slow parts with the unit tests.
#
#   bash packaging/warm-up.sh --tools      the installers' apt tools (alone: apt-get must not race another apt-get)
#   bash packaging/warm-up.sh              then, in the background: the interpreter (CPU, ~18 min cold) and
#                                          the Debian roots (network, ~10 min cold) at the same time
#
# Nothing here is needed for correctness: the build and check scripts make whatever is still missing.
# Environment: PARTYDESK_BUILD_CACHE (default /var/cache/partydesk-build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
started=$SECONDS

if [[ "${1:-}" == --tools ]]; then
  # every tool the four installer scripts install when missing (each still checks its own)
  need_tools dpkg-dev:dpkg-source binutils:readelf librsvg2-bin:rsvg-convert python3-pip:pip3 fakeroot:fakeroot \
    debootstrap:debootstrap xvfb:Xvfb x11-utils:xdpyinfo imagemagick:import poppler-utils:pdffonts \
    nsis:makensis mingw-w64:x86_64-w64-mingw32-gcc osslsigncode:osslsigncode icoutils:icotool \
    wine:wine wine64:/usr/lib/wine/wine64 postgresql:pg_ctlcluster  # the last for .ci/postgres
  # build-python.sh makes a venv; python3-venv has no command of its own to look for
  python3 -c 'import ensurepip' 2>/dev/null || need_tools python3-venv:/nonexistent/python3-venv
  exit 0
fi

nice -n 10 bash "$ROOT/packaging/linux/build-python.sh" >/dev/null &  # the unit tests keep their core
interpreter=$!
roots=0
{ bash "$ROOT/packaging/check-deb.sh" --roots && bash "$ROOT/packaging/windows/window-wine10.sh" --root; } || roots=$?
wait "$interpreter" || { say "warm-up: the interpreter build failed (build-deb.sh will try again)"; exit 1; }
((roots == 0)) || { say "warm-up: a Debian root failed (the check scripts will try again)"; exit 1; }
say "warm-up: interpreter and roots ready in $((SECONDS - started)) s"
