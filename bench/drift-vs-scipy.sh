#!/usr/bin/env bash
# Side-by-side: the same data, written once to raw files, timed in SciPy and in MDT.
#   bench/drift-vs-scipy.sh [DATA_DIR]
# Environment: ROWS (1000000), COLUMNS (100 numerical), CAT_COLUMNS (20 categorical), REPEATS (2);
# COLUMNS=0 times the categorical workloads alone.
# Workloads: auto (resolves to wasserstein) and ks on the numerical columns, jensenshannon and
# chisquare on the categorical ones. Prints both times and the speed-up; loading is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-target/bench-data}"
rows="${ROWS:-1000000}"
columns="${COLUMNS:-100}"
cat_columns="${CAT_COLUMNS:-20}"
repeats="${REPEATS:-2}"
wanted="{\"rows\": $rows, \"columns\": $columns, \"categorical_columns\": $cat_columns}"
if [[ ! -f "$data/meta.json" || "$(cat "$data/meta.json")" != "$wanted" ]]; then
    echo "generating $rows rows x ($columns numerical + $cat_columns categorical) columns into $data" >&2
    python3 bench/generate.py "$data" "$rows" "$columns" "$cat_columns"
fi
if [[ ! -f mdt-engine/target/mdt-engine.jar || ! -f mdt-engine/target/test-classes/io/mdt/engine/bench/SideBySide.class ]]; then
    ./mvnw -B -q -pl mdt-engine package -DskipTests
fi
echo "SciPy ($(python3 -c 'import scipy; print(scipy.__version__)'))..." >&2
python3 bench/scipy_drift.py "$data" "$repeats" > "$data/scipy.jsonl"
echo "MDT..." >&2
java -Xmx8g -cp mdt-engine/target/mdt-engine.jar:mdt-engine/target/test-classes \
    io.mdt.engine.bench.SideBySide "$data" "$repeats" > "$data/mdt.jsonl"
python3 bench/compare.py "$data/scipy.jsonl" "$data/mdt.jsonl"
