package io.mdt.engine.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A categorical column, dictionary encoded: row i has category {@code dictionary[codes()[i]]}, or
 * is missing when the code is -1. The reference and the current column may use different dictionaries;
 * categories are matched by name.
 *
 * <p>The codes are kept in the narrowest array that holds the dictionary: one byte per row for up to
 * 255 categories (packed two rows to a 16-bit value for up to 63, which halves the work of counting),
 * two bytes for up to 65,535, four beyond. Memory stays proportional to the rows, and
 * counting, which reads every row, reads a quarter of the bytes for the common small dictionaries.
 */
public final class CategoricalColumn implements Column {

    private final String name;
    private final Codes codes;
    private final String[] dictionary;

    /**
     * @param name column name
     * @param codes one code per row, -1 for missing; copied into the compact representation
     * @param dictionary category names
     * @throws IllegalArgumentException when a code is outside the dictionary
     */
    public CategoricalColumn(String name, int[] codes, String[] dictionary) {
        this(name, Codes.of(checked(name, codes, dictionary.length), dictionary.length), dictionary);
    }

    private CategoricalColumn(String name, Codes codes, String[] dictionary) {
        this.name = name;
        this.codes = codes;
        this.dictionary = dictionary;
    }

    private static int[] checked(String name, int[] codes, int categories) {
        for (int code : codes) {
            if (code >= categories || code < -1) {
                throw new IllegalArgumentException(
                        "column " + name + ": code " + code + " outside a dictionary of " + categories);
            }
        }
        return codes;
    }

    /** Builds a column one value at a time, as a reader meets them. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    /** Category names, indexed by code. */
    public String[] dictionary() {
        return dictionary;
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int rows() {
        return codes.size();
    }

    @Override
    public long invalid() {
        return 0;
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] selected = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = codes.get(rows[i]);
        }
        return new CategoricalColumn(name, Codes.of(selected, dictionary.length), dictionary);
    }

    /** A copy of the codes as ints, -1 for missing. */
    public int[] codes() {
        int[] copy = new int[codes.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = codes.get(i);
        }
        return copy;
    }

    /** Rows per dictionary entry, and the missing rows in the last slot. */
    public long[] frequencies() {
        int[] counts = codes.count(dictionary.length);
        long[] frequencies = new long[dictionary.length + 1];
        for (int code = 0; code < dictionary.length; code++) {
            frequencies[code] = counts[code + 1];
        }
        frequencies[dictionary.length] = counts[0];
        return frequencies;
    }

    /**
     * Assigns codes in order of first appearance and keeps them in the narrowest array for the
     * categories seen so far, widening as the dictionary grows.
     */
    public static final class Builder {
        private final String name;
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> labels = new ArrayList<>();
        private final CodeBuffer rows = new CodeBuffer();

        private Builder(String name) {
            this.name = name;
        }

        /** Appends a row; null is a missing value. */
        public Builder add(String label) {
            rows.add(
                    label == null
                            ? -1
                            : codes.computeIfAbsent(label, k -> {
                                labels.add(k);
                                return labels.size() - 1;
                            }));
            return this;
        }

        public CategoricalColumn build() {
            return new CategoricalColumn(name, rows.toCodes(labels.size()), labels.toArray(String[]::new));
        }
    }
}
