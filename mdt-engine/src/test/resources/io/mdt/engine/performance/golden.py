"""Writes golden.json: scikit-learn's realized metrics on generated binary, multiclass and regression cases.

Each case holds its inputs (target with missing values as null, prediction, score columns and the class
each score is the probability of) and what scikit-learn makes of the labelled rows. A metric is null where
scikit-learn raises, warns (UndefinedMetricWarning, or "y_pred contains classes not in y_true") or returns
nan or an infinity. Three decisions of MDT are applied on top, because scikit-learn answers with a number
that is a convention rather than a value: the Matthews coefficient is null when its denominator is zero
(scikit-learn returns 0.0), and R^2 and explained variance are null when the target is constant (scikit-learn
divides by a variance that rounding may leave tiny instead of zero).
Usage: /usr/bin/python3 golden.py > golden.json
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics as m

RNG = np.random.default_rng(20240611)


def guarded(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            value = float(fn())
        except (ValueError, Warning):
            return None
    return value if np.isfinite(value) else None


def mcc(y_true, y_pred):
    classes = np.unique(np.concatenate([y_true, y_pred]))
    t = np.array([np.sum(y_true == c) for c in classes], dtype=np.float64)
    p = np.array([np.sum(y_pred == c) for c in classes], dtype=np.float64)
    n = float(len(y_true))
    if (n * n - t @ t) * (n * n - p @ p) == 0:
        return None
    return guarded(lambda: m.matthews_corrcoef(y_true, y_pred))


def labelled(target, *columns):
    keep = np.array([t is not None for t in target], dtype=bool)
    return [np.asarray(c, dtype=object)[keep] if not isinstance(c, np.ndarray) else c[keep] for c in (target, *columns)]


def binary_expected(y, yhat, score):
    out = {
        "accuracy": guarded(lambda: m.accuracy_score(y, yhat)),
        "balanced_accuracy": guarded(lambda: m.balanced_accuracy_score(y, yhat)),
        "precision": guarded(lambda: m.precision_score(y, yhat)),
        "recall": guarded(lambda: m.recall_score(y, yhat)),
        "f1": guarded(lambda: m.f1_score(y, yhat)),
        "specificity": guarded(lambda: m.recall_score(y, yhat, pos_label=0)),
        "mcc": mcc(y, yhat),
    }
    if score is None:
        for name in ("roc_auc", "average_precision", "log_loss", "brier"):
            out[name] = None
        return out
    out["roc_auc"] = guarded(lambda: m.roc_auc_score(y, score))
    out["average_precision"] = guarded(lambda: m.average_precision_score(y, score))
    out["log_loss"] = guarded(lambda: m.log_loss(y, score, labels=[0, 1]))
    out["brier"] = guarded(lambda: m.brier_score_loss(y, score, pos_label=1))
    return out


def binary_case(name, n, prevalence=0.3, quality=1.5, decimals=None, threshold=0.5, labels=(0, 1),
                with_prediction=True, with_score=True, missing=0.0, force=None):
    y = (RNG.random(n) < prevalence).astype(int)
    score = 1 / (1 + np.exp(-(quality * (2 * y - 1) + RNG.normal(size=n))))
    if decimals is not None:
        score = np.round(score, decimals)
    if force == "all_correct":
        score = np.where(y == 1, 0.9, 0.1)
    elif force == "all_wrong":
        score = np.where(y == 1, 0.1, 0.9)
    elif force == "no_positive_prediction":
        score = score * 0.4
    yhat = (score >= threshold).astype(int)
    target = [labels[v] for v in y]
    for i in np.nonzero(RNG.random(n) < missing)[0]:
        target[i] = None
    keep = np.array([t is not None for t in target])
    expected = binary_expected(y[keep], yhat[keep], score[keep] if with_score else None)
    return {
        "name": name, "task": "binary", "positive": str(labels[1]), "threshold": threshold,
        "target": target,
        "prediction": [labels[v] for v in yhat] if with_prediction else None,
        "score_labels": [str(labels[1])] if with_score else [],
        "scores": [score.tolist()] if with_score else [],
        "rows": int(keep.sum()), "expected": expected,
    }


def multiclass_case(name, n, labels, accuracy=0.6, normalised=True, decimals=None, missing=0.0,
                    present=None, predicted=None):
    k = len(labels)
    weights = RNG.dirichlet(np.ones(k) * 2)
    y = RNG.choice(present if present is not None else k, size=n, p=None if present is not None else weights)
    logits = RNG.normal(size=(n, k))
    logits[np.arange(n), y] += 3 * accuracy
    if decimals is not None:
        logits = np.round(logits, decimals)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    if not normalised:
        p = p * 0.9
    yhat = np.argmax(p, axis=1) if predicted is None else np.asarray(predicted(y))
    order = RNG.permutation(k)
    arr = np.array(labels)
    y_l, yhat_l = arr[y], arr[yhat]
    target = [v.item() if hasattr(v, "item") else v for v in y_l]
    for i in np.nonzero(RNG.random(n) < missing)[0]:
        target[i] = None
    keep = np.array([t is not None for t in target])
    yt, yp, pk = y_l[keep], yhat_l[keep], p[keep]
    sorted_labels = np.unique(arr)
    columns = [int(np.nonzero(arr == lab)[0][0]) for lab in sorted_labels]
    ps = pk[:, columns]
    expected = {"accuracy": guarded(lambda: m.accuracy_score(yt, yp)),
                "balanced_accuracy": guarded(lambda: m.balanced_accuracy_score(yt, yp))}
    for avg in ("macro", "weighted", "micro"):
        expected["precision_" + avg] = guarded(lambda: m.precision_score(yt, yp, average=avg))
        expected["recall_" + avg] = guarded(lambda: m.recall_score(yt, yp, average=avg))
        expected["f1_" + avg] = guarded(lambda: m.f1_score(yt, yp, average=avg))
    ordered = {}
    for key in ("accuracy", "balanced_accuracy", "precision_macro", "recall_macro", "f1_macro",
                "precision_weighted", "recall_weighted", "f1_weighted", "precision_micro", "recall_micro",
                "f1_micro"):
        ordered[key] = expected[key]
    ordered["roc_auc_ovr"] = guarded(
        lambda: m.roc_auc_score(yt, ps, multi_class="ovr", average="macro", labels=sorted_labels))
    ordered["roc_auc_ovr_weighted"] = guarded(
        lambda: m.roc_auc_score(yt, ps, multi_class="ovr", average="weighted", labels=sorted_labels))
    ordered["log_loss"] = guarded(lambda: m.log_loss(yt, ps, labels=sorted_labels))
    ordered["mcc"] = mcc(yt, yp)
    all_labels = np.unique(np.concatenate([yt, yp, arr]))
    precision, recall, f1, _ = m.precision_recall_fscore_support(
        yt, yp, labels=all_labels, average=None, zero_division=0)
    per_class = {}
    for i, lab in enumerate(all_labels):
        tp, pred, true = np.sum((yt == lab) & (yp == lab)), np.sum(yp == lab), np.sum(yt == lab)
        per_class[str(lab)] = {
            "precision": float(precision[i]) if pred else None,
            "recall": float(recall[i]) if true else None,
            "f1": float(f1[i]) if pred + true else None,
        }
    return {
        "name": name, "task": "multiclass", "target": target, "prediction": [v.item() if hasattr(v, "item") else v for v in yhat_l],
        "score_labels": [str(labels[j]) for j in order], "scores": [p[:, j].tolist() for j in order],
        "rows": int(keep.sum()), "expected": ordered, "per_class": per_class,
    }


def regression_case(name, n, zeros=0.0, constant=None, perfect=False, decimals=None, missing=0.0):
    y = RNG.normal(10, 5, size=n) if constant is None else np.full(n, constant)
    if decimals is not None:
        y = np.round(y, decimals)
    y[RNG.random(n) < zeros] = 0.0
    yhat = y.copy() if perfect else y + RNG.normal(0.5, 2, size=n)
    target = y.tolist()
    for i in np.nonzero(RNG.random(n) < missing)[0]:
        target[i] = None
    keep = np.array([t is not None for t in target])
    yt, yp = y[keep], yhat[keep]
    constant_target = len(yt) > 0 and np.all(yt == yt[0])
    expected = {
        "mean_error": guarded(lambda: np.mean(yp - yt)),
        "mae": guarded(lambda: m.mean_absolute_error(yt, yp)),
        "mse": guarded(lambda: m.mean_squared_error(yt, yp)),
        "rmse": guarded(lambda: m.mean_squared_error(yt, yp, squared=False)),
        "mape": guarded(lambda: m.mean_absolute_percentage_error(yt, yp)),
        "median_absolute_error": guarded(lambda: m.median_absolute_error(yt, yp)),
        "max_error": guarded(lambda: m.max_error(yt, yp)),
        "r2": None if constant_target else guarded(lambda: m.r2_score(yt, yp, force_finite=False)),
        "explained_variance": None if constant_target else guarded(
            lambda: m.explained_variance_score(yt, yp, force_finite=False)),
    }
    return {"name": name, "task": "regression", "target": target, "prediction": yhat.tolist(),
            "score_labels": [], "scores": [], "rows": int(keep.sum()), "expected": expected}


def cases():
    out = []
    for i in range(25):
        n = int(RNG.integers(2, 3000))
        out.append(binary_case(f"binary random {i}", n, prevalence=RNG.uniform(0.02, 0.9),
                               quality=RNG.uniform(0, 3), decimals=[None, 1, 2][i % 3],
                               threshold=[0.5, 0.3, 0.7][i % 3], missing=[0, 0.1][i % 2]))
    out.append(binary_case("binary heavy ties", 500, decimals=0))
    out.append(binary_case("binary one class present (negatives)", 200, prevalence=0.0))
    out.append(binary_case("binary one class present (positives)", 200, prevalence=1.01))
    out.append(binary_case("binary all correct", 300, force="all_correct"))
    out.append(binary_case("binary all correct, one class", 50, prevalence=1.01, force="all_correct"))
    out.append(binary_case("binary all wrong", 300, force="all_wrong"))
    out.append(binary_case("binary no positive prediction", 300, force="no_positive_prediction"))
    out.append(binary_case("binary string labels", 400, labels=("no", "yes")))
    out.append(binary_case("binary score only", 400, with_prediction=False))
    out.append(binary_case("binary prediction only", 400, with_score=False))
    out.append(binary_case("binary single row", 1))
    out.append(binary_case("binary large", 20_000, decimals=3))
    for i in range(12):
        k = int(RNG.integers(3, 6))
        labels = [["a", "b", "c", "d", "e"][:k], [0, 1, 2, 10, 3][:k], ["cat", "Dog", "bird", "10", "2"][:k]][i % 3]
        out.append(multiclass_case(f"multiclass random {i}", int(RNG.integers(5, 3000)), labels,
                                   accuracy=RNG.uniform(0, 1.5), decimals=[None, 0][i % 2], missing=[0, 0.05][i % 2]))
    out.append(multiclass_case("multiclass class absent from actuals", 300, [0, 1, 2, 10], present=[0, 1, 2]))
    out.append(multiclass_case("multiclass not normalised", 300, ["x", "y", "z"], normalised=False))
    out.append(multiclass_case("multiclass all correct", 200, [1, 2, 3], predicted=lambda y: y))
    out.append(multiclass_case("multiclass one class present", 100, ["a", "b", "c"], present=[1]))
    out.append(multiclass_case("multiclass constant prediction", 200, [0, 1, 2, 10], predicted=lambda y: np.zeros_like(y)))
    out.append(multiclass_case("multiclass heavy ties", 500, ["a", "b", "c", "d"], decimals=0))
    for i in range(10):
        out.append(regression_case(f"regression random {i}", int(RNG.integers(2, 3000)),
                                   decimals=[None, 0][i % 2], missing=[0, 0.1][i % 2]))
    out.append(regression_case("regression zeros in target", 500, zeros=0.2))
    out.append(regression_case("regression constant target", 100, constant=5.0))
    out.append(regression_case("regression constant target, perfect", 100, constant=5.0, perfect=True))
    out.append(regression_case("regression perfect", 100, perfect=True))
    out.append(regression_case("regression single row", 1))
    out.append(regression_case("regression even count median", 10, decimals=0))
    return out


def main():
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases()}, sys.stdout,
              allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
