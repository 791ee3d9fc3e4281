#!/usr/bin/env bash
# A form's whole life through the HTTP API with two users, a unit's submitter and a department's reviewer (and a
# manager at the end). Run it against a running platform (bash deploy/local/run.sh) from another shell.
set -euo pipefail
cd "$(dirname "$0")/../.."
B="${PERFEVAL_URL:-http://127.0.0.1:5080}"

. deploy/local/api-calls.sh

sign_in

step "unit: import the five seed forms from the PDF text (all drafts)"
curl -sf -X POST "$B/api/evaluations/import" -H "Authorization: Bearer $UNIT" \
  -F "file=@tests/PerfEval.Domain.Tests/TestData/seed-forms-2024.txt" | cut -c1-300; echo

step "unit: create a draft from JSON"
ID=$(call "$UNIT" POST /api/evaluations "$(cat deploy/local/samples/form.json)" | field id)
echo "evaluation $ID"

step "unit: submit it (If-Match: the version read)"
curl -sf -X POST "$B/api/evaluations/$ID/submit" -H "Authorization: Bearer $UNIT" -H 'If-Match: "1"' \
  -H "Idempotency-Key: submit-$ID" | field status

step "reviewer: the task appears in the queue"
for _ in $(seq 1 50); do
  TASK=$(call "$REVIEWER" GET "/api/review-tasks?status=Open" | field id || true)
  [ -n "$TASK" ] && break; sleep 0.2
done
echo "task $TASK"

step "reviewer: claim, comment, adjust an indicator (the claim stays beside it)"
call "$REVIEWER" POST "/api/review-tasks/$TASK/claim" | field status
call "$REVIEWER" POST "/api/evaluations/$ID/review/comments" '{"text":"请补充保障人数台账","indicatorIndex":0}' >/dev/null
call "$REVIEWER" POST "/api/evaluations/$ID/review/adjustments" \
  '{"target":"indicator","indicatorIndex":0,"score":12.5,"reason":"台账不全"}' | field reviewedTotal

step "reviewer: request a revision"
call "$REVIEWER" POST "/api/evaluations/$ID/review/request-revision" '{"reasons":["补充保障人数台账"]}' | field status

step "unit: read the reasons and notifications, edit, resubmit"
for _ in $(seq 1 50); do
  NOTE=$(call "$UNIT" GET "/api/notifications?unread=true" | field title || true)
  [ -n "$NOTE" ] && break; sleep 0.2
done
echo "$NOTE"
call "$UNIT" PUT "/api/evaluations/$ID" "$(cat deploy/local/samples/form.json)" | field status
call "$UNIT" POST "/api/evaluations/$ID/submit" | field status

step "reviewer: claim the new task and approve"
for _ in $(seq 1 50); do
  TASK2=$(call "$REVIEWER" GET "/api/review-tasks?status=Open" | field id || true)
  [ -n "$TASK2" ] && [ "$TASK2" != "$TASK" ] && break; sleep 0.2
done
call "$REVIEWER" POST "/api/review-tasks/$TASK2/claim" >/dev/null
call "$REVIEWER" POST "/api/evaluations/$ID/review/approve" | sed -n 's/.*\("finalTotal":[^,]*,"finalGrade":"[^"]*"\).*/\1/p'

step "manager: publish"
call "$MANAGER" POST "/api/evaluations/$ID/publish" | field status

step "unit: the scorecard beside the claims"
call "$UNIT" GET "/api/evaluations/$ID" | sed -n 's/.*\("computedTotal":[^,]*\).*/\1/p'
echo
