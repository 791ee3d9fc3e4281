#!/usr/bin/env bash
# Runs every test: checks the C# formatting and analyzers (dotnet format --verify-no-changes; fix with
# `dotnet format PerfEval.Platform.sln`), starts PostgreSQL and RabbitMQ on loopback (installing them when needed),
# points the integration tests at them, and runs `dotnet test` on the solution. Extra arguments go to `dotnet test`.
# Then the web UI: its unit tests (vitest) and build (deploy/local/web.sh), and its end-to-end tests in headless
# Chromium against a platform of their own (tests/PerfEval.E2E/run.sh). PERFEVAL_SKIP_WEB=1 skips the web UI.
# Packages are restored in locked mode: the versions each project's packages.lock.json names, failing when a project's
# packages no longer match it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PERFEVAL_LOCKED_RESTORE=true

echo "[test] dotnet format --verify-no-changes" >&2
dotnet format PerfEval.Platform.sln --verify-no-changes -v q

. deploy/local/services.sh

export PERFEVAL_TEST_POSTGRES PERFEVAL_TEST_RABBITMQ
dotnet test PerfEval.Platform.sln "$@"

if [ "${PERFEVAL_SKIP_WEB:-0}" != 1 ]; then
  bash deploy/local/web.sh test
  bash tests/PerfEval.E2E/run.sh
fi
