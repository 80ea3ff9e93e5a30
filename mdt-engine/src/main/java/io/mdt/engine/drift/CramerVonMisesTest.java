package io.mdt.engine.drift;

import io.mdt.engine.stats.CramerVonMises;

/**
 * Two-sample Cramer-von Mises test (Anderson 1962) as SciPy's {@code cramervonmises_2samp}: with
 * mid-ranks r_i of the reference and s_j of the current sample in the pooled sample,
 * U = n sum (r_i - i)^2 + m sum (s_j - j)^2 and T = U / (n m N) - (4 n m - 1) / (6 N). The p-value is
 * exact when both samples have at most 20 values, asymptotic otherwise.
 */
final class CramerVonMisesTest implements NumericalTest {

    private static final int MAX_EXACT = 20;

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 2);
        int nx = reference.size();
        int ny = current.size();
        double[] squares = new double[2];
        int[] seen = new int[2];
        long[] position = new long[1];
        TieGroups.walk(reference, current, (value, a, b) -> {
            double midrank = position[0] + (a + b + 1) / 2.0;
            for (int k = 1; k <= a; k++) {
                double d = midrank - (seen[0] + k);
                squares[0] += d * d;
            }
            for (int k = 1; k <= b; k++) {
                double d = midrank - (seen[1] + k);
                squares[1] += d * d;
            }
            seen[0] += a;
            seen[1] += b;
            position[0] += a + b;
        });
        double u = nx * squares[0] + ny * squares[1];
        double k = (double) nx * ny;
        double bigN = (double) nx + ny;
        double t = u / (k * bigN) - (4 * k - 1) / (6 * bigN);
        double p = Math.max(nx, ny) > MAX_EXACT
                ? CramerVonMises.asymptoticSurvival(t, nx, ny)
                : CramerVonMises.exactSurvival(u, nx, ny);
        return new TestOutcome(p, t);
    }
}
