package io.mdt.engine.data;

/**
 * A categorical column, dictionary encoded: row i has category {@code dictionary[codes[i]]}, or is
 * missing when {@code codes[i] < 0}. The reference and the current column may use different
 * dictionaries; categories are matched by name.
 *
 * @param name column name
 * @param codes one code per row
 * @param dictionary category names
 */
public record CategoricalColumn(String name, int[] codes, String[] dictionary) implements Column {

    public CategoricalColumn {
        for (int code : codes) {
            if (code >= dictionary.length) {
                throw new IllegalArgumentException(
                        "column " + name + ": code " + code + " outside a dictionary of " + dictionary.length);
            }
        }
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int rows() {
        return codes.length;
    }

    @Override
    public long invalid() {
        return 0;
    }

    /** Rows per dictionary entry, and the missing rows in the last slot. */
    public long[] frequencies() {
        long[] counts = new long[dictionary.length + 1];
        for (int code : codes) {
            counts[code < 0 ? dictionary.length : code]++;
        }
        return counts;
    }
}
