#!/usr/bin/env bash
# Install the Debian packages newsmon builds and tests with. Idempotent: quiet
# when everything is present; otherwise apt-get update once, then install.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3
  # libmicrohttpd and libpq: chosen for `serve` and the PostgreSQL backend (not built yet)
  libxml2-dev libjansson-dev libutf8proc-dev libsqlite3-dev libmicrohttpd-dev
  zlib1g-dev libzstd-dev libxxhash-dev libstemmer-dev libcmocka-dev libpq-dev
  iso-codes
)
# Extra packages for `make fuzz` / `make bench` (only when asked for).
case "${1:-}" in
  --fuzz)  packages+=(clang-14 libclang-rt-14-dev) ;;
  --bench) packages+=(python3-readability libboilerpipe-java default-jre-headless) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
