package io.mdt.engine.performance;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a binary model's columns into the arrays of {@link BinaryMetrics}: a row is positive when its
 * label equals the positive label once both are normalised by {@link ClassLabels}; without a prediction
 * column the score decides, positive at and above the threshold.
 */
final class BinaryColumns {

    private BinaryColumns() {}

    static PerformanceReport evaluate(
            PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        Decoded decoded = decode(spec, target, prediction, scores);
        return BinaryMetrics.of(decoded.actual(), decoded.predicted(), decoded.score(), decoded.labels());
    }

    /** The labelled rows as the arrays of {@link BinaryMetrics}, decoded once. */
    static Decoded decode(PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        if (scores.size() > 1) {
            throw new IllegalArgumentException(
                    "a binary model takes one score column, the probability of the positive class; got "
                            + scores.size());
        }
        if (prediction == null && scores.isEmpty()) {
            throw new IllegalArgumentException("a binary model needs a prediction column or a score column");
        }
        String positive = ClassLabels.normalise(
                spec.positiveLabel() == null ? PerformanceSpec.DEFAULT_POSITIVE : spec.positiveLabel());
        LabelCodes targetCodes = LabelCodes.of(target);
        LabelledRows rows = LabelledRows.of(targetCodes);
        TreeSet<String> negatives = new TreeSet<>();
        boolean[] actual = positives(rows.codes(target, targetCodes), targetCodes, positive, negatives);
        double[] score = scores.isEmpty() ? null : rows.scores(scores.get(0));
        boolean[] predicted;
        if (prediction != null) {
            LabelCodes predictionCodes = LabelCodes.of(prediction);
            predicted = positives(rows.codes(prediction, predictionCodes), predictionCodes, positive, negatives);
        } else {
            predicted = new boolean[score.length];
            for (int i = 0; i < score.length; i++) {
                predicted[i] = score[i] >= spec.threshold();
            }
        }
        String negative = negatives.size() == 1 ? negatives.first() : "not " + positive;
        return new Decoded(actual, predicted, score, List.of(negative, positive));
    }

    /** A binary model's labelled rows: actual and predicted positives, the score (or null) and the labels. */
    record Decoded(boolean[] actual, boolean[] predicted, double[] score, List<String> labels)
            implements LabelledOutputs.Rows {

        @Override
        public int size() {
            return actual.length;
        }

        @Override
        public PerformanceReport evaluate(int[] rows, boolean scored) {
            double[] picked = scored && score != null ? LabelledOutputs.pick(score, rows) : null;
            return BinaryMetrics.of(pick(actual, rows), pick(predicted, rows), picked, labels);
        }

        @Override
        public boolean[] correct() {
            boolean[] correct = new boolean[actual.length];
            for (int i = 0; i < correct.length; i++) {
                correct[i] = actual[i] == predicted[i];
            }
            return correct;
        }

        private static boolean[] pick(boolean[] values, int[] rows) {
            boolean[] picked = new boolean[rows.length];
            for (int i = 0; i < rows.length; i++) {
                picked[i] = values[rows[i]];
            }
            return picked;
        }
    }

    /** Whether each code names the positive label; the other labels seen are added to {@code negatives}. */
    private static boolean[] positives(int[] codes, LabelCodes table, String positive, TreeSet<String> negatives) {
        String[] labels = table.labels();
        boolean[] isPositive = new boolean[labels.length];
        boolean[] seen = new boolean[labels.length];
        for (int c = 0; c < labels.length; c++) {
            isPositive[c] = labels[c].equals(positive);
        }
        boolean[] result = new boolean[codes.length];
        for (int i = 0; i < codes.length; i++) {
            result[i] = isPositive[codes[i]];
            seen[codes[i]] = true;
        }
        for (int c = 0; c < labels.length; c++) {
            if (seen[c] && !isPositive[c]) {
                negatives.add(labels[c]);
            }
        }
        return result;
    }
}
