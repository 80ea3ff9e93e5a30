package io.mdt.engine.performance;

import java.util.Arrays;

/**
 * The median as NumPy's {@code np.median} gives it (the middle value, or for an even count the mean of
 * the two middle values), by selection instead of a sort: Hoare's quickselect with a three-way
 * partition around the median of three (runs of equal values cost one pass), O(n) expected. Past a
 * depth of twice {@code log2 n} partitions the remaining range is sorted (introselect), so adversarial
 * inputs cost O(n log n) at worst. Selection reorders the array but finds the same values a full sort
 * would put in the middle.
 */
final class Median {

    private Median() {}

    /** The median of a non-empty array without NaN; reorders {@code values}. */
    static double of(double[] values) {
        int upper = values.length / 2;
        double high = select(values, upper);
        if (values.length % 2 == 1) {
            return high;
        }
        double low = values[0];
        for (int i = 1; i < upper; i++) {
            low = Math.max(low, values[i]);
        }
        return (low + high) / 2;
    }

    /**
     * Puts the value of sorted rank {@code k} at {@code k}, smaller or equal values before it and greater
     * or equal values after it, and returns it.
     */
    static double select(double[] a, int k) {
        int low = 0;
        int high = a.length - 1;
        int depth = 2 * (Integer.SIZE - Integer.numberOfLeadingZeros(a.length));
        while (high > low) {
            if (depth-- == 0) {
                Arrays.sort(a, low, high + 1);
                return a[k];
            }
            double pivot = medianOfThree(a[low], a[(low + high) >>> 1], a[high]);
            int lt = low;
            int gt = high;
            int i = low;
            while (i <= gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                high = lt - 1;
            } else if (k > gt) {
                low = gt + 1;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
