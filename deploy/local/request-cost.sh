#!/usr/bin/env bash
# The API's CPU per request for the forms list's first page (20 summaries), one form by id and a page of 200 review
# tasks, on the database the load benchmark leaves behind (perfeval_bench, after `bash deploy/local/benchmark.sh` with
# its import and submit scenarios). Builds Release, starts the API alone (no worker) on 127.0.0.1:$COST_PORT, signs in
# as the unit with the most forms and as a reviewer of the department with the most tasks of one status, warms it up
# with 3,000 requests of each kind, then sends COST_REQUESTS of each one after another over one connection, three
# rounds; prints the process's CPU milliseconds per request, the whole machine's, and the wall time per request.
# Usage: bash deploy/local/request-cost.sh        (settings: COST_REQUESTS=3000, COST_PORT=5391)
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS="${COST_REQUESTS:-3000}"
PORT="${COST_PORT:-5391}"
URL="http://127.0.0.1:$PORT"
BENCH_DB=perfeval_bench

. deploy/local/services.sh >/dev/null
. deploy/local/measured-platform.sh
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sql() { as_root runuser -u postgres -- psql -p "$PG_PORT" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qtA -F ' ' -c "$1"; }
if ! sql "select 1 from perfeval.mt_doc_evaluation limit 1" | grep -q 1; then
  echo "no forms in $BENCH_DB: run BENCH_SCENARIOS=import bash deploy/local/benchmark.sh first" >&2
  exit 1
fi

dotnet build src/PerfEval.Api -c Release -v q -nologo >/dev/null
work=$(mktemp -d)
start_measured_platform "$URL" "$BENCH_DB" perfeval_bench Disable false "$work/api.log"
api=$platform_pid
trap 'kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  if curl -sf "$URL/health/live" >/dev/null; then break; fi
  if ! kill -0 "$api" 2>/dev/null; then echo "the API exited:" >&2; tail -n 20 "$work/api.log" >&2; exit 1; fi
  sleep 1
done

read -r unit department <<<"$(sql "select unit_id, department_id from perfeval.mt_doc_evaluation group by 1, 2 order by count(*) desc limit 1")"
id=$(sql "select id from perfeval.mt_doc_evaluation where unit_id = '$unit' limit 1")
forms=$(sql "select count(*) from perfeval.mt_doc_evaluation where unit_id = '$unit'")
read -r queue status tasks <<<"$(sql "select department_id, status, count(*) from perfeval.mt_doc_reviewtask group by 1, 2 order by 3 desc limit 1")"
token() {
  curl -sf -X POST "$URL/api/auth/dev-token" -H 'content-type: application/json' -d "$1" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
unit_token=$(token "{\"userId\":\"cost-user\",\"name\":\"cost\",\"roles\":[\"unit\"],\"unitId\":\"$unit\",\"departmentIds\":[\"$department\"]}")
reviewer_token=$(token "{\"userId\":\"cost-reviewer\",\"name\":\"cost\",\"roles\":[\"reviewer\"],\"departmentIds\":[\"$queue\"]}")

declare -A url=(
  [list]="$URL/api/evaluations?pageSize=20"
  [form]="$URL/api/evaluations/$id"
  [queue]="$URL/api/review-tasks?status=$status&pageSize=200"
)
declare -A label=([list]="forms list, page of 20" [form]="one form by id" [queue]="review queue, page of 200")
declare -A bearer=([list]="$unit_token" [form]="$unit_token" [queue]="$reviewer_token")
requests() { for _ in $(seq 1 "$2"); do printf 'url = "%s"\noutput = /dev/null\n' "${url[$1]}"; done; }
send() { requests "$1" "$2" | curl -s -H "Authorization: Bearer ${bearer[$1]}" -K -; }
ticks() { awk '{print $14 + $15}' "/proc/$api/stat"; }
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
hz=$(getconf CLK_TCK)

# The runtime compiles hot code again, optimized, after some thousand calls: the rounds measure that code.
for kind in list form queue; do send "$kind" 3000; done
echo "unit $unit ($forms forms); department $queue ($tasks $status review tasks); $REQUESTS requests each, one after another"
echo "| round | request | API CPU ms per request | machine CPU ms per request (PostgreSQL and curl included) | wall ms per request |"
echo "|---:|---|---:|---:|---:|"
for round in 1 2 3; do
  for kind in list form queue; do
    t0=$(ticks); m0=$(machine); s=$(date +%s%N)
    send "$kind" "$REQUESTS"
    t1=$(ticks); m1=$(machine); e=$(date +%s%N)
    awk -v r="$round" -v k="${label[$kind]}" -v t="$((t1 - t0))" -v m="$((m1 - m0))" -v hz="$hz" -v n="$REQUESTS" -v ns="$((e - s))" \
      'BEGIN { printf "| %d | %s | %.3f | %.3f | %.3f |\n", r, k, t * 1000 / hz / n, m * 1000 / hz / n, ns / 1e6 / n }'
  done
done
