package io.mdt.engine.drift;

/**
 * Kullback-Leibler divergence KL(ref || cur) = sum r_i ln(r_i / c_i), natural log, after Evidently's
 * zero filling and renormalisation of both sides (SciPy's {@code entropy(reference, current)}).
 */
final class KullbackLeiblerDivergence extends BinnedDistance {

    @Override
    double distance(Shares shares, DriftOptions options) {
        Shares filled = shares.withoutZeros();
        double[] r = normalised(filled.reference());
        double[] c = normalised(filled.current());
        double kl = 0;
        for (int i = 0; i < r.length; i++) {
            kl += relativeEntropy(r[i], c[i]);
        }
        return kl;
    }
}
