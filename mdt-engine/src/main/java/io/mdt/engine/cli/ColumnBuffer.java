package io.mdt.engine.cli;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private int[] codes;
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private int size;
    private long invalid;
    private final boolean[] notNumber = new boolean[1];

    ColumnBuffer(String name, Declared declared) {
        this.name = name;
        this.declared = declared;
        if (declared == Declared.CATEGORICAL) {
            codes = new int[1024];
            numbers = null;
        }
    }

    String name() {
        return name;
    }

    boolean numeric() {
        return codes == null;
    }

    void add(byte[] bytes, int start, int end) {
        if (codes != null) {
            addCode(start == end ? -1 : code(new String(bytes, start, end - start, StandardCharsets.UTF_8)));
            return;
        }
        double value = start == end ? Double.NaN : NumberParser.parse(bytes, start, end, notNumber);
        if (notNumber[0]) {
            if (declared == Declared.NUMERICAL) {
                invalid++;
            } else {
                toCategories();
                addCode(code(new String(bytes, start, end - start, StandardCharsets.UTF_8)));
                return;
            }
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = value;
    }

    /** Re-encodes the numbers read so far as categories, when a column turns out not to be numeric. */
    void toCategories() {
        if (codes != null) {
            return;
        }
        codes = new int[Math.max(numbers.length, 16)];
        for (int i = 0; i < size; i++) {
            codes[i] = Double.isNaN(numbers[i]) ? -1 : code(label(numbers[i]));
        }
        numbers = null;
    }

    private static String label(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private int code(String label) {
        return dictionary.computeIfAbsent(label, k -> {
            labels.add(k);
            return labels.size() - 1;
        });
    }

    private void addCode(int code) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = code;
    }

    Column toColumn() {
        if (codes == null) {
            return new NumericalColumn(name, Arrays.copyOf(numbers, size), invalid);
        }
        return new CategoricalColumn(name, Arrays.copyOf(codes, size), labels.toArray(String[]::new));
    }
}
