package io.mdt.engine.estimation;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns features and the prediction into the numbers a regression tree splits on, learned from the
 * reference so every chunk is coded alike. A categorical feature becomes its category's ordinal in the
 * reference dictionary (trees can still isolate a category in a few splits; one-hot columns would
 * multiply the features by the categories); an unseen or missing category is -1. Numbers, the
 * prediction among them, become their {@link QuantileBins} index; a missing number is -1, so a tree can
 * split missing rows off.
 */
final class FeatureEncoding {

    private final List<String> names;
    private final List<Map<String, Integer>> ordinals;
    private final QuantileBins[] bins;
    private final QuantileBins predictionBins;

    private FeatureEncoding(
            List<String> names, List<Map<String, Integer>> ordinals, QuantileBins[] bins, QuantileBins predictionBins) {
        this.names = names;
        this.ordinals = ordinals;
        this.bins = bins;
        this.predictionBins = predictionBins;
    }

    static FeatureEncoding fit(List<Column> features, double[] prediction) {
        QuantileBins[] bins = new QuantileBins[features.size()];
        List<Map<String, Integer>> ordinals = new java.util.ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            Column column = features.get(j);
            if (column instanceof CategoricalColumn categories) {
                Map<String, Integer> ordinal = new HashMap<>();
                String[] dictionary = categories.dictionary();
                for (int c = 0; c < dictionary.length; c++) {
                    ordinal.put(dictionary[c], c);
                }
                ordinals.add(ordinal);
            } else {
                ordinals.add(null);
                bins[j] = QuantileBins.fit(((NumericalColumn) column).values());
            }
        }
        return new FeatureEncoding(
                features.stream().map(Column::name).toList(), ordinals, bins, QuantileBins.fit(prediction));
    }

    /** One row per selected row (all when {@code rows} is null): the coded features, then the prediction. */
    double[][] encode(List<Column> features, double[] prediction, int[] rows) {
        if (features.size() != names.size()) {
            throw new IllegalArgumentException(
                    "expected the features " + names + ", got " + features.size() + " columns");
        }
        int n = rows == null ? prediction.length : rows.length;
        double[][] x = new double[n][names.size() + 1];
        for (int j = 0; j < names.size(); j++) {
            double[] coded = coded(j, features.get(j));
            for (int i = 0; i < n; i++) {
                x[i][j] = coded[rows == null ? i : rows[i]];
            }
        }
        for (int i = 0; i < n; i++) {
            x[i][names.size()] = predictionBins.code(prediction[rows == null ? i : rows[i]]);
        }
        return x;
    }

    private double[] coded(int j, Column column) {
        if (!column.name().equals(names.get(j))) {
            throw new IllegalArgumentException("feature " + j + " is " + column.name() + ", expected " + names.get(j));
        }
        Map<String, Integer> ordinal = ordinals.get(j);
        if (ordinal == null && column instanceof NumericalColumn numbers) {
            double[] values = numbers.values();
            double[] coded = new double[values.length];
            for (int i = 0; i < coded.length; i++) {
                coded[i] = bins[j].code(values[i]);
            }
            return coded;
        }
        if (ordinal == null) {
            throw new IllegalArgumentException("feature " + column.name() + " is numerical in the reference");
        }
        return categories(ordinal, column);
    }

    /** Category ordinals; a numerical column where the reference had categories is read as text labels. */
    private static double[] categories(Map<String, Integer> ordinal, Column column) {
        double[] coded = new double[column.rows()];
        if (column instanceof CategoricalColumn categories) {
            int[] codes = categories.codes();
            String[] dictionary = categories.dictionary();
            for (int i = 0; i < coded.length; i++) {
                coded[i] = codes[i] < 0 ? -1 : ordinal.getOrDefault(dictionary[codes[i]], -1);
            }
            return coded;
        }
        double[] values = ((NumericalColumn) column).values();
        for (int i = 0; i < coded.length; i++) {
            coded[i] = Double.isNaN(values[i]) ? -1 : ordinal.getOrDefault(label(values[i]), -1);
        }
        return coded;
    }

    private static String label(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
