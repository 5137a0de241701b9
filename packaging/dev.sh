#!/usr/bin/env bash
# Set up a development copy of partydesk on Debian 12 (or UOS / Kylin / Ubuntu) and run it.
#
#   bash packaging/dev.sh run            Qt libraries + .venv, sample office on first run, the window
#   bash packaging/dev.sh test  [args]   the same set-up, then the whole test suite (pytest args pass through)
#   bash packaging/dev.sh setup          only the set-up
#   bash packaging/dev.sh lint           ruff, then mypy (domain/ strict, the rest against mypy-baseline.txt)
#
# Environment: PARTYDESK_DATA_DIR (where `run` keeps its data), PYTHON (default python3),
# PARTYDESK_SKIP_APT=1 (never call apt-get), DEMO_MEMBERS (size of the sample office, default 300).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
PYTHON="${PYTHON:-python3}"

# Runtime libraries PySide6 6.9 wheels load on Debian 12, then what the tests use.
APT_RUNTIME=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-xkb1 libglib2.0-0)
APT_BUILD=(python3 python3-venv python3-pip)
APT_TEST=(xvfb xauth poppler-utils exfatprogs exfat-fuse  # exFAT: a real stick's filesystem in tests
  libreoffice-calc fonts-wqy-microhei)  # a clerk's office suite: exports printed to PDF, CSV read back

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || echo "$pkg"
  done
}

install_apt() {
  [[ "${PARTYDESK_SKIP_APT:-}" == 1 ]] && return 0
  command -v dpkg-query >/dev/null || { say "not a Debian-like system: install the Qt libraries yourself"; return 0; }
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { say "need root or sudo to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  local stamp="$VENV/.partydesk-installed"
  local wanted
  wanted="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
  if [[ -x "$PY" && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
    return 0
  fi
  if [[ ! -x "$PY" ]]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  say "installing partydesk and its test tools into .venv"
  "$PY" -m pip install --quiet --disable-pip-version-check -e "$ROOT[dev]"
  echo "$wanted" >"$stamp"
}

has_office() {
  { "$PY" -m partydesk --json doctor 2>/dev/null || true; } |
    "$PY" -c 'import json, sys; sys.exit(0 if json.load(sys.stdin).get("office") else 1)' 2>/dev/null
}

has_display() {
  [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]
}

cmd_setup() {
  install_apt "${APT_BUILD[@]}" "${APT_RUNTIME[@]}" "$@"
  install_python
}

cmd_run() {
  cmd_setup
  cd "$ROOT"
  if ! has_office; then
    say "first run: creating a sample office (partydesk demo)"
    "$PY" -m partydesk demo --members "${DEMO_MEMBERS:-300}"
  fi
  if ! has_display; then
    say "no display (DISPLAY / WAYLAND_DISPLAY unset): showing this year's compliance summary instead"
    exec "$PY" -m partydesk compliance --year "$(date +%Y)"
  fi
  exec "$PY" -m partydesk gui
}

cmd_test() {
  cmd_setup "${APT_TEST[@]}"
  cd "$ROOT"
  export QT_QPA_PLATFORM=offscreen
  exec "$PY" -m pytest "$@"
}

cmd_lint() {
  cmd_setup
  cd "$ROOT"
  say "ruff check"
  "$VENV/bin/ruff" check .
  say "mypy (new errors fail; fixed ones must be removed from mypy-baseline.txt with mypy-baseline sync)"
  local report status=0
  report="$("$VENV/bin/mypy")" || status=$?
  # mypy exits 1 for the baseline's known errors too (the filter decides); 2 is mypy itself failing.
  if ((status > 1)); then printf '%s\n' "$report"; return "$status"; fi
  printf '%s\n' "$report" | "$VENV/bin/mypy-baseline" filter --no-colors --hide-stats
}

case "${1:-}" in
  run) cmd_run ;;
  test) shift; cmd_test "$@" ;;
  setup) shift; cmd_setup ;;
  lint) cmd_lint ;;
  *) echo "usage: bash packaging/dev.sh run|test|setup|lint [args]" >&2; exit 2 ;;
esac
