#!/usr/bin/env bash
# A project's year through the HTTP API: targets declared before the year and approved with a grade, monitoring in
# June, then the self-evaluation made from the approved targets (their cells locked), submitted and scored against
# them. Run it against a running platform (bash deploy/local/run.sh) from another shell.
set -euo pipefail
cd "$(dirname "$0")/../.."
B="${PERFEVAL_URL:-http://127.0.0.1:5080}"

. deploy/local/api-calls.sh
status_of() { # status_of <token> <method> <path> <json body>: the HTTP status only
  curl -s -o /dev/null -w '%{http_code}' -X "$2" "$B$3" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$4"; }

sign_in

step "unit: declare the project's targets and submit them (the checks' findings are recorded)"
TID=$(call "$UNIT" POST /api/targets "$(cat deploy/local/samples/targets.json)" | field id)
echo "declaration $TID"
call "$UNIT" POST "/api/targets/$TID/submit" | field status

step "reviewer: the task of kind Targets is in the queue; claim it and approve with grade 良"
TASK=$(call "$REVIEWER" GET "/api/review-tasks?status=Open" | field id)
call "$REVIEWER" POST "/api/review-tasks/$TASK/claim" >/dev/null
call "$REVIEWER" POST "/api/targets/$TID/review/approve" '{"grade":"良"}' | field reviewGrade

step "unit: monitoring to the end of June (30 of 72 spent: pace 83.33 %, green; one indicator off track)"
call "$UNIT" POST "/api/targets/$TID/monitoring" \
  '{"cutOffMonth":6,"executedToDate":30,"indicators":[{"index":0,"valueSoFar":"3900(人)","onTrack":true},{"index":7,"valueSoFar":"85(%)","onTrack":false,"reason":"宣传不足","remedy":"下半年增加走访"}]}' \
  | sed -n 's/.*"light":"\([A-Za-z]*\)".*/light \1/p'; echo

step "manager: the monitoring view of the year, red and yellow first"
call "$MANAGER" GET "/api/monitoring/2024?departmentId=dept-$run_id" | cut -c1-300; echo

step "unit: the self-evaluation made from the approved targets"
ID=$(call "$UNIT" POST /api/evaluations "{\"targetId\":\"$TID\"}" | field id)
echo "evaluation $ID"

step "unit: lowering a locked target is refused (409, the cell named)"
status_of "$UNIT" PUT "/api/evaluations/$ID" "$(sed 's/≥8000.00(人)/≥7000.00(人)/' deploy/local/samples/form.json)"; echo

step "unit: fill in the actuals and scores, submit"
call "$UNIT" PUT "/api/evaluations/$ID" "$(cat deploy/local/samples/form.json)" | field status
call "$UNIT" POST "/api/evaluations/$ID/submit" | field status

step "the scorecard: no TARGET_CHANGED, no TARGET_NOT_APPROVED"
for _ in $(seq 1 50); do
  SCORED=$(call "$UNIT" GET "/api/evaluations/$ID" | field computedGrade || true)
  [ -n "$SCORED" ] && break; sleep 0.2
done
FORM=$(call "$UNIT" GET "/api/evaluations/$ID")
echo "computed grade $SCORED"
if grep -q 'TARGET_CHANGED\|TARGET_NOT_APPROVED' <<<"$FORM"; then echo "unexpected target finding"; exit 1; fi
echo "checked against approved version $(grep -o '"versionNumber":[0-9]*' <<<"$FORM" | head -n 1 | cut -d: -f2)"
