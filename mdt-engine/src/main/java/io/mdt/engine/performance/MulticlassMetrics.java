package io.mdt.engine.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multiclass metrics of scikit-learn on class indices. Averages run over the classes that occur in
 * the actuals or the predictions (scikit-learn's default labels); a class that only names a score
 * column still gets its row of the confusion matrix and its (undefined) per-class metrics.
 */
public final class MulticlassMetrics {

    private MulticlassMetrics() {}

    /**
     * @param classes the classes, sorted as {@link ClassLabels#sorted}
     * @param actual each row's actual class, an index into {@code classes}
     * @param predicted each row's predicted class, an index into {@code classes}
     * @param scores {@code scores[c]} the probability of class c per row, or null for a class without a
     *     score column; null or empty when there are no scores
     * @throws IllegalArgumentException when lengths differ, an index is out of range or a score is not a
     *     probability
     */
    public static PerformanceReport of(List<String> classes, int[] actual, int[] predicted, double[][] scores) {
        checkShapes(classes.size(), actual, predicted, scores);
        long[][] matrix = new long[classes.size()][classes.size()];
        for (int i = 0; i < actual.length; i++) {
            matrix[actual[i]][predicted[i]]++;
        }
        ClassCounts counts = new ClassCounts(classes, matrix);
        MetricValues values;
        if (actual.length == 0) {
            values = MetricValues.allUndefined(Task.MULTICLASS, MetricValues.NO_ROWS);
        } else {
            values = new MetricValues();
            counts.averages(values);
            new OneVsRest(classes, counts, actual, scores).put(values);
            double mcc = Matthews.coefficient(matrix);
            if (Double.isNaN(mcc)) {
                values.undefined("mcc", Matthews.UNDEFINED);
            } else {
                values.put("mcc", mcc);
            }
        }
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            perClass.put(classes.get(c), counts.metrics(c));
        }
        return new PerformanceReport(
                Task.MULTICLASS,
                actual.length,
                values.values(),
                values.undefined(),
                new ConfusionMatrix(classes, matrix),
                perClass);
    }

    private static void checkShapes(int k, int[] actual, int[] predicted, double[][] scores) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("actual and predicted differ in length");
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("row " + (i + 1) + ": class index outside the " + k + " classes");
            }
        }
        if (scores != null && scores.length > 0) {
            if (scores.length != k) {
                throw new IllegalArgumentException("scores need one entry per class, null for a class without scores");
            }
            for (double[] column : scores) {
                if (column != null && column.length != actual.length) {
                    throw new IllegalArgumentException("a score column differs in length from the actuals");
                }
                if (column != null) {
                    Probabilities.check(column, "score");
                }
            }
        }
    }
}
