package io.mdt.engine.stats;

/**
 * Exact null distribution of the Mann-Whitney U statistic without ties. The number of arrangements
 * with U = u is the coefficient of q^u in the Gaussian binomial [m + n choose m]_q = prod_{i=1}^{m}
 * (1 - q^(n+i)) / (1 - q^i), built one factor at a time so every intermediate polynomial keeps
 * non-negative integer coefficients.
 */
public final class MannWhitney {

    private MannWhitney() {}

    /** P(U &gt;= u) for sample sizes m and n. */
    public static double exactSurvival(double u, int m, int n) {
        int small = Math.min(m, n);
        int large = Math.max(m, n);
        int max = small * large;
        double[] c = new double[max + 1];
        c[0] = 1;
        int degree = 0;
        for (int i = 1; i <= small; i++) {
            int shift = large + i;
            int newDegree = degree + large;
            for (int d = newDegree; d >= shift; d--) {
                c[d] -= c[d - shift];
            }
            for (int d = i; d <= newDegree; d++) {
                c[d] += c[d - i];
            }
            degree = newDegree;
        }
        double total = 0;
        double tail = 0;
        long threshold = (long) Math.ceil(u);
        for (int d = 0; d <= max; d++) {
            total += c[d];
            if (d >= threshold) {
                tail += c[d];
            }
        }
        return tail / total;
    }
}
