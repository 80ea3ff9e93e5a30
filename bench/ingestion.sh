#!/usr/bin/env bash
# Ingestion and evaluation load against a running MDT (./mdt start): 20-feature predictions
# through REST batches and JMS, each sustained for SECONDS (default 60) by CLIENTS (default 4)
# concurrent clients, PostgreSQL's own COPY of the same rows beside them, then one evaluation
# of a 1,000,000-prediction window against a 100,000-row reference.
#   bench/ingestion.sh [SECONDS] [CLIENTS] [PHASES]      PHASES: some of rest,jms,copy,windows,eval,performance,reference (default all)
# (windows: evaluation throughput, a backfill of 200 hourly windows of 5,000 predictions taken by every server's workers)
# With MDT_INSTANCES=N (a deployment group, ./mdt start --instances N) the REST clients spread over the N
# instances on MDT_HTTP_PORT and the ports after it.
# (performance: one evaluation of a 1,000,000-prediction binary classifier's window with all its
# actuals, drift of 20 features plus every realized metric and CBPE, against 100,000 labelled rows)
# Addresses come from the same variables as ./mdt (MDT_HTTP_PORT, MDT_BROKER_PORT, MDT_DB_PORT);
# the database login is the application role's, the broker login the ingest identity's, their
# passwords read from $MDT_HOME/secrets; the API is called with an administrator's key the
# script creates (bench/api-key.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d mdt-launcher/target/lib ]] || ./mvnw -B -q install -DskipTests
password_file="${MDT_HOME:-$HOME/.mdt}/secrets/db-mdt.password"
db_password="${MDT_DB_PASSWORD:-$(cat "$password_file")}"
source bench/api-key.sh
ingest_password="$(cat "${MDT_HOME:-$HOME/.mdt}/secrets/broker-mdt-ingest.password")"
port="${MDT_HTTP_PORT:-8080}"
bases="http://localhost:$port"
for ((k = 1; k < ${MDT_INSTANCES:-1}; k++)); do bases+=",http://localhost:$((port + k))"; done
exec java -Xmx4g -cp "mdt-launcher/target/lib/*" bench/IngestionLoad.java \
  "$bases" \
  "tcp://127.0.0.1:${MDT_BROKER_PORT:-61616}?user=mdt-ingest&password=$ingest_password" \
  "jdbc:postgresql://127.0.0.1:${MDT_DB_PORT:-15432}/mdt?user=${MDT_DB_USER:-mdt}&password=$db_password" \
  "${1:-60}" "${2:-4}" "${3:-rest,jms,copy,windows,eval,performance,reference}" 2> >(grep -v -e '^SLF4J' -e '^WARN' >&2)
