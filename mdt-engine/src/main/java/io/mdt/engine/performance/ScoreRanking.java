package io.mdt.engine.performance;

import java.util.Arrays;

/**
 * The scores of the positive and of the negative rows, each sorted once, walked together from the
 * highest score down: every distinct score is one threshold of scikit-learn's {@code _binary_clf_curve},
 * with tied rows counted together, so ROC AUC and average precision come from the same pass over the
 * same sort. Sorting two primitive arrays avoids sorting indices or boxing.
 */
final class ScoreRanking {

    private final double[] positives;
    private final double[] negatives;

    private ScoreRanking(double[] positives, double[] negatives) {
        this.positives = positives;
        this.negatives = negatives;
    }

    /** {@code positive[i]} tells whether row i is of the positive class. */
    static ScoreRanking of(boolean[] positive, double[] score) {
        int p = 0;
        for (boolean b : positive) {
            p += b ? 1 : 0;
        }
        double[] positives = new double[p];
        double[] negatives = new double[positive.length - p];
        int i = 0;
        int j = 0;
        for (int row = 0; row < positive.length; row++) {
            // + 0.0 turns -0.0 into 0.0, which sorts apart from it but is the same threshold
            if (positive[row]) {
                positives[i++] = score[row] + 0.0;
            } else {
                negatives[j++] = score[row] + 0.0;
            }
        }
        Arrays.sort(positives);
        Arrays.sort(negatives);
        return new ScoreRanking(positives, negatives);
    }

    long positives() {
        return positives.length;
    }

    long negatives() {
        return negatives.length;
    }

    /**
     * The area under the ROC curve by the trapezoidal rule over the distinct thresholds, as scikit-learn's
     * {@code roc_auc_score}: twice the area is summed exactly in integers, {@code sum dfp (2 tp + dtp)},
     * then divided by {@code 2 P N}. Needs both classes.
     */
    double rocAuc() {
        long[] area = new long[1];
        walk((tp, fp, dtp, dfp) -> area[0] += dfp * (2 * (tp - dtp) + dtp));
        return area[0] / (2.0 * positives.length * negatives.length);
    }

    /**
     * Average precision as scikit-learn defines it, step-wise and not interpolated: {@code sum (R_k -
     * R_k-1) P_k} over the thresholds, where a threshold takes all rows tied at its score. Needs a
     * positive row.
     */
    double averagePrecision() {
        double[] sum = new double[1];
        walk((tp, fp, dtp, dfp) -> sum[0] += dtp * ((double) tp / (tp + fp)));
        return sum[0] / positives.length;
    }

    /** Receives the cumulative true and false positives at one threshold and what it added. */
    private interface Step {
        void at(long tp, long fp, long dtp, long dfp);
    }

    private void walk(Step step) {
        int i = positives.length - 1;
        int j = negatives.length - 1;
        long tp = 0;
        long fp = 0;
        while (i >= 0 || j >= 0) {
            double threshold = Math.max(
                    i >= 0 ? positives[i] : Double.NEGATIVE_INFINITY, j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
            long dtp = 0;
            long dfp = 0;
            while (i >= 0 && positives[i] == threshold) {
                i--;
                dtp++;
            }
            while (j >= 0 && negatives[j] == threshold) {
                j--;
                dfp++;
            }
            tp += dtp;
            fp += dfp;
            step.at(tp, fp, dtp, dfp);
        }
    }
}
