package io.mdt.engine.drift;

import io.mdt.engine.stats.Kolmogorov;
import io.mdt.engine.stats.TwoSampleKolmogorov;

/**
 * Two-sided two-sample Kolmogorov-Smirnov test, D = max |F_ref(x) - F_cur(x)|, as SciPy's {@code
 * ks_2samp(method="auto")}: the exact lattice-path p-value when both samples have at most 10,000
 * values, otherwise (or if the exact recursion fails) kstwo.sf(D, round(n m / (n + m))).
 */
final class KolmogorovSmirnovTest implements NumericalTest {

    private static final int MAX_EXACT = 10_000;

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        int n1 = pair.referenceSummary().finite();
        int n2 = pair.currentSummary().finite();
        if (n1 == 0 || n2 == 0) {
            throw new UndefinedTestException("needs at least 1 non-missing value on each side");
        }
        double d = statistic(pair);
        if (Math.max(n1, n2) <= MAX_EXACT) {
            long lcm = n1 / TwoSampleKolmogorov.gcd(n1, n2) * n2;
            long h = Math.round(Math.rint(d * lcm));
            double exact = TwoSampleKolmogorov.exactSurvival(n1, n2, h);
            if (!Double.isNaN(exact)) {
                return new TestOutcome(exact, (double) h / lcm);
            }
        }
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        long en = Math.round(Math.rint(m * n / (m + n)));
        return new TestOutcome(Kolmogorov.survival(en, d), d);
    }

    /** D from the bucket sketches when the samples are large and not yet sorted, else by merging. */
    private static double statistic(NumericalPair pair) {
        if (!pair.sorted()
                && (long) pair.referenceSummary().finite()
                                + pair.currentSummary().finite()
                        > 2L * MAX_EXACT) {
            double d = KolmogorovSketch.statistic(
                    pair.referenceRaw(), pair.currentRaw(), pair.referenceSummary(), pair.currentSummary());
            if (Double.isNaN(d)) {
                d = BucketSketch.ksStatistic(
                        pair.referenceRaw(), pair.currentRaw(), pair.referenceSummary(), pair.currentSummary());
            }
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return statistic(pair.reference(), pair.current());
    }

    static double statistic(SortedSample reference, SortedSample current) {
        double[] x = reference.values();
        double[] y = current.values();
        double n1 = x.length;
        double n2 = y.length;
        int i = 0;
        int j = 0;
        double max = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            max = Math.max(max, Math.abs(i / n1 - j / n2));
        }
        return max;
    }
}
