package io.mdt.engine.performance;

import java.util.List;
import java.util.Map;

/**
 * The binary metrics of scikit-learn on primitive arrays: the counts of the confusion matrix in one
 * pass, then the score-based metrics from one {@link ScoreRanking}. A metric whose denominator is zero
 * is undefined with the reason, where scikit-learn would warn and answer 0.
 */
public final class BinaryMetrics {

    private static final List<String> LABELS = List.of("0", "1");

    private BinaryMetrics() {}

    /**
     * @param actual whether each row is actually positive
     * @param predicted whether each row is predicted positive
     * @param score the probability of the positive class per row, in [0, 1]; null when there is none
     * @throws IllegalArgumentException when the arrays differ in length or a score is not a probability
     */
    public static PerformanceReport of(boolean[] actual, boolean[] predicted, double[] score) {
        return of(actual, predicted, score, LABELS);
    }

    /** As {@link #of(boolean[], boolean[], double[])}, with the negative and positive labels. */
    static PerformanceReport of(boolean[] actual, boolean[] predicted, double[] score, List<String> labels) {
        if (predicted.length != actual.length || (score != null && score.length != actual.length)) {
            throw new IllegalArgumentException("actual, predicted and score differ in length");
        }
        if (score != null) {
            Probabilities.check(score, "score");
        }
        long[][] counts = counts(actual, predicted);
        MetricValues values = actual.length == 0
                ? MetricValues.allUndefined(Task.BINARY, MetricValues.NO_ROWS)
                : metrics(counts, actual, score);
        return new PerformanceReport(
                Task.BINARY,
                actual.length,
                values.values(),
                values.undefined(),
                new ConfusionMatrix(labels, counts),
                Map.of());
    }

    private static long[][] counts(boolean[] actual, boolean[] predicted) {
        long[] cells = new long[4];
        for (int i = 0; i < actual.length; i++) {
            cells[(actual[i] ? 2 : 0) + (predicted[i] ? 1 : 0)]++;
        }
        return new long[][] {{cells[0], cells[1]}, {cells[2], cells[3]}};
    }

    private static MetricValues metrics(long[][] c, boolean[] actual, double[] score) {
        long tn = c[0][0];
        long fp = c[0][1];
        long fn = c[1][0];
        long tp = c[1][1];
        MetricValues values = new MetricValues();
        values.put("accuracy", (double) (tp + tn) / actual.length);
        balancedAccuracy(values, tn, fp, fn, tp);
        values.ratio("precision", tp, tp + fp, "no row is predicted positive");
        values.ratio("recall", tp, tp + fn, "no actual is positive");
        values.ratio("f1", 2.0 * tp, 2 * tp + fp + fn, "no row is positive, actual or predicted");
        values.ratio("specificity", tn, tn + fp, "no actual is negative");
        mcc(values, c);
        scored(values, actual, score);
        return values;
    }

    /**
     * The mean recall of the classes that occur in the actuals, as scikit-learn's {@code
     * balanced_accuracy_score}; undefined when a class is predicted that never occurs (scikit-learn
     * warns and drops it), so one class alone counts only when every row is predicted as it.
     */
    private static void balancedAccuracy(MetricValues values, long tn, long fp, long fn, long tp) {
        long negatives = tn + fp;
        long positives = tp + fn;
        if ((negatives == 0 && fn > 0) || (positives == 0 && fp > 0)) {
            values.undefined("balanced_accuracy", "a predicted class does not occur in the actuals");
        } else if (negatives == 0 || positives == 0) {
            values.put("balanced_accuracy", negatives == 0 ? (double) tp / positives : (double) tn / negatives);
        } else {
            values.put("balanced_accuracy", ((double) tp / positives + (double) tn / negatives) / 2);
        }
    }

    private static void mcc(MetricValues values, long[][] c) {
        double mcc = Matthews.coefficient(c);
        if (Double.isNaN(mcc)) {
            values.undefined("mcc", Matthews.UNDEFINED);
        } else {
            values.put("mcc", mcc);
        }
    }

    private static void scored(MetricValues values, boolean[] actual, double[] score) {
        if (score == null) {
            for (String name : List.of("roc_auc", "average_precision", "log_loss", "brier")) {
                values.undefined(name, MetricValues.NO_SCORE);
            }
            return;
        }
        ScoreRanking ranking = ScoreRanking.of(actual, score);
        if (ranking.positives() == 0 || ranking.negatives() == 0) {
            values.undefined("roc_auc", "only one class is present in the actuals");
        } else {
            values.put("roc_auc", ranking.rocAuc());
        }
        if (ranking.positives() == 0) {
            values.undefined("average_precision", "no actual is positive");
        } else {
            values.put("average_precision", ranking.averagePrecision());
        }
        values.put("log_loss", ProbabilityLoss.binaryLogLoss(actual, score));
        values.put("brier", ProbabilityLoss.brier(actual, score));
    }
}
