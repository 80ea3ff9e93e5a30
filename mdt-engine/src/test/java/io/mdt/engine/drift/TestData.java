package io.mdt.engine.drift;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import java.util.SplittableRandom;

/** Seeded samples for the property and edge-case tests. */
final class TestData {

    private TestData() {}

    static double[] normal(int n, double mean, double sd, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            values[i] = mean + sd * Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
        }
        return values;
    }

    static NumericalColumn numbers(double... values) {
        return new NumericalColumn("x", values);
    }

    static CategoricalColumn categories(String... values) {
        java.util.Map<String, Integer> dictionary = new java.util.LinkedHashMap<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i] == null ? -1 : dictionary.computeIfAbsent(values[i], k -> dictionary.size());
        }
        return new CategoricalColumn("x", codes, dictionary.keySet().toArray(String[]::new));
    }

    static String[] repeat(int times, String... pattern) {
        String[] values = new String[times * pattern.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = pattern[i % pattern.length];
        }
        return values;
    }
}
