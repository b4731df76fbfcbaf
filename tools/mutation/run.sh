#!/usr/bin/env bash
# Mutation testing with dotnet-stryker (a local tool), one folder of src/JourneyKit at a time: too slow for every CI
# run on two cores. Writes the score, with the date, to docs/quality.md.
#   bash tools/mutation/run.sh Validation/Rules [more test folders...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
folder="${1:?usage: run.sh <folder of src/JourneyKit, such as Validation/Rules, or files such as 'Serialization/*.cs'> [more test folders]}"
shift
# A folder means every file below it; a pattern with * means just the files it names (the files at the top of a folder).
case "$folder" in
  *'*'*) pattern="$folder" ;;
  *) pattern="$folder/**/*.cs" ;;
esac
out="$root/artifacts/mutation/$(tr -c 'A-Za-z0-9.\n' - <<<"$folder")"
cd "$root"
dotnet tool restore > /dev/null
rm -rf "$out"
# Stryker's runner for Microsoft.Testing.Platform keeps one test host for all mutants, so a mutant in a static
# initializer (a "static mutant") runs every test. With the whole suite that takes hours on two cores, so the test
# project compiles only the tests that mirror the mutated folder (Validation/Rules -> Validation), plus any folders
# named after it.
tests="${folder%%\**}"; tests="${tests%/}"
while [ ! -d "tests/JourneyKit.Tests/$tests" ] && [ "$tests" != "${tests%/*}" ]; do tests="${tests%/*}"; done
# A folder no test folder mirrors (such as Presentation, tested through the folders that use it) takes the folders given.
if [ ! -d "tests/JourneyKit.Tests/$tests" ]; then
  [ $# -gt 0 ] || { echo "no test folder mirrors $folder: name the test folders that test it" >&2; exit 1; }
  tests=""
fi
for extra in "$@"; do
  [ -d "tests/JourneyKit.Tests/$extra" ] || { echo "no test folder $extra" >&2; exit 1; }
  tests="${tests:+$tests;}$extra"
done
export JourneyKitMutationTests="$tests"
# The fuzz tests read 20,000 documents per run; for every mutant a few hundred find what mutation testing can.
export JOURNEYKIT_FUZZ_ITERATIONS="${JOURNEYKIT_FUZZ_ITERATIONS:-300}"
# The streaming tests write and read maps of 100,000 steps, seconds per mutant; 10,000 steps check the same bounds.
export JOURNEYKIT_LARGE_STEPS="${JOURNEYKIT_LARGE_STEPS:-10000}"
# The checks with real npm tools and Chromium start a Node.js process per test: per mutant that is hours for Rendering
# and Serialization. They skip, with this reason, and the in-process assertions do the killing.
export JOURNEYKIT_SKIP_NODE_CHECKS="a Node.js process for every mutant would take hours"
# Run from the test project's folder: at the root, Stryker would take the solution and refuse a test project.
cd tests/JourneyKit.Tests
dotnet stryker --project JourneyKit.csproj --test-runner mtp --mutate "$pattern" \
  --reporter json --reporter html --reporter progress --concurrency "${STRYKER_CONCURRENCY:-2}" --output "$out" >&2
report="$(find "$out" -name mutation-report.json | head -n 1)"
# Stryker's score: killed and timed-out mutants over those tested, survived or not covered. The runner cannot switch a
# static mutant on after the test host started, so every one survives; the second score leaves them out.
python3 - "$report" "$folder" "${tests//;/, }" "$root/docs/quality.md" <<'PY'
import datetime, json, sys
report, folder, tests, quality = sys.argv[1:]
counted = ("Killed", "Timeout", "Survived", "NoCoverage")
def score(mutants):
    mutants = [m for m in mutants if m["status"] in counted]
    detected = sum(m["status"] in ("Killed", "Timeout") for m in mutants)
    return 100 * detected / len(mutants) if mutants else 0.0, detected, len(mutants)
mutants = [m for f in json.load(open(report))["files"].values() for m in f["mutants"]]
overall, detected, total = score(mutants)
dynamic, dynamic_detected, dynamic_total = score([m for m in mutants if not m.get("static")])
static = total - dynamic_total
line = (f"| {folder} | {overall:.1f}% | {dynamic:.1f}% | {detected} of {total} detected; {static} static;"
        f" {dynamic_detected} of {dynamic_total} others | {tests} | {datetime.date.today():%Y-%m-%d} |")
rows = [row for row in open(quality).read().splitlines() if not row.startswith(f"| {folder} |")]
at = max(i for i, row in enumerate(rows) if row.startswith("|")) + 1
rows.insert(at, line)
open(quality, "w").write("\n".join(rows) + "\n")
print(line)
PY
