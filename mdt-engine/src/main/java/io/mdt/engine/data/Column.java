package io.mdt.engine.data;

/** One named column of a dataset. */
public sealed interface Column permits NumericalColumn, CategoricalColumn {

    String name();

    ColumnType type();

    /** Number of rows, missing ones included. */
    int rows();

    /** Values that could not be read as this column's type (counted as missing). */
    long invalid();

    /**
     * The given rows, in the given order, as a column of the same name and dictionary: a chunk
     * of a reference, or a reference without one of its chunks.
     */
    Column select(int[] rows);
}
