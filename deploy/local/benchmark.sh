#!/usr/bin/env bash
# Load benchmark on this machine, everything on loopback: PostgreSQL and RabbitMQ (deploy/local/services.sh), the
# platform (Release, API with the worker side in one process) on a free port against a fresh database and RabbitMQ
# virtual host of its own, a pgbench TPC-B baseline against the same PostgreSQL with the driver's client count, then
# the load driver's scenarios (tests/PerfEval.LoadDriver). Stops what it started. Figures: docs/performance.md#load-driver.
#
# Settings (environment): BENCH_UNITS (16: concurrent units, and pgbench clients), BENCH_RATE (100 submissions/s),
# BENCH_USERS (200 readers), BENCH_SECONDS (20 per scenario), BENCH_PGBENCH_SECONDS (30), BENCH_SCENARIOS
# (import,create,submit,reads,browse,capacity: reads has no think time, browse pauses BENCH_THINK_MS, 1000, after each
# answer; capacity steps the submission rate up, BENCH_CAPACITY_FROM 25 by BENCH_CAPACITY_STEP 25, BENCH_SECONDS
# each, until a step's submit → task visible p95 passes 250 ms; idle, not in the default list, leaves the platform
# unused for BENCH_SECONDS and prints what it spends a second all the same), BENCH_PG_SSL (prefer: what Npgsql and libpq do by default; disable: plain TCP, for both the platform and
# pgbench), BENCH_PG_OPTIONS (appended to the platform's connection string, e.g.
# ";Max Pool Size=50"), BENCH_DRIVER_ARGS (more driver options), BENCH_LOG (the platform's log file).
set -euo pipefail
cd "$(dirname "$0")/../.."

UNITS="${BENCH_UNITS:-16}"
RATE="${BENCH_RATE:-100}"
USERS="${BENCH_USERS:-200}"
SECONDS_PER_SCENARIO="${BENCH_SECONDS:-20}"
PGBENCH_SECONDS="${BENCH_PGBENCH_SECONDS:-30}"
SCENARIOS="${BENCH_SCENARIOS:-import,create,submit,reads,browse,capacity}"
BENCH_DB=perfeval_bench
PGBENCH_DB=perfeval_pgbench
BENCH_VHOST=perfeval_bench
PG_SSL="${BENCH_PG_SSL:-prefer}"
LOG="${BENCH_LOG:-$(mktemp -t perfeval-bench.XXXXXX.log)}"

. deploy/local/services.sh
. deploy/local/measured-platform.sh

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
trap 'stop_api; [ -z "${sampler_pid:-}" ] || kill "$sampler_pid" 2>/dev/null || true
  pkill -f "${DB_SAMPLER_SQL:-perfeval-bench-db-sampler}" 2>/dev/null || true' EXIT

log "starting the platform on $URL (log: $LOG)"
start_measured_platform "$URL" "$BENCH_DB" "$BENCH_VHOST" "$PG_SSL" true "$LOG" "${BENCH_PG_OPTIONS:-}"
api_pid=$platform_pid

for _ in $(seq 1 120); do
  if curl -sf "$URL/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then log "the platform exited; see $LOG"; tail -n 30 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -sf "$URL/health/ready" >/dev/null || { log "the platform was not ready within 120 s"; exit 1; }

# CPU seconds used so far by the platform, and by PostgreSQL: the cost of each scenario per form or request, which
# holds up better than wall-clock figures when others share the machine. PostgreSQL's is every one of its processes'
# own time plus what the processes it has reaped used (the postmaster's children's time): a backend whose connection
# closed during a scenario still counts, and the figure never goes back.
HZ=$(getconf CLK_TCK)
api_cpu() { awk -v hz="$HZ" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$api_pid/stat" 2>/dev/null || echo 0; }
pg_cpu() {
  awk -v hz="$HZ" '
    BEGIN {
      for (i = 1; i < ARGC; i++) {
        if ((getline line < ARGV[i]) <= 0) continue
        close(ARGV[i]); n = split(line, f, " ")
        if (f[2] == "(postgres)") s += (f[n - 38] + f[n - 37] + f[n - 36] + f[n - 35]) / hz
      }
      printf "%.2f", s
    }' /proc/[0-9]*/stat 2>/dev/null || echo 0
}

log "pgbench TPC-B: scale $UNITS, $UNITS clients, ${PGBENCH_SECONDS}s"
export PGPASSWORD="$PG_PASSWORD" PGSSLMODE="$PG_SSL"
pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -i -q -s "$UNITS" "$PGBENCH_DB" >/dev/null 2>&1
pgbench_out=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -c "$UNITS" -j 2 -T "$PGBENCH_SECONDS" -n "$PGBENCH_DB" 2>&1)
pgbench_tps=$(printf '%s\n' "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)
pgbench_latency=$(printf '%s\n' "$pgbench_out" | sed -n 's/^latency average = \(.*\)/\1/p')
log "pgbench: $pgbench_tps tps, latency average $pgbench_latency"

driver_status=0
submit_out=""
rows=""
goals=""
costs=""
# Events the async daemon has yet to process (the bus forwarder and the yearly facts): each scenario starts once the
# previous one's events are through, so a scenario is not measured behind another's backlog.
daemon_backlog() {
  as_root runuser -u postgres -- psql -p "$PG_PORT" -d "$BENCH_DB" -qtA -c "
    select coalesce((select max(seq_id) from perfeval.mt_events), 0)
         - coalesce((select min(last_seq_id) from perfeval.mt_event_progression
                     where name in ('bus-forwarder:All', 'YearlyFormFacts:All')), 0)" 2>/dev/null || echo 0
}
# Messages in the bench virtual host's queues, ready or being consumed: the intake's and the notifications' backlog.
queue_backlog() {
  as_root rabbitmqctl -q list_queues -p "$BENCH_VHOST" messages 2>/dev/null | awk '$1 ~ /^[0-9]+$/ { n += $1 } END { print n + 0 }'
}
# Each scenario starts once the previous one's work is done: the daemon's events processed and the consumers' queues
# empty (an overloaded submit scenario leaves a backlog that would otherwise run during the next one).
wait_for_daemon() {
  local start=$SECONDS backlog queued
  backlog=$(daemon_backlog); queued=$(queue_backlog)
  while { [ "${backlog:-0}" -gt 0 ] || [ "${queued:-0}" -gt 0 ]; } && [ $((SECONDS - start)) -lt 300 ]; do
    sleep 1
    backlog=$(daemon_backlog); queued=$(queue_backlog)
  done
  [ $((SECONDS - start)) -eq 0 ] ||
    log "the daemon and the consumers caught up in $((SECONDS - start)) s (events behind: ${backlog:-0}, queued messages: ${queued:-0})"
}

# Samples once a second while the submit and capacity scenarios run, into two files. SAMPLES: time and CPU seconds so
# far of the platform, of every PostgreSQL process (its backends and its writers alike), of the whole machine (every
# process: the platform, PostgreSQL, RabbitMQ, the driver), of RabbitMQ's broker and of the load driver (the probe:
# what it spends is in the machine's figure, but is not the platform's work). DB_SAMPLES: time, the database's commits
# (xact_commit: every transaction, reads included) and the cluster's next transaction id (ids are handed out only to
# transactions that write, so its growth counts the writing ones; any database's, so the figure assumes the benchmark
# is the only writer; the sample's own query takes one id a second). The driver prints when its measured submissions
# began and when their reviews ended; the samples nearest to those two times give the cost of one submission with its
# review (submit, intake, claim, approve and everything around them). Kept light, since it runs on the cores it
# measures: one awk a second (and a pgrep until the driver is found), and one psql session for the whole scenario.
SAMPLES=$(mktemp -t perfeval-bench-samples.XXXXXX)
DB_SAMPLES=$(mktemp -t perfeval-bench-db-samples.XXXXXX)
sample_costs() {
  local driver=""
  while :; do
    # The driver's process is looked for until found, and again once it has ended.
    [ -n "$driver" ] && [ -e "/proc/$driver" ] || driver=$(pgrep -f PerfEval.LoadDriver.dll | head -n 1 || true)
    # A process may end between the listing and the reading: its file is skipped (getline < 0), not fatal.
    awk -v hz="$HZ" -v api="$api_pid" -v driver="$driver" -v now="$EPOCHREALTIME" '
      BEGIN {
        if ((getline line < "/proc/stat") > 0) { split(line, f, " "); machine = (f[2] + f[3] + f[4] + f[7] + f[8] + f[9]) / hz }
        for (i = 1; i < ARGC; i++) {
          if ((getline line < ARGV[i]) <= 0) continue
          close(ARGV[i]); n = split(line, f, " "); cpu = (f[n - 38] + f[n - 37]) / hz
          if (f[1] == api) platform = cpu
          if (driver != "" && f[1] == driver) probe = cpu
          if (f[2] == "(beam.smp)") broker += cpu
          # With the time of the processes it has reaped (see pg_cpu).
          if (f[2] == "(postgres)") postgres += cpu + (f[n - 36] + f[n - 35]) / hz
        }
        # "-" while no driver runs (before it starts, after it ends): cost_between takes the nearest sample that has it.
        printf "%s %.2f %.2f %.2f %.2f %s\n", now, platform, postgres, machine, broker, (probe == "" ? "-" : sprintf("%.2f", probe))
      }' /proc/[0-9]*/stat >>"$SAMPLES" || true
    sleep 1
  done
}
DB_SAMPLER_SQL=$(mktemp -t perfeval-bench-db-sampler.XXXXXX)
chmod 644 "$DB_SAMPLER_SQL"
cat >"$DB_SAMPLER_SQL" <<SQL
select extract(epoch from clock_timestamp())::numeric(20, 3), xact_commit, pg_current_xact_id()::text
from pg_stat_database where datname = '$BENCH_DB' \\watch 1
SQL
sample_db() {
  # One session for the whole scenario; its script's name (in its command line) is how pkill -f finds it.
  as_root runuser -u postgres -- psql -p "$PG_PORT" -qtA -F ' ' -f "$DB_SAMPLER_SQL" >>"$DB_SAMPLES" 2>/dev/null
}
stop_db_sampler() {
  pkill -f "$DB_SAMPLER_SQL" 2>/dev/null || true
  [ -z "${db_sampler_pid:-}" ] || wait "$db_sampler_pid" 2>/dev/null || true
}
sampler_pid=""
db_sampler_pid=""
per_submission=""
capacity_rows=""
capacity_commits=""
# The cost between two times (ISO 8601) for n submissions, from the samples: platform, PostgreSQL and machine CPU ms,
# commits per submission and writing transactions per submission, RabbitMQ's and the driver's CPU ms, as table cells.
# The samples nearest to the two times are taken.
cost_between() {
  local from until
  from=$(date -d "$1" +%s.%N 2>/dev/null || echo 0)
  until=$(date -d "$2" +%s.%N 2>/dev/null || echo 0)
  awk -v from="$from" -v until="$until" -v n="${3:-0}" '
    function nearest(t, file, col,   i, best, d, bd) { bd = -1
      for (i = 1; i <= rows[file]; i++) {
        if (v[file, i, col] == "-") continue
        d = (at[file, i] > t) ? at[file, i] - t : t - at[file, i]; if (bd < 0 || d < bd) { bd = d; best = i } }
      return v[file, best, col] }
    function spent(file, col) { return nearest(until, file, col) - nearest(from, file, col) }
    FNR == 1 { file++ }
    { r = ++rows[file]; at[file, r] = $1; for (c = 2; c <= NF; c++) v[file, r, c] = $c }
    END { if (rows[1] == 0 || rows[2] == 0 || n == 0) exit
      printf "%.1f | %.2f | %.2f | %.2f | %.1f | %.1f | %.2f | %.2f", until - from,
        spent(1, 2) * 1000 / n, spent(1, 3) * 1000 / n, spent(1, 4) * 1000 / n, spent(2, 2) / n, spent(2, 3) / n,
        spent(1, 5) * 1000 / n, spent(1, 6) * 1000 / n }' \
    "$SAMPLES" "$DB_SAMPLES"
}

machine_cpu() { awk -v hz="$HZ" 'NR == 1 { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; }
db_commits() {
  as_root runuser -u postgres -- psql -p "$PG_PORT" -qtA -c "select xact_commit from pg_stat_database where datname = '$BENCH_DB'"
}
# The idle scenario: nobody uses the platform for BENCH_SECONDS; what the platform, PostgreSQL and the machine spend
# each second all the same (the daemon's polls, the job server's, the message bus's heartbeats) is the floor under
# every figure per submission. Prints one line, from the platform's and PostgreSQL's CPU at the start ($1, $2); the
# commits leave out the one of the reading before the pause.
run_idle() {
  local machine_before commits_before
  machine_before=$(machine_cpu); commits_before=$(db_commits)
  sleep "$SECONDS_PER_SCENARIO"
  awk -v s="$SECONDS_PER_SCENARIO" -v a0="$1" -v a1="$(api_cpu)" -v d0="$2" -v d1="$(pg_cpu)" \
    -v m0="$machine_before" -v m1="$(machine_cpu)" -v c0="$commits_before" -v c1="$(db_commits)" 'BEGIN {
    printf "- idle for %d s, per second: platform %.1f ms, PostgreSQL %.1f ms, machine %.1f ms of CPU; %.1f commits\n",
      s, (a1 - a0) * 1000 / s, (d1 - d0) * 1000 / s, (m1 - m0) * 1000 / s, (c1 - c0 - 1) / s }'
}

for scenario in ${SCENARIOS//,/ }; do
  wait_for_daemon
  log "load driver: $scenario"
  api_before=$(api_cpu); db_before=$(pg_cpu)
  if [ "$scenario" = submit ] || [ "$scenario" = capacity ]; then
    : >"$SAMPLES"; : >"$DB_SAMPLES"
    sample_costs & sampler_pid=$!
    sample_db & db_sampler_pid=$!
  fi
  if [ "$scenario" = idle ]; then
    out=$(run_idle "$api_before" "$db_before")
  else
    set +e
    out=$(dotnet tests/PerfEval.LoadDriver/bin/Release/net10.0/PerfEval.LoadDriver.dll --url "$URL" --scenarios "$scenario" \
      --units "$UNITS" --rate "$RATE" --users "$USERS" \
      --import-seconds "$SECONDS_PER_SCENARIO" --create-seconds "$SECONDS_PER_SCENARIO" \
      --submit-seconds "$SECONDS_PER_SCENARIO" --read-seconds "$SECONDS_PER_SCENARIO" \
      --capacity-from "${BENCH_CAPACITY_FROM:-25}" --capacity-step "${BENCH_CAPACITY_STEP:-25}" \
      --capacity-seconds "$SECONDS_PER_SCENARIO" \
      --think-ms "${BENCH_THINK_MS:-1000}" --pgbench-tps "${pgbench_tps:-0}" ${BENCH_DRIVER_ARGS:-} 2>&1)
    status=$?
    set -e
    [ "$status" -eq 0 ] || driver_status=$status
  fi
  printf '%s\n' "$out" >&2
  if [ "$scenario" = submit ] || [ "$scenario" = capacity ]; then
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    stop_db_sampler
  fi
  if [ "$scenario" = submit ]; then
    submit_out=$out
    from=$(sed -n 's/^measured submissions from //p' <<<"$out" | tail -n 1)
    until=$(sed -n 's/^measured submissions until //p' <<<"$out" | tail -n 1)
    submitted=$(sed -n 's/^submit done: \([0-9]*\) submitted.*/\1/p' <<<"$out" | tail -n 1)
    cost=$(cost_between "$from" "$until" "$submitted")
    [ -z "$cost" ] || per_submission="| ${submitted} | $cost |"
  fi
  if [ "$scenario" = capacity ]; then
    # One row per step: the driver's latency with the step's cost per submission from the samples.
    while read -r line; do
      declare -A f=()
      for kv in ${line#capacity step: }; do f[${kv%%=*}]=${kv#*=}; done
      cost=$(cost_between "${f[from]}" "${f[until]}" "${f[submitted]}")
      capacity_rows+="| ${f[rate]} | ${f[submitted]} | ${f[p50]} | ${f[p95]} | ${f[missing]} | ${f[held]} | ${cost:-} |"$'\n'
      # The aim is reckoned with the commits of the last step that held (the capacity's own).
      [ "${f[held]}" != yes ] || capacity_commits=$(awk -F' [|] ' '{ print $5 }' <<<"$cost")
      unset f
    done < <(grep '^capacity step: ' <<<"$out")
  fi
  api_after=$(api_cpu); db_after=$(pg_cpu)
  # The capacity scenario has no latency rows of its own (its steps are printed apart).
  rows+=$(printf '%s\n' "$out" | grep '^| ' | grep -v '^| operation' || true)$'\n'
  goals+=$(printf '%s\n' "$out" | grep '^- ' || true)$'\n'
  costs+="| $scenario | $(awk -v a="$api_before" -v b="$api_after" 'BEGIN{printf "%.1f", b-a}') | $(awk -v a="$db_before" -v b="$db_after" 'BEGIN{printf "%.1f", b-a}') |"$'\n'
done

if [ -n "${rows//$'\n'/}" ]; then
  echo
  echo "| operation | requests | errors | req/s | forms/s | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows"
fi
echo
printf '%s' "$goals"
echo
echo "CPU seconds used during each scenario (the driver's own CPU is not counted):"
echo "| scenario | platform process | PostgreSQL (all its processes) |"
echo "|---|---:|---:|"
printf '%s' "$costs"
if [ -n "$per_submission" ]; then
  echo
  echo "Per measured submission with its review (from the driver's first measured submit to the end of its reviews):"
  echo "| submissions | seconds | platform CPU ms | PostgreSQL CPU ms (all its processes) | machine CPU ms | commits | of which wrote | RabbitMQ CPU ms | the driver's CPU ms |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "$per_submission"
fi
if [ -n "$capacity_rows" ]; then
  echo
  echo "Capacity: submission rate stepped up until submit → task visible p95 passed 250 ms (reviewers claiming and approving; cost per submission with its review):"
  echo "| rate /s | submitted | p50 ms | p95 ms | missing | held | seconds | platform CPU ms | PostgreSQL CPU ms | machine CPU ms | commits | of which wrote | RabbitMQ CPU ms | the driver's CPU ms |"
  echo "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$capacity_rows"
  capacity=$(sed -n 's/^- capacity: \([0-9]*\) submissions.*/\1/p' <<<"$goals" | tail -n 1)
  if [ -n "$capacity_commits" ] && [ -n "${pgbench_tps:-}" ]; then
    # The aim: half of what pgbench's transactions a second would allow at this many commits per submission.
    awk -v c="${capacity:-0}" -v tps="$pgbench_tps" -v k="$capacity_commits" 'BEGIN {
      aim = 0.5 * tps / k
      printf "- capacity %d submissions/s against the aim of 50 %% of pgbench TPC-B ÷ commits per submission = 0.5 × %.0f ÷ %.1f = %.1f submissions/s — %s\n",
        c, tps, k, aim, (c >= aim ? "met" : "NOT met") }'
  fi
fi
# Submit → task visible by stage, from what the store recorded: the submission's append (event timestamp, the API's
# transaction), the forwarder's send (the message's SentTime), the intake batch's start and the task's append (the
# intake's transaction). The driver's poll adds the last stage (task committed → listed in a reviewer's queue).
if [[ ",$SCENARIOS," == *",submit,"* ]]; then
  echo
  echo "Submit → task committed, by stage (ms; from event timestamps and the intake's message-sent-at / intake-started-at headers):"
  echo "| stage | count | p50 | p95 | p99 | max |"
  echo "|---|---:|---:|---:|---:|---:|"
  # Only the measured submissions: the driver's warm-up submits first, at a quarter of the rate.
  measured_from=$(sed -n 's/^measured submissions from //p' <<<"$submit_out" | tail -n 1)
  as_root runuser -u postgres -- psql -p "$PG_PORT" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -v from="${measured_from:--infinity}" -qtA -F ' | ' <<'SQL' | sed 's/^/| /; s/$/ |/'
with opened as (
  select stream_id, timestamp as opened_at,
         (headers ->> 'message-sent-at')::timestamptz as sent_at,
         (headers ->> 'intake-started-at')::timestamptz as started_at
  from perfeval.mt_events
  where type = 'review_task_opened' and headers ? 'intake-started-at'),
submitted as (
  select stream_id, max(timestamp) as submitted_at from perfeval.mt_events
  where type = 'evaluation_submitted' group by stream_id having max(timestamp) >= :'from'::timestamptz),
stages as (
  select s, ms from opened o join submitted u using (stream_id),
  lateral (values
    ('1 append → forwarder sent', extract(epoch from o.sent_at - u.submitted_at) * 1000),
    ('2 sent → intake batch start', extract(epoch from o.started_at - o.sent_at) * 1000),
    ('3 batch start → task appended', extract(epoch from o.opened_at - o.started_at) * 1000),
    ('all: append → task appended', extract(epoch from o.opened_at - u.submitted_at) * 1000)) v(s, ms))
select s, count(*),
       round(percentile_disc(0.5) within group (order by ms)::numeric, 1),
       round(percentile_disc(0.95) within group (order by ms)::numeric, 1),
       round(percentile_disc(0.99) within group (order by ms)::numeric, 1),
       round(max(ms)::numeric, 1)
from stages group by s order by s;
SQL
fi

echo
echo "pgbench TPC-B baseline: $pgbench_tps tps ($UNITS clients, scale $UNITS, ${PGBENCH_SECONDS}s, latency average $pgbench_latency, SSL mode $PG_SSL)"
echo "machine: $(nproc) cores shared by PostgreSQL, RabbitMQ, the platform and the driver; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
warnings=$(grep -c -E '\[(WRN|ERR|FTL)\]' "$LOG" || true)
echo "platform log: $LOG ($warnings warning/error lines)"
exit "$driver_status"
