package io.mdt.engine.data;

import java.util.Arrays;

/**
 * Codes appended one row at a time, in the narrowest array for the categories seen so far: bytes
 * until the 256th category, then 16-bit values, then ints. Widening copies the rows once per step.
 */
final class CodeBuffer {

    private static final int INITIAL_CAPACITY = 1024;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private char[] chars;
    private int[] ints;
    private int size;

    /** Appends a code, -1 for missing. */
    void add(int code) {
        if (size == capacity()) {
            grow();
        }
        if (ints != null) {
            ints[size++] = code;
        } else if (chars != null && code < ShortCodes.CAPACITY) {
            chars[size++] = (char) (code + 1);
        } else if (chars != null) {
            widenToInts();
            add(code);
        } else if (code < ByteCodes.CAPACITY) {
            bytes[size++] = (byte) (code + 1);
        } else {
            widenToChars();
            add(code);
        }
    }

    private void widenToChars() {
        chars = new char[bytes.length];
        for (int i = 0; i < size; i++) {
            chars[i] = (char) (bytes[i] & 0xFF);
        }
        bytes = null;
    }

    private void widenToInts() {
        ints = new int[chars.length];
        for (int i = 0; i < size; i++) {
            ints[i] = chars[i] - 1;
        }
        chars = null;
    }

    private int capacity() {
        return ints != null ? ints.length : chars != null ? chars.length : bytes.length;
    }

    private void grow() {
        int capacity = Math.max(INITIAL_CAPACITY, size * 2);
        if (ints != null) {
            ints = Arrays.copyOf(ints, capacity);
        } else if (chars != null) {
            chars = Arrays.copyOf(chars, capacity);
        } else {
            bytes = Arrays.copyOf(bytes, capacity);
        }
    }

    /** The rows in their final form, for a dictionary of {@code categories} entries. */
    Codes toCodes(int categories) {
        if (ints != null) {
            return new IntCodes(Arrays.copyOf(ints, size));
        }
        if (chars != null) {
            return new ShortCodes(Arrays.copyOf(chars, size));
        }
        return categories <= PairCodes.CAPACITY
                ? PairCodes.ofShifted(bytes, size)
                : new ByteCodes(Arrays.copyOf(bytes, size));
    }
}
