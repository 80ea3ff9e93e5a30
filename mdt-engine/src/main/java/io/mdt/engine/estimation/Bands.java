package io.mdt.engine.estimation;

import io.mdt.engine.performance.Estimate;

/** The 95% band of an estimate, {@code value +- 1.96 * samplingError}, clipped to the metric's range. */
final class Bands {

    static final double Z = 1.96;

    private Bands() {}

    static Estimate of(double value, double samplingError, double min, double max) {
        double lower = Math.max(min, Math.min(max, value - Z * samplingError));
        double upper = Math.max(min, Math.min(max, value + Z * samplingError));
        return new Estimate(value, samplingError, lower, upper);
    }

    static Estimate probability(double value, double samplingError) {
        return of(value, samplingError, 0, 1);
    }
}
