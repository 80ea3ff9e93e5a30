package io.mdt.engine.data;

/**
 * A categorical column, dictionary encoded: row i has category {@code dictionary[codes[i]]}, or is
 * missing when {@code codes[i] == -1}. The reference and the current column may use different
 * dictionaries; categories are matched by name.
 *
 * @param name column name
 * @param codes one code per row
 * @param dictionary category names
 */
public record CategoricalColumn(String name, int[] codes, String[] dictionary) implements Column {

    public CategoricalColumn {
        for (int code : codes) {
            if (code >= dictionary.length || code < -1) {
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

    /**
     * Rows per dictionary entry, and the missing rows in the last slot. Counts into four interleaved
     * tables, so that runs of the same category do not serialise on one counter; with code + 1 as
     * the index, missing (-1) needs no branch.
     */
    public long[] frequencies() {
        int k = dictionary.length + 1;
        int[] c0 = new int[k];
        int[] c1 = new int[k];
        int[] c2 = new int[k];
        int[] c3 = new int[k];
        int i = 0;
        for (; i + 3 < codes.length; i += 4) {
            c0[codes[i] + 1]++;
            c1[codes[i + 1] + 1]++;
            c2[codes[i + 2] + 1]++;
            c3[codes[i + 3] + 1]++;
        }
        for (; i < codes.length; i++) {
            c0[codes[i] + 1]++;
        }
        long[] counts = new long[k];
        for (int code = 0; code < dictionary.length; code++) {
            counts[code] = (long) c0[code + 1] + c1[code + 1] + c2[code + 1] + c3[code + 1];
        }
        counts[dictionary.length] = (long) c0[0] + c1[0] + c2[0] + c3[0];
        return counts;
    }
}
