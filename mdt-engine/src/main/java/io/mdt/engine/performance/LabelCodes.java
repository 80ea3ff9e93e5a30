package io.mdt.engine.performance;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.Arrays;

/**
 * A column's rows as codes into a small table of labels, formatted as {@link ClassLabels} formats
 * them, so that labels are compared once per distinct value rather than once per row. Two codes may
 * carry the same label (the category "1.0" and "1", or -0.0 and 0.0).
 *
 * @param labels the label of each code
 * @param codes each row's code, -1 where the value is missing
 */
record LabelCodes(String[] labels, int[] codes) {

    static LabelCodes of(Column column) {
        if (column instanceof CategoricalColumn categories) {
            String[] dictionary = categories.dictionary();
            String[] labels = new String[dictionary.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = ClassLabels.normalise(dictionary[i]);
            }
            return new LabelCodes(labels, categories.codes());
        }
        return ofNumbers(((NumericalColumn) column).values());
    }

    /** Distinct values by sorting a copy, then each row's code by binary search: no boxing. */
    private static LabelCodes ofNumbers(double[] values) {
        double[] distinct = values.clone();
        Arrays.sort(distinct);
        int k = 0;
        for (double v : distinct) {
            if (!Double.isNaN(v) && (k == 0 || Double.compare(distinct[k - 1], v) != 0)) {
                distinct[k++] = v;
            }
        }
        distinct = Arrays.copyOf(distinct, k);
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = Double.isNaN(values[i]) ? -1 : Arrays.binarySearch(distinct, values[i]);
        }
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            labels[i] = ClassLabels.normalise(Double.toString(distinct[i]));
        }
        return new LabelCodes(labels, codes);
    }
}
