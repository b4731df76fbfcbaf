#!/usr/bin/env bash
# Mutation testing with dotnet-stryker (a local tool), one folder of src/JourneyKit at a time: too slow for every CI
# run on two cores. Writes the score, with the date, to docs/quality.md.
#   bash tools/mutation/run.sh Validation/Rules
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
folder="${1:?usage: run.sh <folder of src/JourneyKit, such as Validation/Rules>}"
out="$root/artifacts/mutation/${folder//\//-}"
cd "$root"
dotnet tool restore > /dev/null
rm -rf "$out"
# Run from the test project's folder: at the root, Stryker would take the solution and refuse a test project.
cd tests/JourneyKit.Tests
dotnet stryker --project JourneyKit.csproj --test-runner mtp --mutate "**/$folder/**/*.cs" \
  --reporter json --reporter progress --concurrency 2 --output "$out" >&2
report="$(find "$out" -name mutation-report.json | head -n 1)"
# Score as Stryker counts it: killed and timed-out mutants over all that were tested or survived.
read -r killed survived timeout nocov < <(python3 - "$report" <<'PY'
import json, sys
counts = {}
for f in json.load(open(sys.argv[1]))["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
print(counts.get("Killed", 0), counts.get("Survived", 0), counts.get("Timeout", 0), counts.get("NoCoverage", 0))
PY
)
detected=$((killed + timeout))
total=$((detected + survived + nocov))
score=$(awk -v d="$detected" -v t="$total" 'BEGIN { printf "%.1f", t ? 100 * d / t : 0 }')
line="| $folder | $score% | $killed killed, $timeout timed out, $survived survived, $nocov not covered | $(date -u +%Y-%m-%d) |"
quality="$root/docs/quality.md"
grep -v "^| $folder |" "$quality" > "$quality.tmp" || true
echo "$line" >> "$quality.tmp"
mv "$quality.tmp" "$quality"
echo "$line"
