#!/usr/bin/env bash
# Installs the Markdown checker's npm packages (micromark with GitHub-flavoured Markdown) from the lock file, once.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/micromark-extension-gfm || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
