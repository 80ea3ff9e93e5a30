package io.mdt.engine.drift;

/**
 * The L^p distance between the two empirical distribution functions, integral |F_ref - F_cur|^p dx,
 * evaluated exactly as a sum over the gaps between consecutive pooled values (SciPy's {@code
 * _cdf_distance}).
 */
final class CdfDistance {

    private CdfDistance() {}

    /** p = 1: the Wasserstein-1 distance. */
    static double wasserstein(SortedSample reference, SortedSample current) {
        return integral(reference, current, false);
    }

    /** sqrt(integral (F_ref - F_cur)^2); energy distance is sqrt(2) times this. */
    static double l2(SortedSample reference, SortedSample current) {
        return Math.sqrt(integral(reference, current, true));
    }

    private static double integral(SortedSample reference, SortedSample current, boolean squared) {
        double[] x = reference.values();
        double[] y = current.values();
        double n1 = x.length;
        double n2 = y.length;
        int i = 0;
        int j = 0;
        double sum = 0;
        double previous = Math.min(x[0], y[0]);
        while (i < x.length || j < y.length) {
            double v = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
            double diff = i / n1 - j / n2;
            sum += (squared ? diff * diff : Math.abs(diff)) * (v - previous);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            previous = v;
        }
        return sum;
    }
}
