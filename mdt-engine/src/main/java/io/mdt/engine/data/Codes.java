package io.mdt.engine.data;

/**
 * The category codes of a column in the narrowest array that holds its dictionary: one byte per row
 * up to 255 categories (two rows to a 16-bit value up to 63, which counts faster), two bytes up to
 * 65,535, four beyond. Counting reads every row, so the narrow forms also read less memory.
 */
sealed interface Codes permits PairCodes, ByteCodes, ShortCodes, IntCodes {

    /** The code of a row, -1 when it is missing. */
    int get(int row);

    int size();

    /** Rows per code + 1: missing rows in slot 0, code c in slot c + 1, up to {@code categories}. */
    int[] count(int categories);

    /** The narrowest representation for codes of a dictionary of {@code categories} entries. */
    static Codes of(int[] codes, int categories) {
        if (categories <= PairCodes.CAPACITY) {
            return PairCodes.of(codes);
        }
        if (categories <= ByteCodes.CAPACITY) {
            return ByteCodes.of(codes);
        }
        return categories <= ShortCodes.CAPACITY ? ShortCodes.of(codes) : new IntCodes(codes.clone());
    }
}
