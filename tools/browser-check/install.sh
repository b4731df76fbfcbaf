#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (with CJK fonts) when it is missing, and playwright-core from the
# lock file. Installing chromium needs root or sudo; without them the script says so and exits 3, and the tests are skipped
# with that reason.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium > /dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    as_root=(sudo -n)
  else
    echo "chromium is not installed, and installing it needs root or password-less sudo: run 'apt-get install chromium fonts-noto-cjk' as root" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-dejavu-core > /dev/null
fi
if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
