package io.mdt.engine.data;

/**
 * Codes of a dictionary of at most 255 categories, one unsigned byte per row holding code + 1, so
 * that missing is 0 and the stored value is the counter's index.
 *
 * @param shifted code + 1 per row
 */
record ByteCodes(byte[] shifted) implements Codes {

    static final int CAPACITY = 255;

    static ByteCodes of(int[] codes) {
        byte[] shifted = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            shifted[i] = (byte) (codes[i] + 1);
        }
        return new ByteCodes(shifted);
    }

    @Override
    public int get(int row) {
        return (shifted[row] & 0xFF) - 1;
    }

    @Override
    public int size() {
        return shifted.length;
    }

    /**
     * Four tables of 256 counters, so that runs of one category do not serialise on a single counter,
     * and every byte is a valid index without a bounds check.
     */
    @Override
    public int[] count(int categories) {
        int[] c0 = new int[256];
        int[] c1 = new int[256];
        int[] c2 = new int[256];
        int[] c3 = new int[256];
        byte[] s = shifted;
        int i = 0;
        for (; i + 3 < s.length; i += 4) {
            c0[s[i] & 0xFF]++;
            c1[s[i + 1] & 0xFF]++;
            c2[s[i + 2] & 0xFF]++;
            c3[s[i + 3] & 0xFF]++;
        }
        for (; i < s.length; i++) {
            c0[s[i] & 0xFF]++;
        }
        int[] counts = new int[categories + 1];
        for (int code = 0; code < counts.length; code++) {
            counts[code] = c0[code] + c1[code] + c2[code] + c3[code];
        }
        return counts;
    }
}
