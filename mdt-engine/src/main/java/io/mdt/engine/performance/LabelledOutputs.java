package io.mdt.engine.performance;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;
import java.util.Set;

/**
 * A model's outputs on the rows that have an actual, decoded once into the primitive arrays the
 * metrics read, so that a bootstrap can evaluate thousands of resamples of them: decoding labels sorts
 * and matches strings, which on 100,000 rows costs more than the metrics themselves. Row {@code i}
 * here is the {@code i}-th labelled row of the columns given; when every row has an actual, it is row
 * {@code i} of the columns.
 */
public final class LabelledOutputs {

    private static final Set<String> SCORE_BASED =
            Set.of("roc_auc", "average_precision", "log_loss", "brier", "roc_auc_ovr", "roc_auc_ovr_weighted");

    private final Rows rows;

    private LabelledOutputs(Rows rows) {
        this.rows = rows;
    }

    /**
     * The outputs decoded as {@link Performance#evaluate} reads them, with the same errors.
     *
     * @throws IllegalArgumentException as {@link Performance#evaluate}
     */
    public static LabelledOutputs of(
            PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        List<NumericalColumn> given = scores == null ? List.of() : scores;
        LabelledRows.checkLengths(target, prediction, given);
        return new LabelledOutputs(
                switch (spec.task()) {
                    case BINARY -> BinaryColumns.decode(spec, target, prediction, given);
                    case MULTICLASS -> MulticlassColumns.decode(spec, target, prediction, given);
                    case REGRESSION -> Regression.decode(target, prediction);
                });
    }

    /** Whether a metric reads the scores, and so costs a sort per evaluation rather than one pass. */
    public static boolean scoreBased(String metric) {
        return SCORE_BASED.contains(metric);
    }

    /** The number of labelled rows. */
    public int size() {
        return rows.size();
    }

    /**
     * The report on the given labelled rows, repeats counted as often as they occur.
     *
     * @param scored whether to compute the score-based metrics; without, they are undefined and the
     *     evaluation is a single pass over the rows
     */
    public PerformanceReport evaluate(int[] rowIndices, boolean scored) {
        return rows.evaluate(rowIndices, scored);
    }

    /** Whether each labelled row's predicted class is its actual one; null for a regression model. */
    public boolean[] correct() {
        return rows.correct();
    }

    static double[] pick(double[] values, int[] rows) {
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }

    /** The decoded rows of one task. */
    interface Rows {

        int size();

        PerformanceReport evaluate(int[] rows, boolean scored);

        boolean[] correct();
    }

    /** A regression model's labelled rows: actual and predicted values. */
    private record Regression(double[] actual, double[] predicted) implements Rows {

        static Regression decode(Column target, Column prediction) {
            if (!(target instanceof NumericalColumn y) || !(prediction instanceof NumericalColumn p)) {
                throw new IllegalArgumentException("a regression model needs a numerical target and prediction");
            }
            LabelledRows labelled = LabelledRows.ofNumbers(y);
            return new Regression(labelled.values(y), labelled.values(p));
        }

        @Override
        public int size() {
            return actual.length;
        }

        @Override
        public PerformanceReport evaluate(int[] rows, boolean scored) {
            return RegressionMetrics.of(pick(actual, rows), pick(predicted, rows));
        }

        @Override
        public boolean[] correct() {
            return null;
        }
    }
}
