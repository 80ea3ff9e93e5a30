package io.mdt.engine.estimation;

import io.mdt.engine.data.Column;
import io.mdt.engine.performance.ClassLabels;
import java.util.Arrays;
import java.util.List;

/**
 * The reference rows an estimator learns from: those with a target. Too few of them, or a single
 * class among them, cannot tell how often the model is right.
 */
final class ReferenceRows {

    static final int MINIMUM = 100;

    private ReferenceRows() {}

    /** The indices of the rows whose target is present. */
    static int[] labelled(Column target) {
        String[] labels = ClassLabels.of(target);
        int[] rows = new int[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                rows[n++] = i;
            }
        }
        if (n < MINIMUM) {
            throw new IllegalArgumentException("the reference has " + n + " rows with a target " + target.name()
                    + "; at least " + MINIMUM + " are needed to estimate performance");
        }
        return Arrays.copyOf(rows, n);
    }

    /**
     * Each labelled row's class index among {@code classes}; for a binary classifier (one class, the
     * positive) every other label is the negative class, -1.
     *
     * @throws IllegalArgumentException when fewer than two classes occur, or a multiclass target has a
     *     class without a score column
     */
    static int[] classes(Column target, int[] rows, List<String> classes) {
        String[] labels = ClassLabels.of(target);
        int[] actual = new int[rows.length];
        boolean[] seen = new boolean[classes.size() + 1];
        for (int i = 0; i < rows.length; i++) {
            actual[i] = classes.indexOf(labels[rows[i]]);
            if (actual[i] < 0 && classes.size() > 1) {
                throw new IllegalArgumentException(
                        "target " + target.name() + " has class " + labels[rows[i]] + ", which has no score column");
            }
            seen[actual[i] + 1] = true;
        }
        int present = 0;
        for (boolean s : seen) {
            present += s ? 1 : 0;
        }
        if (present < 2) {
            throw new IllegalArgumentException(
                    "the reference target " + target.name() + " has a single class; at least two are needed");
        }
        return actual;
    }
}
