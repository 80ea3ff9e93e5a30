#!/usr/bin/env bash
# Latency and throughput of the prediction endpoint (one record and batches of 100, cached and
# uncached) of an ONNX graph and a Tribuo model beside the same models scored in process by ONNX
# Runtime and Tribuo: starts its own stack (as the system tests do), uploads the models and sends
# requests one after the other. The table goes to standard output and to
# mdt-system-tests/target/serving.md. Takes about 7 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
exec ./mvnw -B verify -pl mdt-system-tests -Dit.test=ServingBenchmark -Dtest=NONE \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
