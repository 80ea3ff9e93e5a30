package io.mdt.engine.drift;

import io.mdt.engine.stats.MannWhitney;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Mann-Whitney U test as Evidently calls SciPy's {@code mannwhitneyu(reference, current,
 * alternative="less")}: U1 = R1 - n1 (n1 + 1) / 2 from the reference mid-rank sum; the p-value is
 * exact when one sample has at most 8 values and there are no ties, otherwise normal with the tie
 * correction sigma^2 = n1 n2 / 12 ((N + 1) - sum(t^3 - t) / (N (N - 1))) and a 0.5 continuity
 * correction. With {@link DriftOptions#twoSidedMannWhitney()} the alternative is two-sided.
 */
final class MannWhitneyTest implements NumericalTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        double n1 = reference.size();
        double n2 = current.size();
        double[] acc = new double[3];
        TieGroups.walk(reference, current, (value, a, b) -> {
            double t = a + b;
            acc[0] += a * (acc[1] + (t + 1) / 2);
            acc[1] += t;
            acc[2] += t * t * t - t;
        });
        double u1 = acc[0] - n1 * (n1 + 1) / 2;
        double u2 = n1 * n2 - u1;
        boolean twoSided = options.twoSidedMannWhitney();
        double u = twoSided ? Math.max(u1, u2) : u2;
        boolean exact = (n1 <= 8 || n2 <= 8) && acc[2] == 0;
        double p = exact
                ? MannWhitney.exactSurvival(u, (int) n1, (int) n2)
                : NORMAL.cumulativeProbability(-zScore(u, n1, n2, acc[2]));
        return new TestOutcome(Math.min(1.0, twoSided ? 2 * p : p), u1);
    }

    private static double zScore(double u, double n1, double n2, double tieTerm) {
        double n = n1 + n2;
        double s = Math.sqrt(n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
        return (u - n1 * n2 / 2 - 0.5) / s;
    }
}
