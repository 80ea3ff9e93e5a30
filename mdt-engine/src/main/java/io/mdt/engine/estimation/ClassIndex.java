package io.mdt.engine.estimation;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.ClassLabels;
import java.util.List;

/**
 * Each row's class as an index into a list of class labels, matched as {@link ClassLabels} matches
 * labels but without making a string per row: a categorical column maps its dictionary once, a
 * numerical one compares numbers with the classes' numeric values.
 */
final class ClassIndex {

    /** A row whose label is none of the classes. */
    static final int OTHER = -1;

    /** A row without a label. */
    static final int MISSING = -2;

    private ClassIndex() {}

    static int[] of(Column column, List<String> classes) {
        return column instanceof CategoricalColumn categories
                ? categorical(categories, classes)
                : numerical(((NumericalColumn) column).values(), classes);
    }

    private static int[] categorical(CategoricalColumn column, List<String> classes) {
        String[] dictionary = column.dictionary();
        int[] byCode = new int[dictionary.length];
        for (int c = 0; c < dictionary.length; c++) {
            byCode[c] = classes.indexOf(ClassLabels.normalise(dictionary[c]));
        }
        int[] codes = column.codes();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codes[i] < 0 ? MISSING : byCode[codes[i]];
        }
        return codes;
    }

    private static int[] numerical(double[] values, List<String> classes) {
        double[] numbers = new double[classes.size()];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = number(classes.get(k));
        }
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            index[i] = Double.isNaN(values[i]) ? MISSING : OTHER;
            for (int k = 0; k < numbers.length && index[i] == OTHER; k++) {
                index[i] = values[i] == numbers[k] ? k : OTHER;
            }
        }
        return index;
    }

    private static double number(String label) {
        try {
            return Double.parseDouble(label);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
