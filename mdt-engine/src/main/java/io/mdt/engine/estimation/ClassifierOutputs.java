package io.mdt.engine.estimation;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;

/**
 * A classifier's outputs on some rows, read against its classes (one per score column): each class's
 * scores and the index of each row's predicted class, -1 for a class without a score column (a binary
 * classifier's negative class). Without a prediction column a binary classifier predicts its positive
 * class at and above the threshold, a multiclass one the class of the highest score.
 *
 * @param scores by class, then row
 * @param predicted by row
 */
record ClassifierOutputs(double[][] scores, int[] predicted) {

    /**
     * @param rows the rows to read, or null for all of them
     * @throws IllegalArgumentException for a missing, NaN or out-of-[0, 1] value or a missing prediction
     */
    static ClassifierOutputs read(
            List<String> classes, double threshold, Column prediction, List<NumericalColumn> scoreColumns, int[] rows) {
        if (scoreColumns.size() != classes.size()) {
            throw new IllegalArgumentException("expected " + classes.size() + " score column(s), one per class "
                    + classes + ", got " + scoreColumns.size());
        }
        int n = rows == null ? scoreColumns.get(0).rows() : rows.length;
        double[][] scores = new double[classes.size()][];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = checked(scoreColumns.get(k), rows, n);
        }
        int[] predicted =
                prediction == null ? fromScores(scores, threshold, n) : fromLabels(classes, prediction, rows, n);
        return new ClassifierOutputs(scores, predicted);
    }

    int rows() {
        return predicted.length;
    }

    boolean[] predictedAs(int k) {
        boolean[] as = new boolean[predicted.length];
        for (int i = 0; i < as.length; i++) {
            as[i] = predicted[i] == k;
        }
        return as;
    }

    private static double[] checked(NumericalColumn column, int[] rows, int n) {
        double[] values = column.values();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double score = values[rows == null ? i : rows[i]];
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException(
                        "score column " + column.name() + ": row " + (rows == null ? i : rows[i]) + " is "
                                + (Double.isNaN(score) ? "missing" : score + ", outside [0, 1]"));
            }
            scores[i] = score;
        }
        return scores;
    }

    private static int[] fromScores(double[][] scores, double threshold, int n) {
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            if (scores.length == 1) {
                predicted[i] = scores[0][i] >= threshold ? 0 : -1;
                continue;
            }
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                best = scores[k][i] > scores[best][i] ? k : best;
            }
            predicted[i] = best;
        }
        return predicted;
    }

    private static int[] fromLabels(List<String> classes, Column prediction, int[] rows, int n) {
        int[] index = ClassIndex.of(prediction, classes);
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = index[rows == null ? i : rows[i]];
            if (predicted[i] == ClassIndex.MISSING) {
                throw new IllegalArgumentException("prediction column " + prediction.name() + ": row "
                        + (rows == null ? i : rows[i]) + " is missing");
            }
        }
        return predicted;
    }
}
