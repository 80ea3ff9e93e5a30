package io.mdt.engine.drift;

import org.apache.commons.math3.special.Erf;

/**
 * Pooled two-proportion z-test, z = (p_ref - p_cur) / sqrt(P (1 - P) (1/n_ref + 1/n_cur)) with P the
 * pooled share of ones, two-sided p-value 2 (1 - Phi(|z|)) (Evidently's {@code z}). Both sides
 * constant on the same category gives p = 1.
 */
final class ProportionZTest implements CategoricalTest {

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        TwoCategories t = TwoCategories.of(counts, "z");
        if (t.sameSingleCategory()) {
            return new TestOutcome(1.0, 0.0);
        }
        double n1 = t.onesReference() + t.zerosReference();
        double n2 = t.onesCurrent() + t.zerosCurrent();
        double p1 = t.onesReference() / n1;
        double p2 = t.onesCurrent() / n2;
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        return new TestOutcome(Erf.erfc(Math.abs(z) / Math.sqrt(2)), z);
    }
}
