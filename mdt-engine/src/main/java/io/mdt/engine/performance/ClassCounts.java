package io.mdt.engine.performance;

import java.util.List;

/**
 * Per-class true positives, actual and predicted counts of a multiclass confusion matrix, and the
 * averages scikit-learn draws from them. scikit-learn averages over the classes present in the actuals
 * or predictions and warns when one of them has a zero denominator (then counts it as 0): here that
 * average is undefined instead.
 */
final class ClassCounts {

    private final List<String> classes;
    private final long[] tp;
    private final long[] actual;
    private final long[] predicted;
    private final long rows;

    ClassCounts(List<String> classes, long[][] matrix) {
        this.classes = classes;
        int k = matrix.length;
        tp = new long[k];
        actual = new long[k];
        predicted = new long[k];
        long n = 0;
        for (int i = 0; i < k; i++) {
            tp[i] = matrix[i][i];
            for (int j = 0; j < k; j++) {
                actual[i] += matrix[i][j];
                predicted[j] += matrix[i][j];
                n += matrix[i][j];
            }
        }
        rows = n;
    }

    long actual(int c) {
        return actual[c];
    }

    ClassMetrics metrics(int c) {
        return new ClassMetrics(
                ratio(tp[c], predicted[c]), ratio(tp[c], actual[c]), ratio(2.0 * tp[c], actual[c] + predicted[c]));
    }

    private static Double ratio(double numerator, long denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }

    /** accuracy to f1_micro, in report order. */
    void averages(MetricValues values) {
        double correct = 0;
        for (long t : tp) {
            correct += t;
        }
        double accuracy = correct / rows;
        values.put("accuracy", accuracy);
        String unpredicted = first(predicted);
        String unseen = first(actual);
        String unseenReason =
                unseen == null ? null : "class " + unseen + " is predicted but does not occur in the actuals";
        String unpredictedReason = unpredicted == null ? null : "class " + unpredicted + " is never predicted";
        average(values, "balanced_accuracy", unseenReason, Kind.RECALL, false);
        average(values, "precision_macro", unpredictedReason, Kind.PRECISION, false);
        average(values, "recall_macro", unseenReason, Kind.RECALL, false);
        average(values, "f1_macro", null, Kind.F1, false);
        average(values, "precision_weighted", unpredictedReason, Kind.PRECISION, true);
        average(values, "recall_weighted", unseenReason, Kind.RECALL, true);
        average(values, "f1_weighted", null, Kind.F1, true);
        values.put("precision_micro", accuracy);
        values.put("recall_micro", accuracy);
        values.put("f1_micro", accuracy);
    }

    private enum Kind {
        PRECISION,
        RECALL,
        F1
    }

    /**
     * The mean over present classes of one per-class metric, weighted by the actual counts or not;
     * undefined with {@code reason} when it is not null.
     */
    private void average(MetricValues values, String name, String reason, Kind kind, boolean weighted) {
        if (reason != null) {
            values.undefined(name, reason);
            return;
        }
        double sum = 0;
        double weights = 0;
        for (int c = 0; c < tp.length; c++) {
            if (actual[c] + predicted[c] == 0) {
                continue;
            }
            double value = switch (kind) {
                case PRECISION -> (double) tp[c] / predicted[c];
                case RECALL -> (double) tp[c] / actual[c];
                case F1 -> 2.0 * tp[c] / (actual[c] + predicted[c]);
            };
            double weight = weighted ? actual[c] : 1;
            sum += value * weight;
            weights += weight;
        }
        values.put(name, sum / weights);
    }

    /** The first present class (in the actuals or predictions) whose count in {@code counts} is zero. */
    private String first(long[] counts) {
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0 && actual[c] + predicted[c] > 0) {
                return classes.get(c);
            }
        }
        return null;
    }
}
