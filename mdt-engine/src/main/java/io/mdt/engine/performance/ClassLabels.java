package io.mdt.engine.performance;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Class labels as text, whatever the column's type, so that a target stored as the number
 * {@code 1.0}, the category {@code "1"} and a positive label given as {@code 1} all name the
 * same class. Classes sort as scikit-learn sorts them: numerically when every label is a
 * number, else as text.
 */
public final class ClassLabels {

    private ClassLabels() {}

    /** Each row's label, null where the value is missing. Integral numbers print without a fraction. */
    public static String[] of(Column column) {
        if (column instanceof NumericalColumn numbers) {
            var values = numbers.values();
            var labels = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                labels[i] = Double.isNaN(values[i]) ? null : format(values[i]);
            }
            return labels;
        }
        var categories = (CategoricalColumn) column;
        var dictionary = categories.dictionary();
        var codes = categories.codes();
        var labels = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            labels[i] = codes[i] < 0 ? null : normalise(dictionary[codes[i]]);
        }
        return labels;
    }

    /** A label as given by a user or a category: numbers in the form {@link #of} gives them. */
    public static String normalise(String label) {
        if (label == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(label.strip());
            return Double.isFinite(value) ? format(value) : label;
        } catch (NumberFormatException e) {
            return label;
        }
    }

    /** The distinct labels in scikit-learn's order. */
    public static List<String> sorted(Collection<String> labels) {
        boolean numeric = labels.stream().allMatch(ClassLabels::isNumber);
        Comparator<String> order =
                numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
        var sorted = new TreeSet<>(order);
        sorted.addAll(labels);
        return new ArrayList<>(sorted);
    }

    /** Whether the label is a finite number, as a numerical column can store it. */
    public static boolean isNumber(String label) {
        try {
            return Double.isFinite(Double.parseDouble(label));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
