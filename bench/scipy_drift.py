"""Times SciPy on the benchmark data, doing what Evidently does per column.

auto          -> wasserstein_distance(ref, cur) / max(std(ref), 0.001)   (what `auto` resolves to;
                 the distinct-value count Evidently also computes is not timed, in SciPy's favour)
ks            -> ks_2samp(ref, cur)
jensenshannon -> category counts of both sides over their union (np.unique), distance.jensenshannon
chisquare     -> the same counts, chisquare(current, reference * n_cur / n_ref)
Prints one JSON object per workload: {"workload", "seconds_first", "seconds_best", "cpu_seconds"}.
"""
import json
import os
import sys
import time

import numpy as np
from scipy import stats
from scipy.spatial import distance


def load(directory):
    meta = json.load(open(os.path.join(directory, "meta.json")))
    rows, cols, cats = meta["rows"], meta["columns"], meta["categorical_columns"]
    num = {s: np.fromfile(os.path.join(directory, f"numerical_{s}.f64"), dtype="<f8").reshape(cols, rows)
           for s in ("reference", "current")}
    cat = {s: np.fromfile(os.path.join(directory, f"categorical_{s}.i32"), dtype="<i4").reshape(cats, rows)
           for s in ("reference", "current")}
    return num, cat


def counts(ref, cur):
    keys_r, n_r = np.unique(ref, return_counts=True)
    keys_c, n_c = np.unique(cur, return_counts=True)
    keys = np.union1d(keys_r, keys_c)
    r = np.zeros(len(keys)); r[np.searchsorted(keys, keys_r)] = n_r
    c = np.zeros(len(keys)); c[np.searchsorted(keys, keys_c)] = n_c
    return r, c


def auto(num, cat):
    return [stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)
            for r, c in zip(num["reference"], num["current"])]


def ks(num, cat):
    return [stats.ks_2samp(r, c).pvalue for r, c in zip(num["reference"], num["current"])]


def jensenshannon(num, cat):
    out = []
    for ref, cur in zip(cat["reference"], cat["current"]):
        r, c = counts(ref, cur)
        out.append(distance.jensenshannon(r / r.sum(), c / c.sum()))
    return out


def chisquare(num, cat):
    out = []
    for ref, cur in zip(cat["reference"], cat["current"]):
        r, c = counts(ref, cur)
        out.append(stats.chisquare(c, r * (c.sum() / r.sum())).pvalue)
    return out


def main(directory, repeats):
    num, cat = load(directory)
    for name, workload in (("auto", auto), ("ks", ks), ("jensenshannon", jensenshannon), ("chisquare", chisquare)):
        times, cpu = [], []
        for _ in range(repeats):
            start, cpu_start = time.perf_counter(), time.process_time()
            result = workload(num, cat)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        print(json.dumps({"workload": name, "seconds_first": times[0], "seconds_best": min(times),
                          "cpu_seconds": min(cpu),
                          "first_scores": [float(x) for x in result[:3]]}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
