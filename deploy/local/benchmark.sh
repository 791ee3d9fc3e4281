#!/usr/bin/env bash
# Load benchmark on this machine, everything on loopback: PostgreSQL and RabbitMQ (deploy/local/services.sh), the
# platform (Release, API with the worker side in one process) on a free port against a fresh database and RabbitMQ
# virtual host of its own, a pgbench TPC-B baseline against the same PostgreSQL with the driver's client count, then
# the load driver's scenarios (tests/PerfEval.LoadDriver). Stops what it started. Figures: tests/PerfEval.LoadDriver/RESULTS.md.
#
# Settings (environment): BENCH_UNITS (16: concurrent units, and pgbench clients), BENCH_RATE (100 submissions/s),
# BENCH_USERS (200 readers), BENCH_SECONDS (20 per scenario), BENCH_PGBENCH_SECONDS (30), BENCH_SCENARIOS
# (import,create,submit,reads), BENCH_DRIVER_ARGS (more driver options), BENCH_LOG (the platform's log file).
set -euo pipefail
cd "$(dirname "$0")/../.."

UNITS="${BENCH_UNITS:-16}"
RATE="${BENCH_RATE:-100}"
USERS="${BENCH_USERS:-200}"
SECONDS_PER_SCENARIO="${BENCH_SECONDS:-20}"
PGBENCH_SECONDS="${BENCH_PGBENCH_SECONDS:-30}"
SCENARIOS="${BENCH_SCENARIOS:-import,create,submit,reads}"
BENCH_DB=perfeval_bench
PGBENCH_DB=perfeval_pgbench
BENCH_VHOST=perfeval_bench
LOG="${BENCH_LOG:-$(mktemp -t perfeval-bench.XXXXXX.log)}"

. deploy/local/services.sh

log() { printf '[benchmark] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
psql_admin() { as_root runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

# Fresh databases each run: list queries and index sizes depend on how much a previous run left behind.
for db in "$BENCH_DB" "$PGBENCH_DB"; do
  psql_admin -c "drop database if exists \"$db\" with (force)"
  psql_admin -c "create database \"$db\" owner \"$PG_USER\""
done
if ! as_root rabbitmqctl -q list_vhosts | grep -qx "$BENCH_VHOST"; then
  as_root rabbitmqctl -q add_vhost "$BENCH_VHOST" >/dev/null
fi
as_root rabbitmqctl -q set_permissions -p "$BENCH_VHOST" "$PG_USER" ".*" ".*" ".*" >/dev/null 2>&1 \
  || as_root rabbitmqctl -q set_permissions -p "$BENCH_VHOST" "$MQ_USER" ".*" ".*" ".*" >/dev/null

log "building (Release)"
dotnet build src/PerfEval.Api -c Release -v q -nologo >/dev/null
dotnet build tests/PerfEval.LoadDriver -c Release -v q -nologo >/dev/null

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
URL="http://127.0.0.1:$PORT"

api_pid=""
stop_api() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid"
    wait "$api_pid" 2>/dev/null || true
  fi
}
trap stop_api EXIT

log "starting the platform on $URL (log: $LOG)"
(
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=$BENCH_DB;Username=$PG_USER;Password=$PG_PASSWORD"
  export ConnectionStrings__RabbitMq="amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:5672/$BENCH_VHOST"
  export PerfEval__RunWorker=true
  export Auth__DevTokens=true
  export Auth__SigningKey="benchmark-signing-key-not-for-production-use"
  # One line per request on the console would measure the console; warnings and errors are still logged.
  export Serilog__MinimumLevel__Default=Warning
  export ASPNETCORE_ENVIRONMENT=Production
  exec dotnet src/PerfEval.Api/bin/Release/net10.0/PerfEval.Api.dll --urls "$URL"
) >"$LOG" 2>&1 &
api_pid=$!

for _ in $(seq 1 120); do
  if curl -sf "$URL/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then log "the platform exited; see $LOG"; tail -n 30 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -sf "$URL/health/ready" >/dev/null || { log "the platform was not ready within 120 s"; exit 1; }

log "pgbench TPC-B: scale $UNITS, $UNITS clients, ${PGBENCH_SECONDS}s"
export PGPASSWORD="$PG_PASSWORD"
pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -i -q -s "$UNITS" "$PGBENCH_DB" >/dev/null 2>&1
pgbench_out=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -c "$UNITS" -j 2 -T "$PGBENCH_SECONDS" -n "$PGBENCH_DB" 2>&1)
pgbench_tps=$(printf '%s\n' "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)
pgbench_latency=$(printf '%s\n' "$pgbench_out" | sed -n 's/^latency average = \(.*\)/\1/p')
log "pgbench: $pgbench_tps tps, latency average $pgbench_latency"

log "load driver: $SCENARIOS"
set +e
dotnet tests/PerfEval.LoadDriver/bin/Release/net10.0/PerfEval.LoadDriver.dll --url "$URL" --scenarios "$SCENARIOS" \
  --units "$UNITS" --rate "$RATE" --users "$USERS" \
  --import-seconds "$SECONDS_PER_SCENARIO" --create-seconds "$SECONDS_PER_SCENARIO" \
  --submit-seconds "$SECONDS_PER_SCENARIO" --read-seconds "$SECONDS_PER_SCENARIO" \
  --pgbench-tps "${pgbench_tps:-0}" ${BENCH_DRIVER_ARGS:-}
driver_status=$?
set -e

echo
echo "pgbench TPC-B baseline: $pgbench_tps tps ($UNITS clients, scale $UNITS, ${PGBENCH_SECONDS}s, latency average $pgbench_latency)"
echo "machine: $(nproc) cores shared by PostgreSQL, RabbitMQ, the platform and the driver; $(date -u '+%Y-%m-%d %H:%M UTC')"
warnings=$(grep -c -E '\[(WRN|ERR|FTL)\]' "$LOG" || true)
echo "platform log: $LOG ($warnings warning/error lines)"
exit "$driver_status"
