#!/usr/bin/env bash
# Installs the schema checker's npm packages (ajv 8) from the lock file, once.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/ajv || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
