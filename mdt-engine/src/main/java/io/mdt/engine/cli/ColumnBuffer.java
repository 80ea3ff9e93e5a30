package io.mdt.engine.cli;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The cells of one CSV column as they are read, in primitive arrays: doubles while every cell is a
 * number (or when the column is declared numerical), dictionary codes once a cell is not (or when
 * declared categorical). An empty cell is missing.
 */
final class ColumnBuffer {

    /** What the user declared for this column. */
    enum Declared {
        INFERRED,
        NUMERICAL,
        CATEGORICAL
    }

    private final String name;
    private final Declared declared;
    private double[] numbers = new double[1024];
    private CategoricalColumn.Builder categories;
    private int size;
    private long invalid;
    private final boolean[] notNumber = new boolean[1];

    ColumnBuffer(String name, Declared declared) {
        this.name = name;
        this.declared = declared;
        if (declared == Declared.CATEGORICAL) {
            categories = CategoricalColumn.builder(name);
            numbers = null;
        }
    }

    String name() {
        return name;
    }

    boolean numeric() {
        return categories == null;
    }

    void add(byte[] bytes, int start, int end) {
        if (categories != null) {
            categories.add(start == end ? null : text(bytes, start, end));
            return;
        }
        double value = start == end ? Double.NaN : NumberParser.parse(bytes, start, end, notNumber);
        if (notNumber[0]) {
            if (declared == Declared.NUMERICAL) {
                invalid++;
            } else {
                toCategories();
                categories.add(text(bytes, start, end));
                return;
            }
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = value;
    }

    /** A cell that is not UTF-8 text: refused, since decoding would turn distinct cells into one. */
    static final class MalformedTextException extends IllegalArgumentException {
        MalformedTextException() {
            super("is not valid UTF-8 text");
        }
    }

    /**
     * The cell as text. Decoding replaces bytes that are not UTF-8 by U+FFFD, so only a cell
     * holding U+FFFD is decoded again, strictly, to tell a real U+FFFD from broken bytes.
     */
    static String text(byte[] bytes, int start, int end) {
        var text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, end - start));
            } catch (CharacterCodingException e) {
                throw new MalformedTextException();
            }
        }
        return text;
    }

    /** Re-encodes the numbers read so far as categories, when a column turns out not to be numeric. */
    void toCategories() {
        if (categories != null) {
            return;
        }
        categories = CategoricalColumn.builder(name);
        for (int i = 0; i < size; i++) {
            categories.add(Double.isNaN(numbers[i]) ? null : label(numbers[i]));
        }
        numbers = null;
    }

    private static String label(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    Column toColumn() {
        if (categories == null) {
            return new NumericalColumn(name, Arrays.copyOf(numbers, size), invalid);
        }
        return categories.build();
    }
}
