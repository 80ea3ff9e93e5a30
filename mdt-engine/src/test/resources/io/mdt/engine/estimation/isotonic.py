"""Writes isotonic.txt: scikit-learn's IsotonicRegression(out_of_bounds='clip') fitted and evaluated.

Each case is four lines: the training inputs x, the targets y, query points (inside, between, on and
beyond the fitted inputs) and scikit-learn's predictions at them; values are space separated. Cases
cover continuous inputs, many ties (rounded inputs), binary targets as in calibration, already
increasing and decreasing targets, a constant input and inputs closer than float64 resolution.
Usage: /usr/bin/python3 isotonic.py > isotonic.txt
"""
import sys

import numpy as np
import sklearn
from sklearn.isotonic import IsotonicRegression


def cases():
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 1, 200)
    yield "continuous", x, np.sin(3 * x) + rng.normal(0, 0.3, 200)
    x = np.round(rng.uniform(0, 1, 300), 1)
    yield "ties", x, x + rng.normal(0, 0.2, 300)
    x = rng.uniform(0, 1, 500)
    yield "binary", x, (rng.uniform(0, 1, 500) < x ** 2).astype(float)
    x = np.round(rng.beta(2, 5, 400), 2)
    yield "binary_ties", x, (rng.uniform(0, 1, 400) < x).astype(float)
    x = np.arange(20, dtype=float)
    yield "increasing", x, x * 2.0
    yield "decreasing", x, -x
    yield "constant_x", np.full(10, 0.3), rng.uniform(0, 1, 10)
    x = np.array([0.5, 0.5 + 1e-16, 0.5 + 2e-16, 0.7, 0.7, 0.9])
    yield "near_ties", x, np.array([1.0, 0.0, 1.0, 0.0, 1.0, 1.0])


def write(values):
    return " ".join(repr(float(v)) for v in values)


def main():
    out = sys.stdout
    out.write(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}\n")
    for name, x, y in cases():
        queries = np.concatenate([[-1.0, 2.0, 100.0], x[:15], np.linspace(x.min(), x.max(), 25)])
        model = IsotonicRegression(out_of_bounds="clip").fit(x, y)
        out.write(f"case {name}\n{write(x)}\n{write(y)}\n{write(queries)}\n{write(model.predict(queries))}\n")


if __name__ == "__main__":
    main()
