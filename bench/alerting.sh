#!/usr/bin/env bash
# Alerting load against a running MDT (./mdt start), with a webhook receiver of its own:
#   bench/alerting.sh latency [MODELS] [RATE] [WARMUP]
#                                                run commit -> webhook, groupWait PT0S (default 100 models, 4 backfills/s,
#                                                after 20 warm-up models not measured)
#   bench/alerting.sh scale [MODELS] [RULES] [no-route]
#                                                evaluation wall time without and with RULES rules a model (default 1000, 20);
#                                                no-route: their alerts are not notified
# Addresses come from the same variables as ./mdt (MDT_HTTP_PORT, MDT_BROKER_PORT, MDT_DB_PORT);
# the database login is the application role's, its password read from $MDT_HOME/secrets; the API
# is called with an administrator's key the script creates (bench/api-key.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d mdt-launcher/target/lib ]] || ./mvnw -B -q install -DskipTests
password_file="${MDT_HOME:-$HOME/.mdt}/secrets/db-mdt.password"
db_password="${MDT_DB_PASSWORD:-$(cat "$password_file")}"
source bench/api-key.sh
exec java -Xmx1g -Dmdt.home="${MDT_HOME:-$HOME/.mdt}" -cp "mdt-launcher/target/lib/*" bench/AlertingLoad.java \
  "http://localhost:${MDT_HTTP_PORT:-8080}" \
  "jdbc:postgresql://127.0.0.1:${MDT_DB_PORT:-15432}/mdt?user=${MDT_DB_USER:-mdt}&password=$db_password" \
  "tcp://127.0.0.1:${MDT_BROKER_PORT:-61616}" \
  "${@:-latency}" 2> >(grep -v -e '^SLF4J' -e '^WARN' >&2)
