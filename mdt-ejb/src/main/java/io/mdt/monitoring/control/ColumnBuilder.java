package io.mdt.monitoring.control;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects one column's values into the engine's primitive arrays: doubles (NaN for missing)
 * for numerical columns, dictionary codes (-1 for missing) for categorical and boolean ones.
 */
abstract sealed class ColumnBuilder {

    private static final int INITIAL_CAPACITY = 1 << 12;

    final String name;
    int size;

    ColumnBuilder(String name) {
        this.name = name;
    }

    abstract Column build();

    static final class Numbers extends ColumnBuilder {
        private double[] values = new double[INITIAL_CAPACITY];

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

    static final class Categories extends ColumnBuilder {
        private int[] codes = new int[INITIAL_CAPACITY];
        private final Map<String, Integer> dictionary = new HashMap<>();

        Categories(String name) {
            super(name);
        }

        /** Adds a category; null is a missing value. */
        void add(String value) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = value == null ? -1 : dictionary.computeIfAbsent(value, key -> dictionary.size());
        }

        @Override
        Column build() {
            var names = new String[dictionary.size()];
            dictionary.forEach((value, code) -> names[code] = value);
            return new CategoricalColumn(name, Arrays.copyOf(codes, size), names);
        }
    }
}
