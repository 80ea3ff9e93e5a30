package io.mdt.engine.data;

/**
 * Codes of a dictionary of at most 65,535 categories, one unsigned 16-bit value per row holding code
 * + 1, so that missing is 0.
 *
 * @param shifted code + 1 per row
 */
record ShortCodes(char[] shifted) implements Codes {

    static final int CAPACITY = 65_535;

    static ShortCodes of(int[] codes) {
        char[] shifted = new char[codes.length];
        for (int i = 0; i < codes.length; i++) {
            shifted[i] = (char) (codes[i] + 1);
        }
        return new ShortCodes(shifted);
    }

    @Override
    public int get(int row) {
        return shifted[row] - 1;
    }

    @Override
    public int size() {
        return shifted.length;
    }

    /** Two interleaved tables, as for bytes, sized to the dictionary. */
    @Override
    public int[] count(int categories) {
        int k = categories + 1;
        int[] c0 = new int[k];
        int[] c1 = new int[k];
        char[] s = shifted;
        int i = 0;
        for (; i + 1 < s.length; i += 2) {
            c0[s[i]]++;
            c1[s[i + 1]]++;
        }
        if (i < s.length) {
            c0[s[i]]++;
        }
        for (int code = 0; code < k; code++) {
            c0[code] += c1[code];
        }
        return c0;
    }
}
