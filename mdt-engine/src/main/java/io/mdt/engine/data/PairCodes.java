package io.mdt.engine.data;

/**
 * Codes of a dictionary of at most 63 categories, two rows to a 16-bit value: code + 1 of an even
 * row in bits 6 to 11 and of the next row in bits 0 to 5, so that missing is 0. One byte per row, as
 * for {@link ByteCodes}, but counting takes one increment per two rows: the 12 bits index a table of
 * row pairs, which is then folded into counts per code. That halves the memory operations, the limit
 * of counting. An odd last row is paired with a padding missing value that is not counted.
 *
 * @param pairs two rows per value
 * @param size number of rows
 */
record PairCodes(char[] pairs, int size) implements Codes {

    static final int CAPACITY = 63;

    private static final int BITS = 6;
    private static final int MASK = (1 << BITS) - 1;
    private static final int CELLS = 1 << (2 * BITS);

    static PairCodes of(int[] codes) {
        char[] pairs = new char[(codes.length + 1) / 2];
        for (int i = 0; i < codes.length; i++) {
            pairs[i >> 1] |= (char) ((codes[i] + 1) << ((~i & 1) * BITS));
        }
        return new PairCodes(pairs, codes.length);
    }

    /** From code + 1 per row, as {@link CodeBuffer} holds them. */
    static PairCodes ofShifted(byte[] shifted, int size) {
        char[] pairs = new char[(size + 1) / 2];
        for (int i = 0; i < size; i++) {
            pairs[i >> 1] |= (char) (shifted[i] << ((~i & 1) * BITS));
        }
        return new PairCodes(pairs, size);
    }

    @Override
    public int get(int row) {
        return ((pairs[row >> 1] >> ((~row & 1) * BITS)) & MASK) - 1;
    }

    /**
     * Four tables of row pairs, so that runs of one pair do not serialise on a single counter, and
     * every 12-bit index is valid without a bounds check.
     */
    @Override
    public int[] count(int categories) {
        int[] t0 = new int[CELLS];
        int[] t1 = new int[CELLS];
        int[] t2 = new int[CELLS];
        int[] t3 = new int[CELLS];
        char[] p = pairs;
        int i = 0;
        for (; i + 3 < p.length; i += 4) {
            t0[p[i] & (CELLS - 1)]++;
            t1[p[i + 1] & (CELLS - 1)]++;
            t2[p[i + 2] & (CELLS - 1)]++;
            t3[p[i + 3] & (CELLS - 1)]++;
        }
        for (; i < p.length; i++) {
            t0[p[i] & (CELLS - 1)]++;
        }
        int[] counts = new int[categories + 1];
        for (int first = 0; first <= categories; first++) {
            for (int second = 0; second <= categories; second++) {
                int cell = first << BITS | second;
                int rows = t0[cell] + t1[cell] + t2[cell] + t3[cell];
                counts[first] += rows;
                counts[second] += rows;
            }
        }
        counts[0] -= size & 1;
        return counts;
    }
}
