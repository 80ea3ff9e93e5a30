"""Writes the data of bench/performance-vs-sklearn.sh once, as raw little-endian arrays.

binary_target.i32, binary_prediction.i32: ROWS class codes 0/1; binary_score.f64: ROWS probabilities
    of class 1 (calibrated: the target is drawn with the score as its probability); the prediction is
    score >= 0.5.
multiclass_target.i32, multiclass_prediction.i32: ROWS codes of CLASSES classes; multiclass_scores.f64:
    CLASSES x ROWS probabilities (softmax of noisy logits, each row sums to one, column-major); the
    target is drawn from them, the prediction is their argmax.
regression_target.f64, regression_prediction.f64: ROWS values.
meta.json: the sizes.
"""
import json
import os
import sys

import numpy as np


def write(directory, name, values, dtype):
    np.ascontiguousarray(values, dtype=dtype).tofile(os.path.join(directory, name))


def binary(directory, rng, rows):
    score = 1 / (1 + np.exp(-rng.normal(-0.8, 1.6, rows)))
    target = (rng.random(rows) < score).astype(int)
    write(directory, "binary_target.i32", target, "<i4")
    write(directory, "binary_score.f64", score, "<f8")
    write(directory, "binary_prediction.i32", score >= 0.5, "<i4")


def multiclass(directory, rng, rows, classes):
    logits = rng.normal(0, 1.5, (rows, classes)) + np.linspace(0, 1, classes)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    cumulative = np.cumsum(p, axis=1)
    target = np.minimum((rng.random((rows, 1)) > cumulative).sum(axis=1), classes - 1)
    write(directory, "multiclass_target.i32", target, "<i4")
    write(directory, "multiclass_prediction.i32", np.argmax(p, axis=1), "<i4")
    write(directory, "multiclass_scores.f64", p.T, "<f8")


def regression(directory, rng, rows):
    target = rng.normal(10, 5, rows)
    write(directory, "regression_target.f64", target, "<f8")
    write(directory, "regression_prediction.f64", target + rng.normal(0.5, 2, rows), "<f8")


def main(directory, rows, classes):
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(20261202)
    binary(directory, rng, rows)
    multiclass(directory, rng, rows, classes)
    regression(directory, rng, rows)
    with open(os.path.join(directory, "meta.json"), "w") as out:
        json.dump({"rows": rows, "classes": classes}, out)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000,
         int(sys.argv[3]) if len(sys.argv) > 3 else 5)
