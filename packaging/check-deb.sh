#!/usr/bin/env bash
# Smoke-test dist/partydesk_<version>_amd64.deb in clean Debian 11 (bullseye) and 12 (bookworm) roots.
#
#   bash packaging/check-deb.sh [DEB]          (root; after bash packaging/build-deb.sh)
#   bash packaging/check-deb.sh --roots        only make the cached roots (packaging/warm-up.sh)
#
# Each root is made once with debootstrap and cached under $PARTYDESK_BUILD_CACHE/roots; every run works on a
# throw-away overlay of it, so the package and its Depends are installed into a clean system each time.
# In each: apt-get install ./…deb, the clerk's commands (packaging/linux/smoke.sh), the window under Xvfb
# with a screenshot, apt-get remove — the data folder must stay. Then the cold start vs the checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
started=$SECONDS
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")"
ROOTS_ONLY=0
[[ "${1:-}" == --roots ]] && { ROOTS_ONLY=1; shift; }
DEB="$(realpath -m "${1:-$ROOT/dist/partydesk_${VERSION}_amd64.deb}")"
[[ $ROOTS_ONLY == 1 || -f "$DEB" ]] || { say "no $DEB: run bash packaging/build-deb.sh first"; exit 1; }
[[ $(id -u) -eq 0 ]] || { say "check-deb.sh needs root (debootstrap, chroot, mounts)"; exit 1; }
need_tools debootstrap:debootstrap xvfb:Xvfb x11-utils:xdpyinfo imagemagick:import poppler-utils:pdffonts
SHOTS="$ROOT/build/check-deb"
mkdir -p "$SHOTS"

mounts=() runs=() pids=()
cleanup() {  # on success and on any failure (trap): stop what runs, unmount, delete the run folders (~300 MB each)
  local i pid run
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  for run in "${runs[@]}"; do
    # never delete through a mount that is still there (the binds of /dev and of the apt cache)
    if grep -q " $run/" /proc/self/mounts; then say "left $run: something is still mounted in it"; continue; fi
    rm -rf --one-file-system "$run"
  done
  mounts=() runs=() pids=()
}
trap cleanup EXIT
mount_at() {  # mount args... target
  mount "$@" && mounts+=("${@: -1}")
}

make_root() {  # suite dir: debootstrap minbase and a user, unless another run made it meanwhile
  local suite="$1" dir="$2"
  [[ -f "$dir/.partydesk-ready" ]] && return 0
  say "debootstrap $suite (once)"
  rm -rf "$dir"
  mkdir -p "$CACHE/roots"
  retry 3 debootstrap --variant=minbase "$suite" "$dir" "$DEBIAN_MIRROR" >"$CACHE/roots/$suite.log" 2>&1 ||
    { tail -20 "$CACHE/roots/$suite.log"; return 1; }
  chroot "$dir" useradd -m -u 4242 clerk || return 1
  touch "$dir/.partydesk-ready"
}

base_root() {  # suite: the cached clean root, made once (the warm-up may be making it right now)
  local suite="$1" key dir
  key="$(printf '%s\n%s\n' "$suite" "$DEBIAN_MIRROR" | sha256sum | cut -c1-12)"
  dir="$CACHE/roots/$suite-$key"
  [[ -f "$dir/.partydesk-ready" ]] || holding_lock "root-$suite" make_root "$suite" "$dir" >&2 || return 1
  echo "$dir"
}

check_suite() {
  local suite="$1" base run merged
  base="$(base_root "$suite")"
  run="$(mktemp -d "$CACHE/run-$suite.XXXX")"
  runs+=("$run")
  merged="$run/merged"
  mkdir -p "$run/upper" "$run/work" "$merged"
  if ! mount_at -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$merged"; then
    say "no overlayfs: copying the root instead"
    cp -a "$base/." "$merged/"
  fi
  mount_at -t proc proc "$merged/proc"
  mount_at --bind /dev "$merged/dev"
  mount_at -t tmpfs tmpfs "$merged/dev/shm"
  mount_at -t tmpfs tmpfs "$merged/tmp"
  mkdir -p "$CACHE/apt-archives/$suite"
  mount_at --bind "$CACHE/apt-archives/$suite" "$merged/var/cache/apt/archives"
  cp /etc/resolv.conf "$merged/etc/resolv.conf"
  cp "$DEB" "$merged/tmp/partydesk.deb"
  install -m 755 "$ROOT/packaging/linux/smoke.sh" "$merged/tmp/smoke.sh"

  say "$suite: apt-get install ./partydesk.deb (glibc $(chroot "$merged" ldd --version | head -1 | awk '{print $NF}'))"
  retry 3 chroot "$merged" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive retry 3 timeout 600 chroot "$merged" apt-get install -y -qq --no-install-recommends \
    /tmp/partydesk.deb >"$run/apt.log" 2>&1 || { tail -20 "$run/apt.log"; return 1; }
  check_xcb_libraries "$merged" "$suite"
  # umask 000: a careless account; the program itself must keep the data private
  timeout 300 chroot --userspec=4242:4242 "$merged" env -i HOME=/home/clerk PATH=/usr/bin:/bin LANG=C.UTF-8 \
    sh -c 'umask 000 && exec sh /tmp/smoke.sh'
  pdffonts "$merged/home/clerk/smoke/roster.pdf" | grep -i 'wenquanyi\|wqy' | grep -q ' yes ' ||
    { pdffonts "$merged/home/clerk/smoke/roster.pdf"; say "$suite: the font is not embedded"; return 1; }
  echo "  - roster.pdf: WenQuanYi Micro Hei embedded (pdffonts)"
  check_window "$merged" "$SHOTS/window-$suite.png"
  check_private "$merged/home/clerk/.local/share/partydesk"

  if [[ "$suite" == bookworm ]]; then cold_start "$merged"; fi

  DEBIAN_FRONTEND=noninteractive chroot "$merged" apt-get remove -y -qq partydesk >/dev/null
  [[ ! -e "$merged/opt/partydesk" && ! -e "$merged/usr/bin/partydesk" ]] || { say "$suite: files left after remove"; return 1; }
  [[ -s "$merged/home/clerk/.local/share/partydesk/partydesk.sqlite3" ]] ||
    { say "$suite: the data folder did not survive apt-get remove"; return 1; }
  say "$suite: removed; the data folder stays"
}

cold_start() {  # the installed copy vs the development checkout, same command, best of 5
  local merged="$1"
  say "cold start: partydesk-cli compliance (best of 5)"
  local installed checkout
  installed="$(best_of_5 chroot --userspec=4242:4242 "$merged" env -i HOME=/home/clerk PATH=/usr/bin:/bin \
    partydesk-cli compliance --year 2026)"
  if [[ -x "$ROOT/.venv/bin/python" ]]; then
    local data; data="$(mktemp -d)"
    cp "$merged/home/clerk/.local/share/partydesk/partydesk.sqlite3" "$data/"
    checkout="$(best_of_5 env PARTYDESK_DATA_DIR="$data" "$ROOT/.venv/bin/python" -m partydesk compliance --year 2026)"
    rm -rf "$data"
    python3 -c "import sys; i, c = map(float, sys.argv[1:]); print(f'cold start: installed .deb {i:.2f} s, checkout {c:.2f} s, ratio {i / c:.2f}')" \
      "$installed" "$checkout"
  else
    echo "cold start: installed .deb ${installed} s (no .venv to compare with)"
  fi
}

best_of_5() {  # seconds of the fastest of five runs of a command
  python3 -c 'import subprocess, sys, time
def once():
    started = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started
print(f"{min(once() for _ in range(5)):.3f}")' "$@"
}

check_xcb_libraries() {  # merged suite: Qt's xcb plugin finds every library, the bundled ones in the package
  local merged="$1" suite="$2" plugin=/opt/partydesk/app/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so
  local libs bundled
  libs="$(chroot "$merged" ldd "$plugin")"
  if grep -q 'not found' <<<"$libs"; then
    grep 'not found' <<<"$libs"; say "$suite: the xcb platform plugin misses libraries"; return 1
  fi
  for bundled in libxcb-cursor.so.0 libxcb-util.so.1; do
    grep -q "$bundled => /opt/partydesk/" <<<"$libs" ||
      { grep "$bundled" <<<"$libs"; say "$suite: $bundled is not the bundled one"; return 1; }
  done
  ! chroot "$merged" dpkg-query -W -f '${Status}' libxcb-cursor0 2>/dev/null | grep -q ' installed$' ||
    { say "$suite: libxcb-cursor0 got installed (it is bundled, not a dependency)"; return 1; }
  echo "  - ldd libqxcb.so: all $(grep -c '=>' <<<"$libs") libraries found;" \
    "libxcb-cursor.so.0 and libxcb-util.so.1 from the package (libxcb-cursor0 not installed)"
}

check_private() {  # data: after the first start (umask 000) the folder is 0700 and the files in it 0600
  local data="$1" loose file
  for file in partydesk.sqlite3 backup.key; do
    [[ -s "$data/$file" ]] || { say "no $file in $data"; return 1; }
  done
  compgen -G "$data/backups/auto/auto-*.pdbak" >/dev/null || { say "no automatic backup in $data/backups/auto"; return 1; }
  # Qt's single-instance lock (process id and host name) may be wider: the 0700 folder keeps it in
  loose="$(find "$data" \( \( -path "$data" ! -perm 700 \) -o \( ! -type d ! -name partydesk.lock ! -perm 600 \) \) \
    -printf '%m %p\n')"
  [[ -z "$loose" ]] || { printf '%s\n' "$loose"; say "data folder not private (want it 0700, its files 0600)"; return 1; }
  # folders inside follow the umask (backups/ is 0777 under umask 000): shown, not failed, as the 0700 folder
  # around them keeps other accounts out
  echo "  - data folder 0700 and its $(find "$data" ! -type d ! -name partydesk.lock | wc -l) files 0600" \
    "(database, backup key, automatic backups; made under umask 000); folders inside:" \
    "$(find "$data" -mindepth 1 -type d -printf '%P %m, ' | sed 's/, $//')"
}

check_window() {  # merged: the window under the host's Xvfb, shared through /tmp/.X11-unix
  local merged="$1" shot="$2" display xvfb gui colours=0 i
  # Xvfb picks a free display itself (-displayfd) and says which when it is ready
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$merged/tmp/display" 2>"$merged/tmp/xvfb.log" &
  xvfb=$!
  pids+=("$xvfb")
  for ((i = 0; i < 150; i++)); do [[ -s "$merged/tmp/display" ]] && break; sleep 0.2; done
  [[ -s "$merged/tmp/display" ]] || { cat "$merged/tmp/xvfb.log"; say "Xvfb did not start"; return 1; }
  display=":$(cat "$merged/tmp/display")"
  mkdir -p "$merged/tmp/.X11-unix"
  mount_at --bind /tmp/.X11-unix "$merged/tmp/.X11-unix"
  chroot --userspec=4242:4242 "$merged" env -i HOME=/home/clerk PATH=/usr/bin:/bin LANG=C.UTF-8 \
    DISPLAY="$display" sh -c 'umask 000 && exec timeout 120 partydesk' >"$merged/tmp/gui.log" 2>&1 &
  gui=$!
  pids+=("$gui")
  # poll until the window has drawn something (the bare root window has one colour); at most 60 s
  for ((i = 1; i <= 60; i++)); do
    sleep 1
    kill -0 "$gui" 2>/dev/null || break
    import -display "$display" -window root "$shot" 2>/dev/null &&
      colours="$(identify -format '%k' "$shot" 2>/dev/null || echo 0)"
    ((colours > 50)) && break
  done
  # the figures load in a worker after the first paint: a few seconds more, then the final picture
  if ((colours > 50)); then
    sleep 6
    import -display "$display" -window root "$shot" && colours="$(identify -format '%k' "$shot")"
  fi
  kill "$gui" 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  pids=()  # both reaped: their numbers may be another process's by the time cleanup runs
  ((colours > 50)) || { cat "$merged/tmp/gui.log"; say "the window did not show ($colours colours)"; return 1; }
  echo "  - window shown within $i s: $shot, $colours colours"
}

if [[ $ROOTS_ONLY == 1 ]]; then
  for suite in bullseye bookworm; do base_root "$suite" >/dev/null; done
  say "check-deb: the bullseye and bookworm roots are ready in $((SECONDS - started)) s"
  exit 0
fi
for suite in bullseye bookworm; do
  check_suite "$suite"
  cleanup
done
say "check-deb: bullseye and bookworm passed in $((SECONDS - started)) s"
