package io.mdt.engine.data;

/**
 * Codes of a dictionary of more than 65,535 categories, as they are: -1 for missing.
 *
 * @param codes one code per row
 */
record IntCodes(int[] codes) implements Codes {

    @Override
    public int get(int row) {
        return codes[row];
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public int[] count(int categories) {
        int[] counts = new int[categories + 1];
        for (int code : codes) {
            counts[code + 1]++;
        }
        return counts;
    }
}
