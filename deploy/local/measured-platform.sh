# Sourced by benchmark.sh and request-cost.sh, after services.sh: the platform as they measure it, built Release.
# start_measured_platform URL DATABASE VHOST SSL_MODE RUN_WORKER LOG [CONNECTION_OPTIONS]
# starts it in the background with development tokens and warnings-only logging, and sets platform_pid.
start_measured_platform() {
  local url=$1 database=$2 vhost=$3 ssl=$4 worker=$5 log=$6 options=${7:-}
  (
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=$database;Username=$PG_USER;Password=$PG_PASSWORD;SSL Mode=$ssl$options"
    export ConnectionStrings__RabbitMq="amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:5672/$vhost"
    export PerfEval__RunWorker=$worker
    export Auth__DevTokens=true
    export Auth__SigningKey="benchmark-signing-key-not-for-production-use"
    # One line per request on the console would measure the console; warnings and errors are still logged.
    export Serilog__MinimumLevel__Default=Warning
    export ASPNETCORE_ENVIRONMENT=Production
    exec dotnet src/PerfEval.Api/bin/Release/net10.0/PerfEval.Api.dll --urls "$url"
  ) >"$log" 2>&1 &
  platform_pid=$!
}
