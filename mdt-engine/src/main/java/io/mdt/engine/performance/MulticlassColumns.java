package io.mdt.engine.performance;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a multiclass model's columns into the class indices of {@link MulticlassMetrics}. The classes
 * are the sorted union of the labels in the labelled rows' targets and predictions and of the score
 * columns' classes; {@code scores.get(i)} is the probability of {@code spec.scoreLabels().get(i)}.
 */
final class MulticlassColumns {

    private MulticlassColumns() {}

    static PerformanceReport evaluate(
            PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        Decoded decoded = decode(spec, target, prediction, scores);
        return MulticlassMetrics.of(decoded.classes(), decoded.actual(), decoded.predicted(), decoded.scores());
    }

    /** The labelled rows as the class indices of {@link MulticlassMetrics}, decoded once. */
    static Decoded decode(PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        if (prediction == null) {
            throw new IllegalArgumentException("a multiclass model needs a prediction column");
        }
        if (scores.size() != spec.scoreLabels().size()) {
            throw new IllegalArgumentException(scores.size() + " score columns for "
                    + spec.scoreLabels().size() + " score labels; give one label per score column");
        }
        LabelCodes targetCodes = LabelCodes.of(target);
        LabelCodes predictionCodes = LabelCodes.of(prediction);
        LabelledRows rows = LabelledRows.of(targetCodes);
        int[] actual = rows.codes(target, targetCodes);
        int[] predicted = rows.codes(prediction, predictionCodes);
        Set<String> seen = new LinkedHashSet<>();
        addSeen(actual, targetCodes, seen);
        addSeen(predicted, predictionCodes, seen);
        List<String> scoreLabels =
                spec.scoreLabels().stream().map(ClassLabels::normalise).toList();
        seen.addAll(scoreLabels);
        List<String> classes = ClassLabels.sorted(seen);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        double[][] byClass = new double[scores.isEmpty() ? 0 : classes.size()][];
        for (int s = 0; s < scores.size(); s++) {
            int c = index.get(scoreLabels.get(s));
            if (byClass[c] != null) {
                throw new IllegalArgumentException("two score columns for class " + scoreLabels.get(s));
            }
            byClass[c] = rows.scores(scores.get(s));
        }
        return new Decoded(
                classes, recode(actual, targetCodes, index), recode(predicted, predictionCodes, index), byClass);
    }

    /** A multiclass model's labelled rows: the classes, actual and predicted indices, scores by class. */
    record Decoded(List<String> classes, int[] actual, int[] predicted, double[][] scores)
            implements LabelledOutputs.Rows {

        @Override
        public int size() {
            return actual.length;
        }

        @Override
        public PerformanceReport evaluate(int[] rows, boolean scored) {
            double[][] picked = new double[scored ? scores.length : 0][];
            for (int c = 0; c < picked.length; c++) {
                picked[c] = scores[c] == null ? null : LabelledOutputs.pick(scores[c], rows);
            }
            return MulticlassMetrics.of(classes, pick(actual, rows), pick(predicted, rows), picked);
        }

        @Override
        public boolean[] correct() {
            boolean[] correct = new boolean[actual.length];
            for (int i = 0; i < correct.length; i++) {
                correct[i] = actual[i] == predicted[i];
            }
            return correct;
        }

        private static int[] pick(int[] values, int[] rows) {
            int[] picked = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                picked[i] = values[rows[i]];
            }
            return picked;
        }
    }

    private static void addSeen(int[] codes, LabelCodes table, Set<String> seen) {
        boolean[] used = new boolean[table.labels().length];
        for (int code : codes) {
            used[code] = true;
        }
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                seen.add(table.labels()[c]);
            }
        }
    }

    private static int[] recode(int[] codes, LabelCodes table, Map<String, Integer> index) {
        int[] classOf = new int[table.labels().length];
        for (int c = 0; c < classOf.length; c++) {
            classOf[c] = index.getOrDefault(table.labels()[c], -1);
        }
        int[] result = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            result[i] = classOf[codes[i]];
        }
        return result;
    }
}
