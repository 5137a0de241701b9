# Shared by the build and check scripts: cache location, mirror, retries, messages.
CACHE="${PARTYDESK_BUILD_CACHE:-/var/cache/partydesk-build}"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$CACHE"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

holding_lock() {  # name command...: runs the command holding the cache's lock NAME (a second maker waits)
  local name="$1"; shift
  mkdir -p "$CACHE/locks"
  ( flock 9 || exit 1; "$@" ) 9>"$CACHE/locks/$name"
}

retry() {  # retry N command...: network-bound steps get N tries, 20 s apart
  local tries="$1" n=1; shift
  until "$@"; do
    ((n >= tries)) && { say "failed $tries times: $*"; return 1; }
    say "retrying ($n/$tries): $*"; n=$((n + 1)); sleep 20
  done
}

need_tools() {  # package:command ...: apt-get installs the packages whose command is missing
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair#*:}" >/dev/null || missing+=("${pair%%:*}")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  say "installing ${missing[*]}"
  retry 3 "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive retry 3 "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
}

fetch_locked_wheels() {  # lock dir pip-platform-args...: download the lock's wheels once, checked by hash
  local lock="$1" dir="$2" line file digest missing=0; shift 2
  mkdir -p "$dir"
  while read -r file digest; do
    [[ -f "$dir/$file" ]] && echo "${digest#--hash=sha256:}  $dir/$file" | sha256sum -c --quiet 2>/dev/null ||
      missing=1
  done < <(grep -v '^#' "$lock")
  [[ $missing == 0 ]] && return 0
  # pip wants name==version: taken from each pinned file name, the hash keeps pip to that exact file
  local req="$dir/requirements.txt"
  grep -v '^#' "$lock" | while read -r file digest; do
    line="$(sed -E 's/^([^-]+)-([^-]+)-.*/\1==\2/' <<<"$file")"
    echo "$line $digest"
  done >"$req"
  retry 3 python3 -m pip download -q --no-deps --only-binary=:all: --require-hashes -d "$dir" "$@" -r "$req" >&2
}
