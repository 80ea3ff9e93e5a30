#!/usr/bin/env bash
# Side-by-side: the same model outputs, written once to raw files, timed in scikit-learn and in MDT.
#   bench/performance-vs-sklearn.sh [DATA_DIR]
# Environment: ROWS (1000000), CLASSES (5, multiclass), REPEATS (5), SKIP_ESTIMATION (set: metrics only),
# PYTHON (/usr/bin/python3, the interpreter with scikit-learn 1.2.1 that the golden values come from).
# Workloads: binary, binary_numerical, multiclass, regression: every realized metric of the task (and
# the confusion matrix) via Performance.evaluate against the same set from sklearn.metrics; cbpe: CBPE
# fitted on 1,000,000 reference rows and estimating ten 100,000-row windows, against scikit-learn's
# IsotonicRegression fit + predict on the reference alone; dle: DLE on a 50,000-row reference and ten
# 10,000-row windows (MDT only).
# Prints both times and the speed-up, and whether the results agree; loading is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-target/bench-performance}"
rows="${ROWS:-1000000}"
classes="${CLASSES:-5}"
repeats="${REPEATS:-5}"
python="${PYTHON:-/usr/bin/python3}"
wanted="{\"rows\": $rows, \"classes\": $classes, \"windows\": 10, \"features\": 5, \"dle_reference\": 50000, \"dle_windows\": 10, \"dle_window\": 10000}"
if [[ ! -f "$data/meta.json" || "$(cat "$data/meta.json")" != "$wanted" ]]; then
    echo "generating $rows rows (binary, $classes-class, regression outputs) into $data" >&2
    "$python" bench/generate_performance.py "$data" "$rows" "$classes"
fi
if [[ ! -f mdt-engine/target/mdt-engine.jar \
        || ! -f mdt-engine/target/test-classes/io/mdt/engine/bench/PerformanceSideBySide.class ]]; then
    ./mvnw -B -q -pl mdt-engine package -DskipTests
fi
echo "scikit-learn ($("$python" -c 'import sklearn; print(sklearn.__version__)'))..." >&2
"$python" bench/sklearn_performance.py "$data" "$repeats" > "$data/sklearn.jsonl"
echo "MDT..." >&2
java -Xmx4g -cp mdt-engine/target/mdt-engine.jar:mdt-engine/target/test-classes \
    io.mdt.engine.bench.PerformanceSideBySide "$data" "$repeats" > "$data/mdt.jsonl"
if [[ -z "${SKIP_ESTIMATION:-}" && -f mdt-engine/target/test-classes/io/mdt/engine/bench/EstimationSideBySide.class ]]; then
    java -Xmx4g -cp mdt-engine/target/mdt-engine.jar:mdt-engine/target/test-classes \
        io.mdt.engine.bench.EstimationSideBySide "$data" "$repeats" >> "$data/mdt.jsonl"
fi
"$python" bench/compare_performance.py "$data/sklearn.jsonl" "$data/mdt.jsonl"
