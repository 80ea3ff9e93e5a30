package io.mdt.engine.drift;

import org.apache.commons.math3.special.Gamma;

/**
 * G-test (log-likelihood ratio), G = 2 sum o_i ln(o_i / e_i) with e_i = r_i n_cur / n_ref, chi-square
 * on k - 1 degrees of freedom (SciPy's {@code power_divergence(lambda_="log-likelihood")} as Evidently
 * calls it). Rescaling the reference counts to the current size is what makes the test valid when
 * the two samples differ in size.
 */
final class GTest implements CategoricalTest {

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        double[] expected = expected(counts);
        double g = 0;
        for (int i = 0; i < expected.length; i++) {
            double o = counts.current()[i];
            if (o > 0) {
                g += expected[i] == 0 ? Double.POSITIVE_INFINITY : 2 * o * Math.log(o / expected[i]);
            }
        }
        return outcome(g, counts.size() - 1);
    }

    static double[] expected(CategoryCounts counts) {
        double nRef = counts.referenceTotal();
        double nCur = counts.currentTotal();
        if (nRef == 0 || nCur == 0) {
            throw new UndefinedTestException("needs at least one non-missing value on each side");
        }
        double[] expected = new double[counts.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = counts.reference()[i] * (nCur / nRef);
        }
        return expected;
    }

    static TestOutcome outcome(double statistic, int df) {
        if (df < 1) {
            return new TestOutcome(1.0, 0.0);
        }
        if (Double.isInfinite(statistic)) {
            return new TestOutcome(0.0, statistic);
        }
        return new TestOutcome(Gamma.regularizedGammaQ(df / 2.0, statistic / 2), statistic);
    }
}
