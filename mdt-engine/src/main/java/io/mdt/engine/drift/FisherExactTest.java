package io.mdt.engine.drift;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test on [[ones_cur, zeros_cur], [ones_ref, zeros_ref]], two-sided as SciPy's {@code
 * fisher_exact}: the probability under the hypergeometric law of all tables no more likely than the
 * observed one (relative tolerance 1e-7). The statistic is the sample odds ratio. Works for any two
 * sample sizes.
 */
final class FisherExactTest implements CategoricalTest {

    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        TwoCategories t = TwoCategories.of(counts, "fisher_exact");
        if (t.sameSingleCategory()) {
            return new TestOutcome(1.0, Double.NaN);
        }
        long a = t.onesCurrent();
        long b = t.zerosCurrent();
        long c = t.onesReference();
        long d = t.zerosReference();
        double odds = (double) a * d / ((double) b * c);
        int total = (int) (a + b + c + d);
        HypergeometricDistribution h = new HypergeometricDistribution(null, total, (int) (a + c), (int) (a + b));
        double observed = h.probability((int) a);
        double p = 0;
        for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
            double px = h.probability(x);
            if (px <= observed * RELATIVE_TOLERANCE) {
                p += px;
            }
        }
        return new TestOutcome(Math.min(1.0, p), odds);
    }
}
