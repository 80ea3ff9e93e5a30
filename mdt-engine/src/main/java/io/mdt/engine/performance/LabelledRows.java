package io.mdt.engine.performance;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;

/**
 * The rows that have an actual, and the model's outputs on them. A row whose target is missing has no
 * actual yet and is left out; a labelled row without a prediction or with a score that is not a
 * probability is an error in the data, never silently dropped.
 */
final class LabelledRows {

    private final int[] rows;

    private LabelledRows(int[] rows) {
        this.rows = rows;
    }

    static LabelledRows of(LabelCodes codes) {
        int[] all = codes.codes();
        int n = 0;
        for (int code : all) {
            n += code >= 0 ? 1 : 0;
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] >= 0) {
                rows[k++] = i;
            }
        }
        return new LabelledRows(rows);
    }

    static LabelledRows ofNumbers(NumericalColumn target) {
        double[] values = target.values();
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                rows[k++] = i;
            }
        }
        return new LabelledRows(rows);
    }

    int size() {
        return rows.length;
    }

    /** Each labelled row's code; a missing one is an error naming the column and the row. */
    int[] codes(Column column, LabelCodes codes) {
        int[] all = codes.codes();
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = all[rows[i]];
            if (picked[i] < 0) {
                throw missing(column, rows[i]);
            }
        }
        return picked;
    }

    /** Each labelled row's value, which must be finite. */
    double[] values(NumericalColumn column) {
        double[] all = column.values();
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = all[rows[i]];
            if (!Double.isFinite(picked[i])) {
                throw Double.isNaN(picked[i])
                        ? missing(column, rows[i])
                        : new IllegalArgumentException("column " + column.name() + ", row " + (rows[i] + 1) + ": "
                                + picked[i] + " is not a finite number");
            }
        }
        return picked;
    }

    /** Each labelled row's score, which must be a probability. */
    double[] scores(NumericalColumn column) {
        double[] picked = values(column);
        for (int i = 0; i < picked.length; i++) {
            if (picked[i] < 0 || picked[i] > 1) {
                throw new IllegalArgumentException("column " + column.name() + ", row " + (rows[i] + 1) + ": score "
                        + picked[i] + " is outside [0, 1]");
            }
        }
        return picked;
    }

    static void checkLengths(Column target, Column prediction, List<NumericalColumn> scores) {
        int n = target.rows();
        if (prediction != null && prediction.rows() != n) {
            throw new IllegalArgumentException("prediction " + prediction.name() + " has " + prediction.rows()
                    + " rows, target " + target.name() + " has " + n);
        }
        for (NumericalColumn score : scores) {
            if (score.rows() != n) {
                throw new IllegalArgumentException("score " + score.name() + " has " + score.rows() + " rows, target "
                        + target.name() + " has " + n);
            }
        }
    }

    private static IllegalArgumentException missing(Column column, int row) {
        return new IllegalArgumentException("column " + column.name() + ", row " + (row + 1)
                + ": the value is missing on a row that has an actual");
    }
}
