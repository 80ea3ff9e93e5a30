package io.mdt.engine.performance;

import java.util.List;

/**
 * Counts of rows by actual class (matrix rows) and predicted class (matrix columns), as scikit-learn's
 * {@code confusion_matrix}. Multiclass labels are sorted as {@link ClassLabels#sorted}. A binary
 * matrix is {@code [[tn, fp], [fn, tp]]} with the labels {@code [negative, positive]}: the negative label
 * is the one other class seen in the target and prediction, or {@code "not <positive>"} when there is
 * none or several (one-vs-rest), so that the matrix always has its two rows.
 *
 * @param labels the class of each row and column
 * @param matrix {@code matrix[actual][predicted]} row counts
 */
public record ConfusionMatrix(List<String> labels, long[][] matrix) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
    }

    /** Rows whose actual class is {@code actual} and predicted class {@code predicted}, by index. */
    public long count(int actual, int predicted) {
        return matrix[actual][predicted];
    }
}
