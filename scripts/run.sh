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

# A ready-to-paste request for the demo tenant 'acme' (the demo data seeds it), with a development token (read, write).
acme_status=0
acme_token=$(dotnet run --project src/Attribution.Server -c "${CONFIGURATION:-Debug}" --no-build -- dev-token --tenant acme --roles read,write 2>/dev/null) || acme_status=$?
if [ "$acme_status" -eq 0 ]; then
  echo "run: a development token for tenant acme (read, write):" >&2
  echo "export TOKEN=$acme_token" >&2
  echo "run: try  curl -X POST -H \"Authorization: Bearer \$TOKEN\" -H 'Content-Type: application/json' -d '[]' http://localhost:7071/api/admin/attribution/ingest/spend" >&2
elif [ "$acme_status" -eq 2 ]; then
  echo "run: no tenant 'acme' yet, so no sample token (later: dotnet run --project src/Attribution.Server -- dev-token --tenant <slug> --roles read,write)" >&2
else
  echo "run: no sample token (dev-token exited $acme_status; run it by hand to see why)" >&2
fi

echo "run: starting the Server on http://localhost:7071 (Ctrl+C stops it; scripts/services.sh stop stops the services)" >&2
exec dotnet run --project src/Attribution.Server -c "${CONFIGURATION:-Debug}" --no-build
