package io.mdt.engine.performance;

/** The check that a classifier's scores are probabilities, shared by the binary and multiclass metrics. */
final class Probabilities {

    private Probabilities() {}

    /** @throws IllegalArgumentException at the first score that is NaN, infinite or outside [0, 1] */
    static void check(double[] scores, String name) {
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException(name + " of labelled row " + (i + 1) + " is " + s
                        + (Double.isFinite(s) ? ", outside [0, 1]" : ", not a probability"));
            }
        }
    }
}
