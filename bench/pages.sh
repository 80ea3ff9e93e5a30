#!/usr/bin/env bash
# Page-load times of the dashboard with 50 models, 1,000,000 predictions and 10,000 runs: starts
# its own stack (as the system tests do), seeds it over REST, then loads each main page in
# headless Chromium and reads the Navigation Timing API. The table goes to standard output and
# to mdt-system-tests/target/page-load.md. Needs what the system tests need (Chromium and its
# driver); takes about 10 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
exec ./mvnw -B verify -pl mdt-system-tests -Dit.test=PageLoadBenchmark -Dtest=NONE \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
