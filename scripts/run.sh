#!/usr/bin/env bash
# The run command: local services up, then the Server on http://localhost:7071 with every route under /api.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
eval "$(scripts/services.sh start)"

# A development signing key per checkout (git-ignored), so locally minted tokens stay valid across restarts.
if [ ! -s .local/dev-signing-key ]; then
  head -c 32 /dev/urandom | base64 > .local/dev-signing-key
fi
export Auth__DevelopmentSigningKey="$(cat .local/dev-signing-key)"

# The demo tenant acme, generated once (seed-demo does nothing when it is already seeded; --force regenerates).
dotnet run --project src/Attribution.Server -c "${CONFIGURATION:-Debug}" -- seed-demo

echo "run: building and starting the Server on http://localhost:7071 (Ctrl+C stops it; scripts/services.sh stop stops the services)" >&2
exec dotnet run --project src/Attribution.Server -c "${CONFIGURATION:-Debug}"
