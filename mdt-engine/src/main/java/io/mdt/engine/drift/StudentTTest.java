package io.mdt.engine.drift;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's two-sample t-test with pooled variance, SciPy's {@code ttest_ind(reference, current)}:
 * t = (mean_ref - mean_cur) / sqrt(s_p^2 (1/n1 + 1/n2)), s_p^2 = ((n1 - 1) s1^2 + (n2 - 1) s2^2) /
 * (n1 + n2 - 2), two-sided p-value on n1 + n2 - 2 degrees of freedom.
 */
final class StudentTTest implements NumericalTest {

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        double n1 = reference.size();
        double n2 = current.size();
        double df = n1 + n2 - 2;
        if (df < 1) {
            throw new UndefinedTestException("needs at least three values over both samples");
        }
        double pooled = (n1 * reference.variance() + n2 * current.variance()) / df;
        double diff = reference.mean() - current.mean();
        if (pooled == 0) {
            throw new UndefinedTestException("both samples are constant");
        }
        double t = diff / Math.sqrt(pooled * (1 / n1 + 1 / n2));
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        return new TestOutcome(Math.min(1.0, p), t);
    }
}
