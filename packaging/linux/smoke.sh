#!/bin/sh
# Runs inside a Debian root with partydesk installed, as the user `clerk`: the commands a clerk uses.
# Prints one line per step; exits non-zero at the first failure. Needs nothing but the package: the
# PDF's fonts, the window and the data folder's modes are checked from outside the root (check-deb.sh).
set -eu
step() { printf '  - %s\n' "$*"; }
year="$(date +%Y)"
work="$HOME/smoke"
rm -rf "$work" && mkdir -p "$work"

step "partydesk-cli --version: $(partydesk-cli --version)"
partydesk-cli demo --members 60 >"$work/demo.txt"
step "demo office created"
partydesk-cli compliance --year "$year" >"$work/compliance.txt"
step "compliance: $(wc -l <"$work/compliance.txt") lines"
partydesk-cli report roster -o "$work/roster.pdf" >/dev/null
step "report roster: $(stat -c %s "$work/roster.pdf") bytes (its fonts are checked outside)"
mkdir -p "$work/usb"
printf 'a passphrase for the smoke test only\n' >"$work/passphrase.txt"
partydesk-cli backup create --to "$work/usb" --passphrase-file "$work/passphrase.txt" >/dev/null
backup="$(find "$work/usb" -name '*.pdbak' | head -1)"
[ -n "$backup" ] || { echo "no backup written"; exit 1; }
partydesk-cli backup verify "$backup" --passphrase-file "$work/passphrase.txt" >/dev/null
step "backup create + verify: $(basename "$backup")"
partydesk-cli backup auto >/dev/null
step "backup auto: $(find "$HOME/.local/share/partydesk/backups/auto" -name 'auto-*.pdbak' | wc -l) local generation(s)"
partydesk-cli export roster -o "$work/roster.xlsx" --full-ids >/dev/null
partydesk-cli import roster "$work/roster.xlsx" >"$work/import.txt"
step "import roster (xlsx): $(tail -1 "$work/import.txt")"

