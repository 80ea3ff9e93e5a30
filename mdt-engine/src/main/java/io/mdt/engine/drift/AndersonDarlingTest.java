package io.mdt.engine.drift;

import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;

/**
 * k-sample Anderson-Darling test (Scholz and Stephens 1987) for two samples, SciPy's {@code
 * anderson_ksamp} with mid-ranks (their eq. 7, for data with ties). The standardised statistic
 * (A2akN - 1) / sigma is compared with the tabulated critical values of Table 2; the p-value is the
 * exponential of a quadratic fitted to log(significance) over those values, capped to [0.001, 0.25]
 * outside the table, exactly as SciPy reports it.
 */
final class AndersonDarlingTest implements NumericalTest {

    private static final double[] B0 = {0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
    private static final double[] B1 = {-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
    private static final double[] B2 = {-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};
    private static final double[] SIGNIFICANCE = {0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};
    private static final double[] QUADRATIC = fitLogSignificance();

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        Samples.requireTwoDistinct(reference, current);
        if (reference.size() + current.size() < 4) {
            throw new UndefinedTestException("needs at least 4 values over both samples");
        }
        double a2 = (midrankStatistic(reference, current) - 1) / Math.sqrt(variance(reference, current));
        return new TestOutcome(pValue(a2), a2);
    }

    private static double midrankStatistic(SortedSample reference, SortedSample current) {
        double bigN = (double) reference.size() + current.size();
        double[] n = {reference.size(), current.size()};
        double[] sums = new double[2];
        double[] below = new double[3];
        TieGroups.walk(reference, current, (value, a, b) -> {
            double lj = a + b;
            double bj = below[2] + lj / 2;
            double denominator = bj * (bigN - bj) - bigN * lj / 4;
            double m0 = below[0] + a / 2.0;
            double m1 = below[1] + b / 2.0;
            sums[0] += lj / bigN * square(bigN * m0 - bj * n[0]) / denominator;
            sums[1] += lj / bigN * square(bigN * m1 - bj * n[1]) / denominator;
            below[0] += a;
            below[1] += b;
            below[2] += lj;
        });
        return (sums[0] / n[0] + sums[1] / n[1]) * (bigN - 1) / bigN;
    }

    /** Var(A2kN) from Scholz and Stephens (1987), eq. 4, for k = 2 samples. */
    private static double variance(SortedSample reference, SortedSample current) {
        int bigN = reference.size() + current.size();
        double bigH = 1.0 / reference.size() + 1.0 / current.size();
        double cumulative = 0;
        double g = 0;
        for (int i = bigN - 1, idx = 0; i > 1; i--, idx++) {
            cumulative += 1.0 / i;
            g += cumulative / (idx + 2);
        }
        double h = cumulative + 1;
        int k = 2;
        double a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * bigH;
        double b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * bigH - 8 * h + 4 * g - 6;
        double c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * bigH + 4 * h;
        double d = (2 * h + 6) * k * k - 4 * h * k;
        double n = bigN;
        return (a * n * n * n + b * n * n + c * n + d) / ((n - 1) * (n - 2) * (n - 3));
    }

    private static double pValue(double a2) {
        if (a2 < B0[0] + B1[0] + B2[0]) {
            return SIGNIFICANCE[0];
        }
        if (a2 > B0[6] + B1[6] + B2[6]) {
            return SIGNIFICANCE[6];
        }
        return Math.exp(QUADRATIC[0] + QUADRATIC[1] * a2 + QUADRATIC[2] * a2 * a2);
    }

    private static double[] fitLogSignificance() {
        WeightedObservedPoints points = new WeightedObservedPoints();
        for (int i = 0; i < SIGNIFICANCE.length; i++) {
            points.add(B0[i] + B1[i] + B2[i], Math.log(SIGNIFICANCE[i]));
        }
        return PolynomialCurveFitter.create(2).fit(points.toList());
    }

    private static double square(double x) {
        return x * x;
    }
}
