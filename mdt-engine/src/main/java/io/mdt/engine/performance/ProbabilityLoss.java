package io.mdt.engine.performance;

/**
 * Losses of predicted probabilities, as scikit-learn 1.2 computes them. {@code log_loss} clips each
 * probability to {@code [eps, 1 - eps]} with {@code eps} the machine epsilon of doubles (its {@code
 * eps="auto"}), then divides each row by its sum, so rows that do not sum to one are renormalised; a
 * binary score p is the row {@code [1 - p, p]}.
 */
final class ProbabilityLoss {

    private static final double EPS = Math.ulp(1.0);

    private ProbabilityLoss() {}

    /** Mean of {@code -log p(actual class)} with p the clipped, renormalised score of the positive class. */
    static double binaryLogLoss(boolean[] actual, double[] score) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double p = clip(score[i]);
            double q = 1 - p;
            double total = q + p;
            sum -= Math.log((actual[i] ? p : q) / total);
        }
        return sum / actual.length;
    }

    /** Brier score: mean of {@code (y - p)^2} with y 1 for a positive row and 0 otherwise. */
    static double brier(boolean[] actual, double[] score) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = (actual[i] ? 1 : 0) - score[i];
            sum += d * d;
        }
        return sum / actual.length;
    }

    /**
     * Multiclass log loss; {@code scores[c][i]} is the probability of class c on row i, {@code actual[i]}
     * the index of row i's class among the score columns.
     */
    static double logLoss(int[] actual, double[][] scores) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double total = 0;
            for (double[] column : scores) {
                total += clip(column[i]);
            }
            sum -= Math.log(clip(scores[actual[i]][i]) / total);
        }
        return sum / actual.length;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1 - EPS);
    }
}
