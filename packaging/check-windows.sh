#!/usr/bin/env bash
# Smoke-test dist/partydesk-<version>-setup.exe under Wine in a fresh prefix.
#
#   bash packaging/check-windows.sh [SETUP.exe]        (after bash packaging/build-windows.sh)
#
# An older installer (the same program labelled 0.0.0, built here with fast compression) goes in first
# and gets an office; the real one upgrades it in place, silently (/S), per user. Then the clerk's commands
# through partydesk-cli.exe, the data in %LOCALAPPDATA%\partydesk and nowhere else, the Start-menu
# shortcut, partydesk-cli on the user's PATH, and a silent uninstall that keeps %LOCALAPPDATA%\partydesk
# — under Debian 12's Wine 8, which runs the CLI but aborts
# Qt's window; the window is then shown under Wine 10 in a cached Debian 13 root (windows/window-wine10.sh).
# The Wine 8 test prefix alone gets a stand-in bcryptprimitives.dll (Wine 8 lacks it; Windows 10 has it):
# the installer never ships it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=packaging/linux/common.sh
source "$ROOT/packaging/linux/common.sh"
started=$SECONDS
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")"
SETUP="$(realpath "${1:-$ROOT/dist/partydesk-$VERSION-setup.exe}")"
[[ -f "$SETUP" ]] || { say "no $SETUP: run bash packaging/build-windows.sh first"; exit 1; }
need_tools wine:wine wine64:/usr/lib/wine/wine64 mingw-w64:x86_64-w64-mingw32-gcc poppler-utils:pdffonts

OLD="$ROOT/build/check-windows/partydesk-0.0.0-setup.exe"
if [[ ! -f "$OLD" ]]; then
  say "building the older installer (0.0.0, fast compression) to upgrade from"
  PARTYDESK_VERSION=0.0.0 PARTYDESK_FAST_NSIS=1 PARTYDESK_DIST="$ROOT/build/check-windows" \
    bash "$ROOT/packaging/build-windows.sh"
fi

export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY= PARTYDESK_DEBUG=1  # tracebacks in the log
WINEPREFIX="$(mktemp -d "$CACHE/wine-prefix.XXXX")"
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
say "fresh Wine prefix $WINEPREFIX ($(wine --version))"
timeout 300 wineboot -i >/dev/null 2>&1
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$ROOT/packaging/windows/test-bcryptprimitives.c" -ladvapi32

user="$(wine cmd /c 'echo %USERNAME%' 2> >(cat >&2) | tr -d '\r')"
home="$WINEPREFIX/drive_c/users/$user"
app="$home/AppData/Local/Programs/partydesk"
data="$home/AppData/Local/partydesk"
# Wine gives a Windows program WinError 6 for a standard stream that is a file: pipes for all three.
cli() { timeout 300 wine "$app/partydesk-cli.exe" "$@" < <(:) 2> >(cat >&2) | cat; }
registry_version() {
  wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\partydesk' /v DisplayVersion 2>/dev/null |
    tr -d '\r' | awk '/DisplayVersion/ {print $NF}'
}

say "install 0.0.0 silently, then make an office"
timeout 600 wine "$OLD" /S
wineserver -w
[[ "$(registry_version)" == 0.0.0 ]] || { say "0.0.0 not registered"; exit 1; }
cli demo --members 60 >/dev/null
[[ -s "$data/partydesk.sqlite3" ]] || { say "no database in $data"; exit 1; }
before="$(cli compliance --year 2026)"  # whole: a reader that stops early breaks Wine's pipe (Errno 22)

say "upgrade in place with $(basename "$SETUP")"
timeout 900 wine "$SETUP" /S
wineserver -w
[[ "$(registry_version)" == "$VERSION" ]] || { say "the upgrade did not register $VERSION"; exit 1; }
[[ "$(cli compliance --year 2026)" == "$before" ]] || { say "the office changed across the upgrade"; exit 1; }
echo "  - upgraded 0.0.0 -> $VERSION, the office kept"

say "the clerk's commands through partydesk-cli.exe"
echo "  - --version: $(cli --version | tr -d '\r')"
echo "  - compliance: $(cli compliance --year 2026 | wc -l) lines"
cli report roster -o 'C:\roster.pdf' >/dev/null
pdffonts "$WINEPREFIX/drive_c/roster.pdf" | grep -i 'wenquanyi\|wqy' | grep -q ' yes ' ||
  { pdffonts "$WINEPREFIX/drive_c/roster.pdf"; say "the font is not embedded"; exit 1; }
echo "  - report roster: WenQuanYi Micro Hei embedded (pdffonts)"
mkdir -p "$WINEPREFIX/drive_c/usb"
printf 'a passphrase for the smoke test only\n' >"$WINEPREFIX/drive_c/passphrase.txt"
cli backup create --to 'C:\usb' --passphrase-file 'C:\passphrase.txt' >/dev/null
backup="$(find "$WINEPREFIX/drive_c/usb" -name '*.pdbak' | head -1)"
[[ -n "$backup" ]] || { say "no backup written"; exit 1; }
cli backup verify "C:\\usb\\$(basename "$backup")" --passphrase-file 'C:\passphrase.txt' >/dev/null
echo "  - backup create + verify: $(basename "$backup")"
cli export roster -o 'C:\roster.xlsx' --full-ids >/dev/null
echo "  - import roster (xlsx): $(cli import roster 'C:\roster.xlsx' | tail -1 | tr -d '\r')"

say "the data in %LOCALAPPDATA%\partydesk only (per user, outside the program's folder)"
cli backup auto >/dev/null
[[ -s "$data/backup.key" ]] && compgen -G "$data/backups/auto/auto-*.pdbak" >/dev/null ||
  { say "no backup key or automatic backup in $data"; exit 1; }
local_appdata="$(wine cmd /c 'echo %LOCALAPPDATA%' < <(:) 2> >(cat >&2) | tr -d '\r')"
doctor="$(cli doctor --json || true)"  # exits 1 on a warning-level problem; only the folder matters here
data_dir="$(python3 -c 'import json, sys; print(json.loads(sys.stdin.read())["data_dir"])' <<<"$doctor")"
[[ "${data_dir,,}" == "${local_appdata,,}\\partydesk" ]] ||
  { say "the program's data folder is $data_dir, not $local_appdata\\partydesk"; exit 1; }
strays="$(find "$WINEPREFIX/drive_c" \( -name 'partydesk.sqlite3*' -o -name backup.key -o -name 'auto-*.pdbak' \) \
  ! -path "$data/*")"
[[ -z "$strays" ]] || { printf '%s\n' "$strays"; say "data files outside $data"; exit 1; }
for programs in "Program Files" "Program Files (x86)"; do
  [[ ! -e "$WINEPREFIX/drive_c/$programs/partydesk" ]] || { say "something was put in $programs"; exit 1; }
done
echo "  - data folder $data_dir (doctor) = %LOCALAPPDATA%\\partydesk, $(find "$data" -type f | wc -l) files;" \
  "no database, key or backup in the program's folder or Program Files"

shortcut="$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/党务台账.lnk"
[[ -f "$shortcut" ]] || { say "no Start-menu shortcut"; exit 1; }
echo "  - Start-menu shortcut: 党务台账.lnk"
wineserver -k || true  # a new session reads the user's PATH from the registry again
on_path="$(wine cmd /c 'partydesk-cli --version' < <(:) 2> >(cat >&2) | cat)"
[[ "$on_path" == *"$VERSION"* ]] || { say "partydesk-cli is not on PATH: $on_path"; exit 1; }
echo "  - partydesk-cli on the user's PATH"

say "silent uninstall"
timeout 300 wine "$app/uninstall.exe" /S
wineserver -w
for ((i = 0; i < 30; i++)); do [[ -e "$app/partydesk-cli.exe" ]] || break; sleep 1; done
[[ ! -e "$app/partydesk-cli.exe" && ! -e "$shortcut" ]] || { say "the uninstaller left the program"; exit 1; }
[[ -s "$data/partydesk.sqlite3" ]] || { say "the uninstaller removed the data"; exit 1; }
echo "  - program removed, $data kept"

say "the window under Wine 10 (Debian 12's Wine 8 aborts Qt's window)"
bash "$ROOT/packaging/windows/window-wine10.sh" "$SETUP" "$ROOT/build/check-windows/window-wine10.png"
echo "  - screenshot: build/check-windows/window-wine10.png"
say "check-windows: passed in $((SECONDS - started)) s"
