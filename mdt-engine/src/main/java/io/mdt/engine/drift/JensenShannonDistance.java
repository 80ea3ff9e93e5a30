package io.mdt.engine.drift;

/**
 * Jensen-Shannon distance sqrt((KL(p || m) + KL(q || m)) / 2), m = (p + q) / 2 (Lin 1991), SciPy's
 * {@code spatial.distance.jensenshannon}; natural log by default (range 0 to sqrt(ln 2)), base 2
 * (range 0 to 1) with {@link DriftOptions#jensenShannonBase2()}. Symmetric and defined on empty
 * bins, so shares are used without zero filling.
 */
final class JensenShannonDistance extends BinnedDistance {

    @Override
    double distance(Shares shares, DriftOptions options) {
        double[] p = normalised(shares.reference());
        double[] q = normalised(shares.current());
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            js += relativeEntropy(p[i], m) + relativeEntropy(q[i], m);
        }
        if (options.jensenShannonBase2()) {
            js /= Math.log(2);
        }
        return Math.sqrt(Math.max(js, 0) / 2);
    }
}
