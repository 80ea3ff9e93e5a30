"""Writes mcnemar.csv: McNemar's test on counts of discordant rows, computed with SciPy.

b counts the rows the first classifier gets right and the second wrong, c the other way round.
Below 25 discordant rows the p-value is SciPy's exact two-sided binomtest(b, b + c, 0.5) (what
statsmodels' mcnemar(exact=True) gives) and the statistic min(b, c); b + c = 0 has p = 1. From 25 on,
the statistic is max(|b - c| - 1, 0)^2 / (b + c), continuity corrected, and the p-value chi2.sf on one
degree of freedom. Columns: b, c, exact (1 or 0), statistic, p-value.
Usage: python3 mcnemar.py > mcnemar.csv
"""
import sys

import numpy as np
import scipy
from scipy import stats

CASES = [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (3, 5), (5, 5), (0, 6), (6, 0), (1, 9), (4, 12),
         (12, 12), (0, 24), (24, 0), (10, 14), (3, 21), (12, 13), (13, 12), (25, 0), (20, 30), (30, 30),
         (40, 41), (7, 40), (60, 100), (130, 100), (1000, 1100), (5000, 5000), (5000, 5200),
         (20000, 21000), (3, 400)]


def main():
    out = sys.stdout
    out.write(f"# scipy {scipy.__version__}, numpy {np.__version__}\n")
    out.write("b,c,exact,statistic,pvalue\n")
    for b, c in CASES:
        n = b + c
        if n < 25:
            statistic = float(min(b, c))
            pvalue = 1.0 if n == 0 else float(stats.binomtest(b, n, 0.5).pvalue)
            exact = 1
        else:
            statistic = max(abs(b - c) - 1, 0) ** 2 / n
            pvalue = float(stats.chi2.sf(statistic, 1))
            exact = 0
        out.write(f"{b},{c},{exact},{statistic!r},{pvalue!r}\n")


if __name__ == "__main__":
    main()
