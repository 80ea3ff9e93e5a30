"""Writes the side-by-side benchmark data once, as raw little-endian column-major arrays.

numerical_reference.f64 / numerical_current.f64: COLUMNS x ROWS float64
categorical_reference.i32 / categorical_current.i32: CAT_COLUMNS x ROWS int32 category codes
meta.json: the sizes.
Every fourth numerical column and every fifth categorical column is shifted in the current data.
"""
import json
import os
import sys

import numpy as np


def main(directory, rows, columns, cat_columns):
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(20261129)
    for side in ("reference", "current"):
        with open(os.path.join(directory, f"numerical_{side}.f64"), "wb") as out:
            for c in range(columns):
                shift = 0.05 if side == "current" and c % 4 == 0 else 0.0
                kind = c % 3
                if kind == 0:
                    values = rng.normal(10.0 + shift, 2.0, rows)
                elif kind == 1:
                    values = rng.lognormal(0.0 + shift, 0.5, rows)
                else:
                    values = np.round(rng.normal(50.0 + shift * 10, 10.0, rows), 1)
                values.astype("<f8").tofile(out)
        with open(os.path.join(directory, f"categorical_{side}.i32"), "wb") as out:
            for c in range(cat_columns):
                k = 5 + 5 * (c % 10)
                weights = np.linspace(1.0, 2.0, k)
                if side == "current" and c % 5 == 0:
                    weights = weights[::-1]
                codes = rng.choice(k, size=rows, p=weights / weights.sum()).astype("<i4")
                codes.tofile(out)
    meta = {"rows": rows, "columns": columns, "categorical_columns": cat_columns}
    with open(os.path.join(directory, "meta.json"), "w") as out:
        json.dump(meta, out)


if __name__ == "__main__":
    directory = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    columns = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    cat_columns = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    main(directory, rows, columns, cat_columns)
