"""Writes ks-near-one.csv: SciPy's two-sample KS p-values where they are close to 1.

Each case is two evenly spaced samples, the reference x_i = i * m (i < n) and the current
y_j = j * n + offset (j < m), so that D is about offset / (n m) and the test can rebuild the samples
exactly. Offsets are chosen so that sqrt(n m / (n + m)) D runs from 0.15 to 0.85, where the p-value
runs from 1 down to about 0.35. Columns: n, m, offset, SciPy's statistic, the p-value of
ks_2samp(method='auto') (exact up to 10,000 values per side) and of method='asymp'.
Usage: python3 ks-near-one.py > ks-near-one.csv
"""
import math
import sys

import numpy as np
import scipy
from scipy import stats

SIZES = [(100, 100), (100, 250), (300, 1000), (1000, 1000), (2000, 5000), (10000, 10000),
         (10000, 30000), (50000, 50000), (100000, 100000), (150000, 400000), (400000, 1000000),
         (1000000, 1000000)]
Z = [0.15, 0.2, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85]


def main():
    out = sys.stdout
    out.write(f"# scipy {scipy.__version__}, numpy {np.__version__}\n")
    out.write("n,m,offset,statistic,pvalue_auto,pvalue_asymp\n")
    for n, m in SIZES:
        x = np.arange(n, dtype=np.float64) * m
        offsets = sorted({round(z / math.sqrt(n * m / (n + m)) * n * m) for z in Z})
        for offset in offsets:
            y = np.arange(m, dtype=np.float64) * n + offset
            auto = stats.ks_2samp(x, y, method="auto")
            asymp = stats.ks_2samp(x, y, method="asymp")
            out.write(f"{n},{m},{offset},{float(auto.statistic)!r},{float(auto.pvalue)!r},{float(asymp.pvalue)!r}\n")


if __name__ == "__main__":
    main()
