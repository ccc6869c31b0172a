#!/usr/bin/env bash
# Restores and builds everything that can be restored here, with warnings as errors.
# The Azure Functions host is restored first: when its worker packages are not on the configured NuGet
# feed, one line says so and the rest of the solution (AttributionFunctions.Local.slnf) is built.
# Prints nothing else on success but dotnet's own summary; writes the built target to .local/build-target.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mkdir -p .local/logs
CONFIGURATION="${CONFIGURATION:-Debug}"
LOG=.local/logs/functions-restore.log

if dotnet restore tests/Attribution.Functions.Tests/Attribution.Functions.Tests.csproj --nologo >"$LOG" 2>&1; then
  TARGET=AttributionFunctions.sln
else
  missing=$(grep -oE "Unable to find package [A-Za-z0-9.]+" "$LOG" | awk '{sub(/\.$/, "", $5); print $5}' | sort -u | paste -sd, - || true)
  echo "build: Azure Functions host skipped: its packages (${missing:-see $LOG}) cannot be restored from the configured NuGet feed; building and testing everything else."
  TARGET=AttributionFunctions.Local.slnf
fi

dotnet build "$TARGET" -c "$CONFIGURATION" --nologo -clp:"Summary;ErrorsOnly"
echo "$TARGET" > .local/build-target
