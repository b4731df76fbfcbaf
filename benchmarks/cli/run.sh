#!/usr/bin/env bash
# Times process runs of `journeykit validate` and `journeykit diff` on a map of 150 steps: the Native AOT binary against
# the .NET tool installed from its package, the median of 21 runs each, one after the other. Writes
# benchmarks/results/cli-startup.md. Not run by CI.
#   bash benchmarks/cli/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "publishing the Native AOT binary and packing the tool..." >&2
dotnet publish src/JourneyKit.Cli/JourneyKit.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo -v q > /dev/null
dotnet pack src/JourneyKit.Cli/JourneyKit.Cli.csproj -c Release -o "$work/packages" -nologo -v q > /dev/null
package="$(ls "$work"/packages/JourneyKit.Cli.*.nupkg | grep -v '\.snupkg$')"
version="$(basename "$package" .nupkg)"; version="${version#JourneyKit.Cli.}"
cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/packages" /></packageSources></configuration>
XML
dotnet tool install JourneyKit.Cli --tool-path "$work/tool" --version "$version" --configfile "$work/nuget.config" > /dev/null
node benchmarks/cli/make-map.mjs "$work"
"$work/aot/JourneyKit.Cli" validate "$work/map-150.json" --today 2026-11-22 > /dev/null

# Milliseconds of each of 21 runs, then their median.
median() {
  local times=()
  for _ in $(seq 21); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null || [[ $? -le 1 ]]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 11p | awk '{printf "%.1f", $1 / 1000}'
}

cd "$work"
declare -A result
for command in validate diff; do
  if [[ $command == validate ]]; then args=(validate map-150.json --today 2026-11-22); else args=(diff map-150.json map-150-revised.json); fi
  result[$command-aot]=$(median "$work/aot/JourneyKit.Cli" "${args[@]}")
  result[$command-tool]=$(median "$work/tool/journeykit" "${args[@]}")
done

report="$root/benchmarks/results/cli-startup.md"
{
  echo "# journeykit: Native AOT binary against the .NET tool"
  echo
  echo "Process runs on a map of 150 steps (10 stages of 15; \`benchmarks/cli/make-map.mjs\`), median of 21 runs each, one"
  echo "after the other, measured by \`bash benchmarks/cli/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), .NET $(dotnet --version))."
  echo
  echo "| command | Native AOT | .NET tool | ratio |"
  echo "|---|---:|---:|---:|"
  for command in validate diff; do
    aot=${result[$command-aot]}; jit=${result[$command-tool]}
    echo "| \`journeykit $command\` | $aot ms | $jit ms | $(awk -v a="$aot" -v j="$jit" 'BEGIN { printf "%.3f", a / j }') |"
  done
  echo
  echo "The bar: the AOT binary at most 0.1x the tool's time, and under 50 ms for the 150-step map."
} > "$report"
cat "$report"
