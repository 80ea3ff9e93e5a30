package io.mdt.engine.estimation;

import java.util.concurrent.ForkJoinTask;

/**
 * One class's scores against the rest, sorted once and merged into distinct values (with scikit-learn's
 * tie tolerance) with their row and positive counts. Calibration, its cross-validation and the ROC AUC
 * sampling error all work on these groups, so no step sorts the reference again or boxes a row.
 */
final class SortedScores {

    final double[] values;
    final double[] rows;
    final double[] positives;
    final int groups;
    /** The group of each positive row, and of each negative row. */
    final int[] positiveGroups;

    final int[] negativeGroups;

    private SortedScores(double[] values, double[] rows, double[] positives, int groups, int[] pos, int[] neg) {
        this.values = values;
        this.rows = rows;
        this.positives = positives;
        this.groups = groups;
        this.positiveGroups = pos;
        this.negativeGroups = neg;
    }

    static SortedScores of(double[] scores, boolean[] positive) {
        int p = 0;
        for (boolean b : positive) {
            p += b ? 1 : 0;
        }
        double[] pos = new double[p];
        double[] neg = new double[scores.length - p];
        for (int i = 0, a = 0, b = 0; i < scores.length; i++) {
            if (positive[i]) {
                pos[a++] = scores[i];
            } else {
                neg[b++] = scores[i];
            }
        }
        ForkJoinTask<?> sortPositives =
                ForkJoinTask.adapt(() -> ScoreSort.sort(pos)).fork();
        ScoreSort.sort(neg);
        sortPositives.join();
        return merged(pos, neg);
    }

    private static SortedScores merged(double[] pos, double[] neg) {
        int n = pos.length + neg.length;
        double[] values = new double[n];
        double[] rows = new double[n];
        double[] positives = new double[n];
        int[] posGroups = new int[pos.length];
        int[] negGroups = new int[neg.length];
        int groups = 0;
        for (int a = 0, b = 0; a + b < n; ) {
            boolean takePositive = b == neg.length || (a < pos.length && pos[a] <= neg[b]);
            double value = takePositive ? pos[a] : neg[b];
            if (groups == 0 || value - values[groups - 1] >= IsotonicRegression.RESOLUTION) {
                values[groups++] = value;
            }
            rows[groups - 1]++;
            if (takePositive) {
                positives[groups - 1]++;
                posGroups[a++] = groups - 1;
            } else {
                negGroups[b++] = groups - 1;
            }
        }
        return new SortedScores(values, rows, positives, groups, posGroups, negGroups);
    }

    int positiveCount() {
        return positiveGroups.length;
    }

    int negativeCount() {
        return negativeGroups.length;
    }

    /** ROC AUC as the Mann-Whitney statistic, ties counted half. */
    double rocAuc() {
        double below = 0;
        double area = 0;
        for (int g = 0; g < groups; g++) {
            double negatives = rows[g] - positives[g];
            area += positives[g] * (below + 0.5 * negatives);
            below += negatives;
        }
        return area / ((double) positiveCount() * negativeCount());
    }
}
