package io.mdt.engine.comparison;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** The bootstrap replicates of a difference, and the percentile interval they give. */
final class Replicates {

    private final double[] differences;
    private int defined;
    private int undefined;

    Replicates(int resamples) {
        differences = new double[resamples];
    }

    /** Records one resample; an undefined metric on either side makes it undefined. */
    void add(Double first, Double second) {
        if (isDefined(first) && isDefined(second)) {
            differences[defined++] = second - first;
        } else {
            undefined++;
        }
    }

    /**
     * The difference of the full-data values with the 95% percentile interval (NumPy's linear
     * interpolation) of the defined replicates; significant when both are defined and the interval
     * excludes 0. A new {@link Percentile} per call, as an instance caches the data it last saw.
     */
    Difference summarise(Double first, Double second) {
        double a = isDefined(first) ? first : Double.NaN;
        double b = isDefined(second) ? second : Double.NaN;
        var percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double lower = defined == 0 ? Double.NaN : percentile.evaluate(differences, 0, defined, 2.5);
        double upper = defined == 0 ? Double.NaN : percentile.evaluate(differences, 0, defined, 97.5);
        boolean significant = !Double.isNaN(b - a) && (lower > 0 || upper < 0);
        return new Difference(a, b, b - a, lower, upper, significant, defined + undefined, undefined);
    }

    private static boolean isDefined(Double value) {
        return value != null && !value.isNaN();
    }
}
