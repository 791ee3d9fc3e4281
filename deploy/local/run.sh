#!/usr/bin/env bash
# Runs the platform locally: PostgreSQL and RabbitMQ on loopback (installed and started when needed), then the API
# with the worker side (async daemon, consumers, jobs) in the same process on http://127.0.0.1:5080, dev tokens on.
# The web UI is built first (deploy/local/web.sh; needs node >= 20) and served by the API at the same address;
# where it cannot be built (no node, say) the platform still starts and the UI's pages answer "the web UI is not
# built". PERFEVAL_SKIP_WEB=1 skips that step.
set -euo pipefail
cd "$(dirname "$0")/../.."

. deploy/local/services.sh

if [ "${PERFEVAL_SKIP_WEB:-0}" != 1 ]; then
  bash deploy/local/web.sh || echo "[run] The web UI could not be built (see above): starting the API without it." >&2
fi

export ConnectionStrings__Postgres="$PERFEVAL_POSTGRES"
export ConnectionStrings__RabbitMq="$PERFEVAL_RABBITMQ"
export PerfEval__RunWorker=true
export Auth__DevTokens=true
export Auth__SigningKey="${PERFEVAL_DEV_SIGNING_KEY:-local-development-signing-key-not-for-production}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
URL="${PERFEVAL_URL:-http://127.0.0.1:5080}"

cat >&2 <<EOT

PerfEval Platform is starting on $URL
  Web UI:         $URL/              (sign in as a demo user: development only)
  API reference:  $URL/docs        (OpenAPI document: $URL/openapi/v1.json)
  Health:         $URL/health/ready
  A dev token (development only):
    curl -s -X POST $URL/api/auth/dev-token -H 'Content-Type: application/json' \\
      -d '{"userId":"u1","name":"Unit user","roles":["unit"],"unitId":"unit-1","departmentIds":["dept-1"]}'
  Stop with Ctrl+C.

EOT
exec dotnet run --project src/PerfEval.Api -c Release -- --urls "$URL"
