#!/usr/bin/env bash
# Runs every test: starts PostgreSQL and RabbitMQ on loopback (installing them when needed), points the
# integration tests at them, and runs `dotnet test` on the solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

. deploy/local/services.sh

export PERFEVAL_TEST_POSTGRES PERFEVAL_TEST_RABBITMQ
dotnet test PerfEval.Platform.sln "$@"
