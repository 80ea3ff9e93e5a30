#!/usr/bin/env bash
# Ingestion and evaluation throughput of one MDT server and of a deployment group of two
# instances, one after the other on this machine, each on a fresh MDT_HOME with embedded
# PostgreSQL and Artemis: REST and JMS ingestion for SECONDS (default 30) by CLIENTS (default
# 4) clients, then a backfill of 200 hourly windows (bench/ingestion.sh phases rest,jms,windows).
#   bench/cluster.sh [SECONDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
clients="${2:-4}"
base_home="$(mktemp -d)"
trap 'for home in "$base_home"/*; do MDT_HOME="$home" ./mdt stop >/dev/null 2>&1 || true; done; rm -rf "$base_home"' EXIT
for instances in 1 2; do
  home="$base_home/instances-$instances"
  echo "== $instances instance(s)"
  MDT_HOME="$home" MDT_INSTANCES="$instances" ./mdt start >/dev/null
  MDT_HOME="$home" MDT_INSTANCES="$instances" bench/ingestion.sh "$seconds" "$clients" rest,jms,windows
  MDT_HOME="$home" ./mdt stop >/dev/null
done
