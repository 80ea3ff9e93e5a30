package io.mdt.monitoring.control;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.Arrays;

/**
 * Collects one column's values into the engine's primitive arrays: doubles (NaN for missing)
 * for numerical columns, dictionary codes (-1 for missing) for categorical and boolean ones.
 */
abstract sealed class ColumnBuilder {

    private static final int INITIAL_CAPACITY = 1 << 12;

    final String name;

    ColumnBuilder(String name) {
        this.name = name;
    }

    abstract Column build();

    static final class Numbers extends ColumnBuilder {
        private double[] values = new double[INITIAL_CAPACITY];
        private int size;

        Numbers(String name) {
            super(name);
        }

        /** Adds a value; NaN is a missing one. */
        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        @Override
        Column build() {
            return new NumericalColumn(name, Arrays.copyOf(values, size));
        }
    }

    /** Categories go straight into the engine's compact codes: a byte per row for small dictionaries. */
    static final class Categories extends ColumnBuilder {
        private final CategoricalColumn.Builder column;

        Categories(String name) {
            super(name);
            column = CategoricalColumn.builder(name);
        }

        /** Adds a category; null is a missing value. */
        void add(String value) {
            column.add(value);
        }

        @Override
        Column build() {
            return column.build();
        }
    }
}
