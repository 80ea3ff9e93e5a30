#!/usr/bin/env bash
# Evaluation time of the newest window as a version's stored predictions grow from 10,000 to
# 50 million (weekly partitions), and REST ingestion throughput into that version at each size:
# starts its own stack (as the system tests do), loads the older predictions with COPY and
# evaluates the newest window again through the API. The table goes to standard output and to
# mdt-system-tests/target/retention.md. Takes about 10 minutes and 25 GB of disk on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
exec ./mvnw -B verify -pl mdt-system-tests -Dit.test=RetentionBenchmark -Dtest=NONE \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
