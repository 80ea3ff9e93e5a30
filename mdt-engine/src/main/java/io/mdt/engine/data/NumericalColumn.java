package io.mdt.engine.data;

/**
 * A numerical column. NaN marks a missing value; infinities are kept here and dropped (and counted)
 * by the engine.
 *
 * @param name column name
 * @param values one value per row; not copied, so the caller must not modify it during a comparison
 * @param invalid how many of the NaN values were values of the wrong type in the source
 */
public record NumericalColumn(String name, double[] values, long invalid) implements Column {

    public NumericalColumn(String name, double[] values) {
        this(name, values, 0);
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERICAL;
    }

    @Override
    public int rows() {
        return values.length;
    }

    @Override
    public NumericalColumn select(int[] rows) {
        double[] selected = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new NumericalColumn(name, selected);
    }
}
