package io.mdt.engine.drift;

/**
 * Population Stability Index, PSI = sum (r_i - c_i) ln(r_i / c_i) over bins, after Evidently's zero
 * filling. It is the symmetrised KL divergence KL(r, c) + KL(c, r), hence never negative.
 */
final class PopulationStabilityIndex extends BinnedDistance {

    @Override
    double distance(Shares shares, DriftOptions options) {
        Shares filled = shares.withoutZeros();
        double psi = 0;
        for (int i = 0; i < filled.reference().length; i++) {
            double r = filled.reference()[i];
            double c = filled.current()[i];
            psi += (r - c) * Math.log(r / c);
        }
        return psi;
    }
}
