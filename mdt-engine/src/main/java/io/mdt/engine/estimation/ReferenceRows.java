package io.mdt.engine.estimation;

import io.mdt.engine.data.Column;
import io.mdt.engine.performance.ClassLabels;
import java.util.Arrays;
import java.util.List;

/**
 * The reference rows a classifier's estimator learns from: those with a target. Too few of them, or a
 * single class among them, cannot tell how often the model is right.
 *
 * @param rows the indices of the rows with a target
 * @param actual each of those rows' class index among the classes; for a binary classifier (one class,
 *     the positive) every other label is the negative class, {@link ClassIndex#OTHER}
 */
record ReferenceRows(int[] rows, int[] actual) {

    static final int MINIMUM = 100;

    /**
     * @throws IllegalArgumentException for fewer than {@value #MINIMUM} labelled rows or two classes, or
     *     a multiclass target with a class that has no score column
     */
    static ReferenceRows of(Column target, List<String> classes) {
        int[] index = ClassIndex.of(target, classes);
        int[] rows = new int[index.length];
        int n = 0;
        boolean[] seen = new boolean[classes.size() + 1];
        for (int i = 0; i < index.length; i++) {
            if (index[i] == ClassIndex.MISSING) {
                continue;
            }
            if (index[i] == ClassIndex.OTHER && classes.size() > 1) {
                throw new IllegalArgumentException("target " + target.name() + " has class " + ClassLabels.of(target)[i]
                        + ", which has no score column");
            }
            seen[index[i] + 1] = true;
            rows[n++] = i;
        }
        minimum(n, target.name());
        int present = 0;
        for (boolean s : seen) {
            present += s ? 1 : 0;
        }
        if (present < 2) {
            throw new IllegalArgumentException(
                    "the reference target " + target.name() + " has a single class; at least two are needed");
        }
        rows = Arrays.copyOf(rows, n);
        return new ReferenceRows(rows, Arrays.stream(rows).map(i -> index[i]).toArray());
    }

    static void minimum(int labelled, String target) {
        if (labelled < MINIMUM) {
            throw new IllegalArgumentException("the reference has " + labelled + " rows with a target " + target
                    + "; at least " + MINIMUM + " are needed to estimate performance");
        }
    }
}
