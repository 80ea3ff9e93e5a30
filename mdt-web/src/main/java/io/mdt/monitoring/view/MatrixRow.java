package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ConfusionMatrixSummary;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** One actual class of a confusion matrix: how many of its predictions went to each predicted class. */
public record MatrixRow(String actual, List<Long> counts) implements Serializable {

    public MatrixRow {
        counts = List.copyOf(counts);
    }

    /** The matrix's rows in its labels' order; none without a matrix. */
    static List<MatrixRow> of(ConfusionMatrixSummary matrix) {
        if (matrix == null) {
            return List.of();
        }
        return IntStream.range(0, matrix.labels().size())
                .mapToObj(i ->
                        new MatrixRow(matrix.labels().get(i), matrix.matrix().get(i)))
                .toList();
    }
}
