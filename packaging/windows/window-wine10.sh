#!/usr/bin/env bash
# The window of an installed setup.exe under Wine 10 (Debian 13 "trixie" root; Debian 12's Wine 8 aborts Qt).
#
#   bash packaging/windows/window-wine10.sh SETUP.exe SCREENSHOT.png      (root; called by check-windows.sh)
#   bash packaging/windows/window-wine10.sh --root                       only make the cached root (warm-up.sh)
#
# The trixie root with wine, Xvfb and imagemagick is made once with debootstrap and cached. Inside it: a
# fresh prefix, a silent install, a demo office, then partydesk.exe on Xvfb until the screen is not blank.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
ROOT_ONLY=0
[[ "$1" == --root ]] && ROOT_ONLY=1
[[ $ROOT_ONLY == 1 ]] || { SETUP="$(realpath "$1")"; SHOT="$2"; }
PACKAGES="wine wine64 xvfb x11-utils imagemagick"
key="$(printf 'trixie\n%s\n%s\n' "$PACKAGES" "$DEBIAN_MIRROR" | sha256sum | cut -c1-12)"
base="$CACHE/roots/trixie-wine-$key"

mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  mounts=()
}
trap cleanup EXIT
mount_at() { mount "$@" && mounts+=("${@: -1}"); }

make_root() {  # debootstrap trixie with Wine 10, unless another run made it meanwhile
  [[ -f "$base/.partydesk-ready" ]] && return 0
  say "debootstrap trixie with Wine 10 (once, ~2 GB)"
  rm -rf "$base"
  mkdir -p "$CACHE/roots" || return 1
  retry 3 debootstrap --variant=minbase trixie "$base" "$DEBIAN_MIRROR" >"$CACHE/roots/trixie.log" 2>&1 ||
    { tail -20 "$CACHE/roots/trixie.log"; return 1; }
  cp /etc/resolv.conf "$base/etc/resolv.conf" && mount -t proc proc "$base/proc" || return 1
  local made=0
  retry 3 chroot "$base" apt-get update -qq &&
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive retry 3 chroot "$base" apt-get install -y -qq --no-install-recommends \
      $PACKAGES >>"$CACHE/roots/trixie.log" 2>&1 &&
    chroot "$base" apt-get clean && made=1
  umount -l "$base/proc"
  ((made)) || { tail -20 "$CACHE/roots/trixie.log"; return 1; }
  touch "$base/.partydesk-ready"
}
# the warm-up may be making it right now: the lock makes this run wait for it
[[ -f "$base/.partydesk-ready" ]] || holding_lock root-trixie make_root
[[ $ROOT_ONLY == 0 ]] || { say "the trixie root with Wine 10 is ready"; exit 0; }

run="$(mktemp -d "$CACHE/run-trixie.XXXX")"
merged="$run/merged"
mkdir -p "$run/upper" "$run/work" "$merged"
trap 'cleanup; rm -rf "$run"' EXIT
mount_at -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$merged"
mount_at -t proc proc "$merged/proc"
mount_at --bind /dev "$merged/dev"
mount_at -t tmpfs tmpfs "$merged/dev/shm"
mount_at -t tmpfs tmpfs "$merged/tmp"
cp "$SETUP" "$merged/tmp/setup.exe"
cat >"$merged/tmp/window.sh" <<'INSIDE'
set -eu
export WINEPREFIX=/tmp/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" XDG_RUNTIME_DIR=/tmp/xdg
mkdir -p -m 700 /tmp/xdg
# Xvfb picks a free display itself (-displayfd): X sockets are shared with the host and other roots
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>/tmp/display 2>/tmp/xvfb.log &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
i=0; until [ -s /tmp/display ] || [ $i -ge 150 ]; do i=$((i + 1)); sleep 0.2; done
[ -s /tmp/display ] || { cat /tmp/xvfb.log; echo "Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat /tmp/display)"
timeout 300 wineboot -i >/dev/null 2>&1
echo "  - $(wine --version): prefix ready"
timeout 600 wine /tmp/setup.exe /S; wineserver -w
app="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/Programs/partydesk"
timeout 300 wine "$app/partydesk-cli.exe" demo --members 60 | cat >/dev/null
timeout 120 wine "$app/partydesk.exe" >/tmp/gui.log 2>&1 &
colours=0; i=0
while [ $i -lt 90 ]; do
  sleep 1; i=$((i + 1))
  import -window root /tmp/window.png 2>/dev/null && colours="$(identify -format '%k' /tmp/window.png)"
  [ "$colours" -gt 50 ] && break
done
# the figures load in a worker after the first paint: give them a few seconds, then the final picture
[ "$colours" -gt 50 ] && sleep 6 && import -window root /tmp/window.png && colours="$(identify -format '%k' /tmp/window.png)"
wineserver -k || true
[ "$colours" -gt 50 ] || { cat /tmp/gui.log; echo "the window did not show ($colours colours)"; exit 1; }
echo "  - window shown within $i s, $colours colours"
INSIDE
timeout 900 chroot "$merged" env -i HOME=/root PATH=/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 sh /tmp/window.sh
cp "$merged/tmp/window.png" "$SHOT"
