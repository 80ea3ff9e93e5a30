#!/usr/bin/env bash
# JMH benchmarks of whole drift reports (mdt-engine/src/test/java/io/mdt/engine/bench/DriftBenchmark.java)
# and of performance metrics (PerformanceBenchmark.java: BENCH=PerformanceBenchmark).
# Short by default for a shared 2-core machine: 1 fork, 1 warm-up and 3 measured single shots
# (override with JMH_RUN="-f 1 -wi 2 -i 5"). BENCH selects benchmarks (a JMH regular expression,
# default the whole DriftBenchmark class). Extra arguments go to JMH, e.g.
#   bench/jmh.sh -p rows=100000 -p numericalColumns=10
#   BENCH='DriftBenchmark.categorical' bench/jmh.sh -p numericalColumns=1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl mdt-engine test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="mdt-engine/target/classes:mdt-engine/target/test-classes:$(cat mdt-engine/target/bench.classpath)"
exec java -cp "$classpath" org.openjdk.jmh.Main "${BENCH:-io.mdt.engine.bench.DriftBenchmark}" \
    ${JMH_RUN:--f 1 -wi 1 -i 3} -jvmArgs "-Xmx8g" "$@"
