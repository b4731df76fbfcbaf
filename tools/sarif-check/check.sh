#!/usr/bin/env bash
# Validates a SARIF file with Microsoft's SARIF multitool against the SARIF 2.1.0 schema and its rules, and prints the
# results at level error or warning, one per line; the exit code is 1 when there is any.
#   bash tools/sarif-check/check.sh findings.sarif
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install.sh"
tool="$here/node_modules/@microsoft/sarif-multitool-linux"
input="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
report="$(mktemp --suffix=.sarif)"
trap 'rm -f "$report"' EXIT
"$tool/Sarif.Multitool" validate "$input" --json-schema "$tool/sarif-2.1.0.json" --level "Error;Warning" --output "$report" --log ForceOverwrite --quiet > /dev/null
node -e '
const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].results ?? [];
const bad = results.filter(r => r.level === "error" || r.level === "warning");
for (const r of bad) console.log(`${r.level} ${r.ruleId}: ${JSON.stringify(r.message.arguments ?? r.message.text)}`);
process.exit(bad.length === 0 ? 0 : 1);
' "$report"
