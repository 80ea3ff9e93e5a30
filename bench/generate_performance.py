"""Writes the data of bench/performance-vs-sklearn.sh once, as raw little-endian arrays.

binary_target.i32, binary_prediction.i32: ROWS class codes 0/1; binary_score.f64: ROWS probabilities
    of class 1 (calibrated: the target is drawn with the score as its probability); the prediction is
    score >= 0.5.
multiclass_target.i32, multiclass_prediction.i32: ROWS codes of CLASSES classes; multiclass_scores.f64:
    CLASSES x ROWS probabilities (softmax of noisy logits, each row sums to one, column-major); the
    target is drawn from them, the prediction is their argmax.
regression_target.f64, regression_prediction.f64: ROWS values.
estimation_reference_{target,prediction}.i32, estimation_reference_score.f64: ROWS binary outputs whose
    scores are miscalibrated (the target is drawn from sigmoid(z), the score is sigmoid(0.6 z + 0.3)), so
    CBPE's calibration check asks for an isotonic regression; estimation_analysis_*: ROWS more of them
    with the inputs shifted (z drawn around a higher mean), read as WINDOWS windows of ROWS / WINDOWS.
dle_reference_features.f64 (FEATURES x DLE_REFERENCE), dle_reference_{target,prediction}.f64: a
    regression model's reference; dle_analysis_features.f64, dle_analysis_prediction.f64: DLE_WINDOWS
    windows of DLE_WINDOW rows, the inputs shifted.
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


def estimation(directory, rng, rows):
    for side, mean in (("reference", -0.5), ("analysis", 0.0)):
        z = rng.normal(mean, 1.8, rows)
        score = 1 / (1 + np.exp(-(0.6 * z + 0.3)))
        write(directory, f"estimation_{side}_target.i32", rng.random(rows) < 1 / (1 + np.exp(-z)), "<i4")
        write(directory, f"estimation_{side}_score.f64", score, "<f8")
        write(directory, f"estimation_{side}_prediction.i32", score >= 0.5, "<i4")


def dle(directory, rng, reference, analysis):
    for side, rows, shift in (("reference", reference, 0.0), ("analysis", analysis, 0.5)):
        x = rng.normal(shift, 1.0, (FEATURES, rows))
        signal = 2 * x[0] - x[1] + 0.5 * x[2] * x[3] + np.sin(x[4])
        noise = rng.normal(0, 0.5 + 0.5 * np.abs(x[0]), rows)
        write(directory, f"dle_{side}_features.f64", x, "<f8")
        write(directory, f"dle_{side}_prediction.f64", signal, "<f8")
        if side == "reference":
            write(directory, "dle_reference_target.f64", signal + noise, "<f8")


FEATURES = 5
WINDOWS = 10
DLE_REFERENCE = 50_000
DLE_WINDOWS = 10
DLE_WINDOW = 10_000


def main(directory, rows, classes):
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(20261202)
    binary(directory, rng, rows)
    multiclass(directory, rng, rows, classes)
    regression(directory, rng, rows)
    estimation(directory, rng, rows)
    dle(directory, rng, DLE_REFERENCE, DLE_WINDOWS * DLE_WINDOW)
    with open(os.path.join(directory, "meta.json"), "w") as out:
        json.dump({"rows": rows, "classes": classes, "windows": WINDOWS, "features": FEATURES,
                   "dle_reference": DLE_REFERENCE, "dle_windows": DLE_WINDOWS, "dle_window": DLE_WINDOW}, out)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000,
         int(sys.argv[3]) if len(sys.argv) > 3 else 5)
