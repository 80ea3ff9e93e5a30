package io.mdt.engine.drift;

/**
 * Pearson's chi-square goodness-of-fit test of the current counts against the reference counts
 * rescaled to the current size, e_i = r_i n_cur / n_ref (Evidently's {@code chisquare}), on k - 1
 * degrees of freedom. A category the reference never had makes the statistic infinite and the
 * p-value 0: a new category is drift.
 */
final class ChiSquareTest implements CategoricalTest {

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        double[] expected = GTest.expected(counts);
        double chi2 = 0;
        for (int i = 0; i < expected.length; i++) {
            double o = counts.current()[i];
            if (expected[i] == 0) {
                chi2 += o == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
            } else {
                chi2 += (o - expected[i]) * (o - expected[i]) / expected[i];
            }
        }
        return GTest.outcome(chi2, counts.size() - 1);
    }
}
