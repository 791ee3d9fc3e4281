#!/usr/bin/env bash
# End-to-end tests of the web UI in headless Chromium (Debian's package, driven by Playwright; no browser download).
# Builds the UI, starts the platform on a free loopback port with a schema, queue prefix and vhost queues of its
# own against the test PostgreSQL and RabbitMQ (PERFEVAL_TEST_POSTGRES / PERFEVAL_TEST_RABBITMQ, from
# deploy/local/services.sh), runs the tests, stops the platform and drops the schema. Screenshots of each main page
# are kept in tests/PerfEval.E2E/artifacts/. Lints the tests first (npm run lint in tests/PerfEval.E2E). Bounded: the
# whole run stops after PERFEVAL_E2E_TIMEOUT seconds.
# An OpenID Connect authority of the tests' own (tests/PerfEval.TestAuthority, OpenIddict) runs on another free port;
# the platform accepts its tokens (Auth:Authority) beside dev tokens, and sign-in.spec.ts signs in through it. Its
# access tokens live PERFEVAL_E2E_TOKEN_SECONDS (30) seconds, so the tests see them renewed.
# Arguments go to `playwright test` (e.g. a spec file: bash tests/PerfEval.E2E/run.sh sign-in.spec.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
e2e="$root/tests/PerfEval.E2E"
log() { printf '[e2e] %s\n' "$*" >&2; }

: "${PERFEVAL_TEST_POSTGRES:?run deploy/local/services.sh first (it exports PERFEVAL_TEST_POSTGRES)}"
: "${PERFEVAL_TEST_RABBITMQ:?run deploy/local/services.sh first (it exports PERFEVAL_TEST_RABBITMQ)}"
command -v node >/dev/null 2>&1 || { log "node (>= 20) and npm are needed for the web UI and its tests: apt-get install nodejs npm"; exit 1; }

bash "$root/deploy/local/chromium.sh"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash "$root/deploy/local/web.sh"
if [ ! -f "$e2e/node_modules/.package-lock.json" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
  (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
# The tests' own lint (typescript-eslint, Playwright's rules: no fixed waits, web-first assertions); no warning allowed.
(cd "$e2e" && npm run lint --silent)

# A free loopback port, a schema and a queue prefix of this run's own.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
schema="e2e_$(node -e 'console.log(require("crypto").randomBytes(6).toString("hex"))')"
url="http://127.0.0.1:$port"
mkdir -p "$e2e/artifacts"
rm -f "$e2e"/artifacts/*.png
api_log="$e2e/artifacts/platform.log"

# psql arguments from the Npgsql connection string (Host=…;Port=…;Database=…;Username=…;Password=…).
pg() { local k=$1; tr ';' '\n' <<<"$PERFEVAL_TEST_POSTGRES" | sed -n "s/^$k=//Ip" | head -n 1; }
drop_schema() {
  PGPASSWORD="$(pg Password)" psql -q -h "$(pg Host)" -p "$(pg Port)" -U "$(pg Username)" -d "$(pg Database)" \
    -c "drop schema if exists $schema cascade; drop schema if exists ${schema}_hangfire cascade" >/dev/null 2>&1 \
    || log "could not drop schema $schema"
}

dotnet build src/PerfEval.Api -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build tests/PerfEval.TestAuthority -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
api_pid=""
authority_pid=""
stop() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$api_pid"
  stop "$authority_pid"
  drop_schema
}
trap cleanup EXIT

authority_port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
authority="http://127.0.0.1:$authority_port/"
authority_log="$e2e/artifacts/authority.log"
log "starting the OpenID Connect authority on $authority"
TestAuthority__ClientId=perfeval-web TestAuthority__Audience=perfeval-api \
TestAuthority__RedirectUris__0="$url/signin-callback" TestAuthority__PostLogoutRedirectUris__0="$url/signin" \
TestAuthority__AccessTokenSeconds="${PERFEVAL_E2E_TOKEN_SECONDS:-30}" \
  dotnet tests/PerfEval.TestAuthority/bin/Release/net10.0/PerfEval.TestAuthority.dll --urls "http://127.0.0.1:$authority_port" \
  >"$authority_log" 2>&1 &
authority_pid=$!
for _ in $(seq 1 60); do
  if curl -sf "${authority}.well-known/openid-configuration" >/dev/null 2>&1; then break; fi
  kill -0 "$authority_pid" 2>/dev/null || { log "the authority stopped; its log:"; tail -n 40 "$authority_log" >&2; exit 1; }
  sleep 1
done
curl -sf "${authority}.well-known/openid-configuration" >/dev/null \
  || { log "the authority was not ready within 60 s"; tail -n 40 "$authority_log" >&2; exit 1; }

log "starting the platform on $url (schema $schema)"
ConnectionStrings__Postgres="$PERFEVAL_TEST_POSTGRES" \
ConnectionStrings__RabbitMq="$PERFEVAL_TEST_RABBITMQ" \
PerfEval__Schema="$schema" PerfEval__QueuePrefix="${schema//_/-}" PerfEval__TemporaryQueues=true PerfEval__RunWorker=true \
Auth__DevTokens=true Auth__SigningKey="e2e-signing-key-$schema-0123456789abcdef" \
Auth__Authority="$authority" Auth__ClientId=perfeval-web Auth__RequireHttpsMetadata=false \
Jobs__QueuePollIntervalMilliseconds=500 Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Development \
  dotnet src/PerfEval.Api/bin/Release/net10.0/PerfEval.Api.dll --contentRoot "$root/src/PerfEval.Api" --urls "$url" \
  >"$api_log" 2>&1 &
api_pid=$!

for _ in $(seq 1 120); do
  if curl -sf "$url/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$api_pid" 2>/dev/null || { log "the platform stopped; its log:"; tail -n 40 "$api_log" >&2; exit 1; }
  sleep 1
done
curl -sf "$url/health/ready" >/dev/null || { log "the platform was not ready within 120 s"; tail -n 40 "$api_log" >&2; exit 1; }

status=0
(cd "$e2e" && PERFEVAL_E2E_URL="$url" PERFEVAL_E2E_AUTHORITY="$authority" \
  timeout "${PERFEVAL_E2E_TIMEOUT:-1080}" npx playwright test "$@") || status=$?

passed=$(grep -o 'tests="[0-9]*"' "$e2e/artifacts/junit.xml" 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
failed=$(grep -o 'failures="[0-9]*"' "$e2e/artifacts/junit.xml" 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
errors=$(grep -o 'errors="[0-9]*"' "$e2e/artifacts/junit.xml" 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
skipped=$(grep -o 'skipped="[0-9]*"' "$e2e/artifacts/junit.xml" 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
failed=$((failed + errors))
echo "Web UI end-to-end tests; screenshots, platform log and JUnit file in tests/PerfEval.E2E/artifacts"
echo "e2e: $((passed - failed - skipped)) passed, $failed failed"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "playwright exited with $status"; tail -n 40 "$api_log" >&2
fi
exit "$status"
