# Helpers of the walkthroughs: calls to a running platform's HTTP API with curl, without a JSON tool.
# Source it after setting B (the platform's address).

# The first value of a JSON field (the top-level one in our responses).
field() { grep -o "\"$1\":\"\\{0,1\\}[^\",}]*" | head -n 1 | sed 's/.*:"\{0,1\}//'; }
token() { curl -sf -X POST "$B/api/auth/dev-token" -H 'Content-Type: application/json' -d "$1" | field accessToken; }
step() { printf '\n== %s\n' "$*"; }
call() { # call <token> <method> <path> [json body]
  curl -sf -X "$2" "$B$3" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-d "$4"}; }

# A run's three users, in a unit and department of their own: $UNIT (a unit's submitter), $REVIEWER (the department's
# reviewer), $MANAGER; $run_id names the unit (unit-$run_id) and the department (dept-$run_id).
sign_in() {
  run_id=$(date +%s)
  UNIT=$(token "{\"userId\":\"u-$run_id\",\"name\":\"青浦区总工会填报人\",\"roles\":[\"unit\"],\"unitId\":\"unit-$run_id\",\"departmentIds\":[\"dept-$run_id\"]}")
  REVIEWER=$(token "{\"userId\":\"r-$run_id\",\"name\":\"财政局审核人\",\"roles\":[\"reviewer\"],\"departmentIds\":[\"dept-$run_id\"]}")
  MANAGER=$(token "{\"userId\":\"m-$run_id\",\"name\":\"绩效管理处\",\"roles\":[\"manager\"]}")
}
