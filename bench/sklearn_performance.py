"""Times scikit-learn on the data of bench/generate_performance.py, computing the metric sets MDT reports.

binary            accuracy_score, balanced_accuracy_score, precision_score, recall_score, f1_score,
                  specificity = recall_score(pos_label=0), matthews_corrcoef, roc_auc_score,
                  average_precision_score, log_loss, brier_score_loss, confusion_matrix on int 0/1 arrays
binary_numerical  the same on float64 0.0/1.0 arrays (MDT reads them as numerical columns)
multiclass        accuracy, balanced accuracy, precision/recall/F1 macro, weighted and micro, the per-class
                  precision/recall/F1 (precision_recall_fscore_support), roc_auc_score ovr macro and
                  weighted, log_loss, matthews_corrcoef, confusion_matrix
regression        mean error (np.mean), mean_absolute_error, mean_squared_error (and squared=False),
                  mean_absolute_percentage_error, median_absolute_error, max_error, r2_score,
                  explained_variance_score
cbpe              IsotonicRegression(out_of_bounds='clip').fit(score, target).predict(score) on the
                  estimation reference alone (what CBPE's calibration needs at the least); then, not timed,
                  the expected accuracy, precision, recall, f1 and specificity of each analysis window from
                  the isotonic probabilities (NannyML's formulas), to check MDT's calibrated values
cbpe_nannyml      what NannyML's CBPE does with scikit-learn before it estimates: needs_calibration (ROC AUC,
                  ten StratifiedShuffleSplit(test_size=0.1) isotonic fits, each calibrating its held-out
                  rows, expected calibration error in ten equal-count bins before and after), then the
                  isotonic fit + predict on the whole reference; compared with MDT's cbpe
Prints one JSON object per workload: {"workload", "seconds_first", "seconds_best", "cpu_seconds",
"values", "confusion"}. Loading is not timed.
"""
import json
import os
import sys
import time

import numpy as np
from sklearn import metrics as m
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedShuffleSplit


def load(directory):
    meta = json.load(open(os.path.join(directory, "meta.json")))
    rows, classes = meta["rows"], meta["classes"]

    def read(name, dtype):
        return np.fromfile(os.path.join(directory, name), dtype=dtype)

    return {
        "binary": (read("binary_target.i32", "<i4"), read("binary_prediction.i32", "<i4"),
                   read("binary_score.f64", "<f8")),
        "multiclass": (read("multiclass_target.i32", "<i4"), read("multiclass_prediction.i32", "<i4"),
                       read("multiclass_scores.f64", "<f8").reshape(classes, rows).T.copy()),
        "regression": (read("regression_target.f64", "<f8"), read("regression_prediction.f64", "<f8")),
    }


def binary(y, yhat, score):
    values = {
        "accuracy": m.accuracy_score(y, yhat),
        "balanced_accuracy": m.balanced_accuracy_score(y, yhat),
        "precision": m.precision_score(y, yhat),
        "recall": m.recall_score(y, yhat),
        "f1": m.f1_score(y, yhat),
        "specificity": m.recall_score(y, yhat, pos_label=0),
        "mcc": m.matthews_corrcoef(y, yhat),
        "roc_auc": m.roc_auc_score(y, score),
        "average_precision": m.average_precision_score(y, score),
        "log_loss": m.log_loss(y, score),
        "brier": m.brier_score_loss(y, score),
    }
    return values, m.confusion_matrix(y, yhat)


def multiclass(y, yhat, p):
    values = {"accuracy": m.accuracy_score(y, yhat), "balanced_accuracy": m.balanced_accuracy_score(y, yhat)}
    for avg in ("macro", "weighted", "micro"):
        values["precision_" + avg] = m.precision_score(y, yhat, average=avg)
        values["recall_" + avg] = m.recall_score(y, yhat, average=avg)
        values["f1_" + avg] = m.f1_score(y, yhat, average=avg)
    m.precision_recall_fscore_support(y, yhat, average=None)
    values["roc_auc_ovr"] = m.roc_auc_score(y, p, multi_class="ovr", average="macro")
    values["roc_auc_ovr_weighted"] = m.roc_auc_score(y, p, multi_class="ovr", average="weighted")
    values["log_loss"] = m.log_loss(y, p)
    values["mcc"] = m.matthews_corrcoef(y, yhat)
    return values, m.confusion_matrix(y, yhat)


def regression(y, yhat):
    values = {
        "mean_error": np.mean(yhat - y),
        "mae": m.mean_absolute_error(y, yhat),
        "mse": m.mean_squared_error(y, yhat),
        "rmse": m.mean_squared_error(y, yhat, squared=False),
        "mape": m.mean_absolute_percentage_error(y, yhat),
        "median_absolute_error": m.median_absolute_error(y, yhat),
        "max_error": m.max_error(y, yhat),
        "r2": m.r2_score(y, yhat),
        "explained_variance": m.explained_variance_score(y, yhat),
    }
    return values, None


def isotonic(target, score):
    calibration = IsotonicRegression(out_of_bounds="clip")
    calibration.fit(score, target)
    calibration.predict(score)
    return calibration, None


def ece(y, p, bins=10):
    """NannyML's _calculate_expected_calibration_error: rows sorted by score, bins of n // bins rows."""
    order = np.argsort(p, kind="stable")
    y, p = y[order], p[order]
    width = len(p) // bins
    edges = [i * width for i in range(bins)] + [len(p)]
    return sum((e - b) / len(p) * abs(p[b:e].mean() - y[b:e].mean()) for b, e in zip(edges, edges[1:]))


def nannyml_calibration(target, score):
    if m.roc_auc_score(target, score) <= 0.999:
        held_y, before, after = [], [], []
        for train, test in StratifiedShuffleSplit(n_splits=10, test_size=0.1, random_state=42).split(score, target):
            split = IsotonicRegression(out_of_bounds="clip").fit(score[train], target[train])
            held_y.append(target[test])
            before.append(score[test])
            after.append(split.predict(score[test]))
        y = np.concatenate(held_y)
        ece(y, np.concatenate(before)) > ece(y, np.concatenate(after))
    return isotonic(target, score)


def expected(calibration, windows):
    """NannyML's expected binary metrics of each window from the calibrated probabilities."""
    values = {}
    for w, (prediction, score) in enumerate(windows):
        p = calibration.predict(score)
        predicted = prediction == 1
        tp, fp = p[predicted].sum(), (1 - p[predicted]).sum()
        fn, tn = p[~predicted].sum(), (1 - p[~predicted]).sum()
        values[f"w{w}_accuracy"] = (tp + tn) / len(p)
        values[f"w{w}_precision"] = tp / (tp + fp)
        values[f"w{w}_recall"] = tp / (tp + fn)
        values[f"w{w}_f1"] = tp / (tp + 0.5 * (fp + fn))
        values[f"w{w}_specificity"] = tn / (tn + fp)
    return values


def estimation(directory, repeats):
    meta = json.load(open(os.path.join(directory, "meta.json")))

    def read(name, dtype):
        return np.fromfile(os.path.join(directory, name), dtype=dtype)

    target, score = read("estimation_reference_target.i32", "<i4"), read("estimation_reference_score.f64", "<f8")
    prediction = read("estimation_analysis_prediction.i32", "<i4")
    analysis = read("estimation_analysis_score.f64", "<f8")
    windows = list(zip(np.array_split(prediction, meta["windows"]), np.array_split(analysis, meta["windows"])))
    calibration = timed("cbpe", isotonic, (target, score), repeats, emit=False)
    record = calibration[1]
    record["values"] = {k: float(v) for k, v in expected(calibration[0], windows).items()}
    print(json.dumps(record), flush=True)
    nannyml = timed("cbpe_nannyml", nannyml_calibration, (target, score), repeats, emit=False)[1]
    nannyml["values"], nannyml["pairs_with"] = record["values"], "cbpe"
    print(json.dumps(nannyml), flush=True)


def timed(name, workload, args, repeats, emit=True):
    times, cpu = [], []
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        values, confusion = workload(*args)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    if not emit:
        return values, {"workload": name, "seconds_first": times[0], "seconds_best": min(times),
                        "cpu_seconds": min(cpu), "confusion": None}
    print(json.dumps({"workload": name, "seconds_first": times[0], "seconds_best": min(times),
                      "cpu_seconds": min(cpu), "values": {k: float(v) for k, v in values.items()},
                      "confusion": None if confusion is None else confusion.tolist()}), flush=True)


def main(directory, repeats):
    data = load(directory)
    y, yhat, score = data["binary"]
    timed("binary", binary, data["binary"], repeats)
    timed("binary_numerical", binary, (y.astype(np.float64), yhat.astype(np.float64), score), repeats)
    timed("multiclass", multiclass, data["multiclass"], repeats)
    timed("regression", regression, data["regression"], repeats)
    estimation(directory, repeats)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
