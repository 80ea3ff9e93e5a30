package io.mdt.engine.estimation;

/**
 * Sorts keys ascending and carries a second array along, in place on primitive arrays: a three-way
 * quicksort (so runs of equal keys, common among scores, cost nothing) with insertion sort for short
 * ranges. A chunk's scores are sorted this way to trace its expected ROC curve without boxing a row.
 */
final class PairSort {

    private static final int SHORT = 16;

    private PairSort() {}

    static void sort(double[] keys, double[] values) {
        sort(keys, values, 0, keys.length - 1);
    }

    private static void sort(double[] keys, double[] values, int low, int high) {
        while (high - low >= SHORT) {
            double pivot = median(keys[low], keys[(low + high) >>> 1], keys[high]);
            int lt = low;
            int gt = high;
            int i = low;
            while (i <= gt) {
                if (keys[i] < pivot) {
                    swap(keys, values, lt++, i++);
                } else if (keys[i] > pivot) {
                    swap(keys, values, i, gt--);
                } else {
                    i++;
                }
            }
            if (lt - low < high - gt) {
                sort(keys, values, low, lt - 1);
                low = gt + 1;
            } else {
                sort(keys, values, gt + 1, high);
                high = lt - 1;
            }
        }
        insertion(keys, values, low, high);
    }

    private static void insertion(double[] keys, double[] values, int low, int high) {
        for (int i = low + 1; i <= high; i++) {
            double key = keys[i];
            double value = values[i];
            int j = i - 1;
            while (j >= low && keys[j] > key) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] keys, double[] values, int i, int j) {
        double k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        double v = values[i];
        values[i] = values[j];
        values[j] = v;
    }
}
