#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium with CJK and emoji fonts when any is missing, and playwright-core
# from the lock file. Installing packages needs root or password-less sudo; without them the script says so and exits 3,
# and the browser tests are skipped with that reason.
set -euo pipefail
cd "$(dirname "$0")"
packages=(chromium fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
  [[ "$(dpkg-query -W -f='${Status}' "$package" 2> /dev/null || true)" == "install ok installed" ]] || missing+=("$package")
done
if (( ${#missing[@]} > 0 )); then
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    as_root=(sudo -n)
  else
    echo "the browser tests need ${missing[*]}, and installing Debian packages needs root or password-less sudo: run 'apt-get install ${missing[*]}' as root" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
