package io.mdt.engine.data;

/**
 * The category codes of a column in the narrowest array that holds its dictionary. Counting is bound
 * by how many bytes are read, so a column of up to 255 categories costs one byte per row instead of
 * four.
 */
sealed interface Codes permits ByteCodes, ShortCodes, IntCodes {

    /** The code of a row, -1 when it is missing. */
    int get(int row);

    int size();

    /** Rows per code + 1: missing rows in slot 0, code c in slot c + 1, up to {@code categories}. */
    int[] count(int categories);

    /** The narrowest representation for codes of a dictionary of {@code categories} entries. */
    static Codes of(int[] codes, int categories) {
        if (categories <= ByteCodes.CAPACITY) {
            return ByteCodes.of(codes);
        }
        return categories <= ShortCodes.CAPACITY ? ShortCodes.of(codes) : new IntCodes(codes.clone());
    }
}
