#!/usr/bin/env bash
# Installs the Mermaid checker's npm packages (mermaid 11, jsdom) from the lock file, once.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/mermaid || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
