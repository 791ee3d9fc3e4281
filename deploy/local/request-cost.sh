#!/usr/bin/env bash
# The API's CPU per request for the forms list's first page (20 summaries) and for one form by id, on the database the
# load benchmark leaves behind (perfeval_bench, after `bash deploy/local/benchmark.sh` with its import scenario).
# Builds Release, starts the API alone (no worker) on 127.0.0.1:$COST_PORT, signs in as the unit with the most forms,
# warms it up with 3,000 requests of each kind, then sends COST_REQUESTS of each one after another over one
# connection, three rounds; prints the process's CPU milliseconds per request and the wall time per request.
# Usage: bash deploy/local/request-cost.sh        (settings: COST_REQUESTS=3000, COST_PORT=5391)
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS="${COST_REQUESTS:-3000}"
PORT="${COST_PORT:-5391}"
URL="http://127.0.0.1:$PORT"
BENCH_DB=perfeval_bench

. deploy/local/services.sh >/dev/null
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sql() { as_root runuser -u postgres -- psql -p "$PG_PORT" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qtA -F ' ' -c "$1"; }
if ! sql "select 1 from perfeval.mt_doc_evaluation limit 1" | grep -q 1; then
  echo "no forms in $BENCH_DB: run BENCH_SCENARIOS=import bash deploy/local/benchmark.sh first" >&2
  exit 1
fi

dotnet build src/PerfEval.Api -c Release -v q -nologo >/dev/null
work=$(mktemp -d)
(
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=$BENCH_DB;Username=$PG_USER;Password=$PG_PASSWORD;SSL Mode=Disable"
  export ConnectionStrings__RabbitMq="amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:5672/perfeval_bench"
  export PerfEval__RunWorker=false
  export Auth__DevTokens=true
  export Auth__SigningKey="benchmark-signing-key-not-for-production-use"
  export Serilog__MinimumLevel__Default=Warning
  export ASPNETCORE_ENVIRONMENT=Production
  exec dotnet src/PerfEval.Api/bin/Release/net10.0/PerfEval.Api.dll --urls "$URL"
) >"$work/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  if curl -sf "$URL/health/live" >/dev/null; then break; fi
  if ! kill -0 "$api" 2>/dev/null; then echo "the API exited:" >&2; tail -n 20 "$work/api.log" >&2; exit 1; fi
  sleep 1
done

read -r unit department <<<"$(sql "select unit_id, department_id from perfeval.mt_doc_evaluation group by 1, 2 order by count(*) desc limit 1")"
id=$(sql "select id from perfeval.mt_doc_evaluation where unit_id = '$unit' limit 1")
forms=$(sql "select count(*) from perfeval.mt_doc_evaluation where unit_id = '$unit'")
token=$(curl -sf -X POST "$URL/api/auth/dev-token" -H 'content-type: application/json' \
  -d "{\"userId\":\"cost-user\",\"name\":\"cost\",\"roles\":[\"unit\"],\"unitId\":\"$unit\",\"departmentIds\":[\"$department\"]}" |
  sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

requests() { for _ in $(seq 1 "$3"); do printf 'url = "%s"\noutput = /dev/null\n' "$1"; done >"$work/$2.cfg"; }
requests "$URL/api/evaluations?pageSize=20" list "$REQUESTS"
requests "$URL/api/evaluations/$id" byid "$REQUESTS"
# The runtime compiles hot code again, optimized, after some thousand calls: the rounds measure that code.
requests "$URL/api/evaluations?pageSize=20" warm-list 3000
requests "$URL/api/evaluations/$id" warm-byid 3000
send() { curl -s -H "Authorization: Bearer $token" -K "$work/$1.cfg"; }
ticks() { awk '{print $14 + $15}' "/proc/$api/stat"; }
hz=$(getconf CLK_TCK)

send warm-list; send warm-byid
echo "unit $unit ($forms forms); $REQUESTS requests each, one after another"
echo "| round | request | API CPU ms per request | wall ms per request |"
echo "|---:|---|---:|---:|"
for round in 1 2 3; do
  for kind in list byid; do
    t0=$(ticks); s=$(date +%s%N)
    send "$kind"
    t1=$(ticks); e=$(date +%s%N)
    awk -v r="$round" -v k="$kind" -v t="$((t1 - t0))" -v hz="$hz" -v n="$REQUESTS" -v ns="$((e - s))" \
      'BEGIN { printf "| %d | %s | %.3f | %.3f |\n", r, (k == "list" ? "list page of 20" : "form by id"), t * 1000 / hz / n, ns / 1e6 / n }'
  done
done
