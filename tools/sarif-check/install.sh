#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool (npm, with its Linux build) from the lock file, once.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -x node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
