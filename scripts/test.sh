#!/usr/bin/env bash
# The test command: local services up, npm tools installed, build, every test, and a last line
#   tests: N passed, N failed, N skipped
# Exit code 0 only when the build succeeded and no test failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RESULTS=.local/test-results

summary() { echo "tests: $1 passed, $2 failed, $3 skipped"; }

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test: installing npm tools (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2 || { echo "test: npm ci failed" >&2; summary 0 1 0; exit 1; }
fi

if ! services_env=$(scripts/services.sh start); then
  echo "test: local services did not start (see .local/logs)" >&2
  summary 0 1 0
  exit 1
fi
eval "$services_env"

if ! scripts/build.sh; then
  echo "test: build failed" >&2
  summary 0 1 0
  exit 1
fi

rm -rf "$RESULTS"
dotnet test "$(cat .local/build-target)" --no-build --nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS"
status=$?

# dotnet test prints per-assembly totals only: add up the TRX counters of every test assembly.
passed=0 failed=0 skipped=0 files=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -oE " $1=\"[0-9]+\"" | grep -oE '[0-9]+' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

target=$(cat .local/build-target)
expected=$(grep -oE '[A-Za-z.]+\.Tests\.csproj' "$target" | sort -u | wc -l)
if [ "$files" -ne "$expected" ]; then
  echo "test: $files test result files for $expected test projects" >&2
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test: dotnet test exited with $status" >&2
  failed=1
fi
summary "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]
