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

    /**
     * One merge of the sorted samples: between consecutive pooled values v_k &lt; v_k+1 the ECDFs
     * are constant, so the integral is sum |F_ref(v_k) - F_cur(v_k)|^p (v_k+1 - v_k); tied values add
     * zero-width terms, so ties need no grouping.
     */
    private static double integral(SortedSample reference, SortedSample current, boolean squared) {
        double[] x = reference.values();
        double[] y = current.values();
        double inverse1 = 1.0 / x.length;
        double inverse2 = 1.0 / y.length;
        int i = 0;
        int j = 0;
        double sum = 0;
        double previous = Math.min(x[0], y[0]);
        while (i < x.length && j < y.length) {
            double diff = i * inverse1 - j * inverse2;
            double v = x[i] <= y[j] ? x[i++] : y[j++];
            sum += (squared ? diff * diff : Math.abs(diff)) * (v - previous);
            previous = v;
        }
        while (i < x.length) {
            double diff = 1 - i * inverse1;
            sum += (squared ? diff * diff : diff) * (x[i] - previous);
            previous = x[i++];
        }
        while (j < y.length) {
            double diff = 1 - j * inverse2;
            sum += (squared ? diff * diff : diff) * (y[j] - previous);
            previous = y[j++];
        }
        return sum;
    }
}
