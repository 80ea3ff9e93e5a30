package io.mdt.engine.estimation;

/**
 * NannyML's {@code estimate_roc_auc}: the ROC curve a chunk is expected to have when each row is a
 * positive with its calibrated probability. Rows are ranked by the model's own (uncalibrated) score,
 * highest first; each step adds {@code p} expected true positives and {@code 1 - p} expected false
 * positives; the area under the normalised curve is the estimate.
 *
 * <p>Rows with equal scores form one step (a diagonal segment), as scikit-learn's {@code roc_curve}
 * treats ties; NannyML orders tied rows arbitrarily and rounds the cumulative counts to five decimals,
 * which only matters for tied scores.
 */
final class ExpectedRocAuc {

    private ExpectedRocAuc() {}

    static double of(double[] scores, double[] probabilities) {
        double[] keys = scores.clone();
        double[] p = probabilities.clone();
        PairSort.sort(keys, p);
        return area(keys, p);
    }

    /**
     * The same when each probability is a non-decreasing function of the score (a binary classifier's
     * calibration): sorting the scores alone orders the probabilities too, and a primitive sort is faster.
     */
    static double of(double[] scores, Calibration calibration) {
        double[] keys = scores.clone();
        ScoreSort.sort(keys);
        return area(keys, calibration.applyAscending(keys));
    }

    private static double area(double[] keys, double[] p) {
        double tps = 0;
        double fps = 0;
        double area = 0;
        int i = keys.length - 1;
        while (i >= 0) {
            double stepTp = 0;
            double stepFp = 0;
            double key = keys[i];
            for (; i >= 0 && keys[i] == key; i--) {
                stepTp += p[i];
                stepFp += 1 - p[i];
            }
            area += stepFp * (tps + stepTp / 2);
            tps += stepTp;
            fps += stepFp;
        }
        return area / (tps * fps);
    }
}
