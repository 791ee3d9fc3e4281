#!/usr/bin/env bash
# Makes PostgreSQL 15 and RabbitMQ available on loopback on a Debian machine, idempotently:
# installs the Debian packages when missing, starts the servers (or leaves running ones alone),
# creates the credentials and databases, waits until both answer, and prints the connection strings.
# Source it (`. deploy/local/services.sh`) to get the PERFEVAL_* variables in your shell, or run it.
set -euo pipefail

PG_USER="${PERFEVAL_PG_USER:-perfeval}"
PG_PASSWORD="${PERFEVAL_PG_PASSWORD:-perfeval}"
PG_DATABASES="${PERFEVAL_PG_DATABASES:-perfeval perfeval_test}"
PG_PORT="${PERFEVAL_PG_PORT:-5432}"
MQ_USER="${PERFEVAL_MQ_USER:-perfeval}"
MQ_PASSWORD="${PERFEVAL_MQ_PASSWORD:-perfeval}"
MQ_VHOST="${PERFEVAL_MQ_VHOST:-perfeval}"
# The tests get a virtual host of their own, so a local run's queues never collect the tests' messages.
MQ_TEST_VHOST="${PERFEVAL_MQ_TEST_VHOST:-perfeval_test}"

log() { printf '[services] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # wait_for <seconds> <description> <command...>
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "$what did not become ready within ${seconds}s"; return 1
}

start_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/15/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql-15"
    apt_install postgresql-15 postgresql-client-15
  fi
  if ! pg_lsclusters -h 2>/dev/null | awk '$1==15 && $2=="main"' | grep -q .; then
    log "creating cluster 15/main"
    as_root pg_createcluster 15 main --port "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | awk '$1==15 && $2=="main" {print $4}' | grep -q online; then
    log "starting PostgreSQL 15"
    as_root pg_ctlcluster 15 main start
  fi
  wait_for 60 "PostgreSQL" as_root runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PG_PORT"

  local psql=(as_root runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "select 1 from pg_roles where rolname='$PG_USER'")" != "1" ]; then
    "${psql[@]}" -c "create role \"$PG_USER\" login password '$PG_PASSWORD' createdb"
  else
    "${psql[@]}" -c "alter role \"$PG_USER\" login password '$PG_PASSWORD' createdb"
  fi
  for db in $PG_DATABASES; do
    if [ "$("${psql[@]}" -c "select 1 from pg_database where datname='$db'")" != "1" ]; then
      "${psql[@]}" -c "create database \"$db\" owner \"$PG_USER\""
    fi
  done
  # The load tests open many connections at once.
  if [ "$("${psql[@]}" -c "show max_connections")" -lt 300 ]; then
    "${psql[@]}" -c "alter system set max_connections = 300"
    as_root pg_ctlcluster 15 main restart
    wait_for 60 "PostgreSQL" as_root runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PG_PORT"
  fi
}

rabbit_running() { as_root rabbitmqctl -q status >/dev/null 2>&1; }

start_rabbitmq() {
  if ! command -v rabbitmqctl >/dev/null 2>&1; then
    log "installing rabbitmq-server"
    # Debian's package starts the server from its post-install script when it can; that is fine.
    apt_install rabbitmq-server
  fi
  if ! rabbit_running; then
    log "starting RabbitMQ"
    if ! as_root service rabbitmq-server start >/dev/null 2>&1; then
      as_root rabbitmq-server -detached >/dev/null 2>&1 || true
    fi
  fi
  wait_for 120 "RabbitMQ" rabbit_running
  as_root rabbitmqctl -q await_startup >/dev/null
  if ! as_root rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$MQ_USER"; then
    as_root rabbitmqctl -q add_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null
  else
    as_root rabbitmqctl -q change_password "$MQ_USER" "$MQ_PASSWORD" >/dev/null
  fi
  for vhost in "$MQ_VHOST" "$MQ_TEST_VHOST"; do
    if ! as_root rabbitmqctl -q list_vhosts | grep -qx "$vhost"; then
      as_root rabbitmqctl -q add_vhost "$vhost" >/dev/null
    fi
    as_root rabbitmqctl -q set_permissions -p "$vhost" "$MQ_USER" ".*" ".*" ".*" >/dev/null
  done
  # Operators can inspect queues: the management API is used by the health detail when enabled.
  as_root rabbitmq-plugins -q enable rabbitmq_management >/dev/null 2>&1 || true
}

start_postgres
start_rabbitmq

export PERFEVAL_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Database=perfeval;Username=$PG_USER;Password=$PG_PASSWORD"
export PERFEVAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Database=perfeval_test;Username=$PG_USER;Password=$PG_PASSWORD"
export PERFEVAL_RABBITMQ="amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:5672/$MQ_VHOST"
export PERFEVAL_TEST_RABBITMQ="amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:5672/$MQ_TEST_VHOST"
log "PostgreSQL: $PERFEVAL_POSTGRES"
log "RabbitMQ:   $PERFEVAL_RABBITMQ"
