package io.mdt.engine.drift;

import java.util.Arrays;

/**
 * Sorts finite doubles in linear expected time, because sorting dominates the cost of the rank tests
 * on million-row columns. Data spread over its range is distributed into about n/4 equal-width buckets
 * by value and each small bucket is finished by insertion sort (Knuth, TAOCP 5.2.5); data whose
 * largest bucket would hold more than 1/16 of the values (heavy tails, a far outlier) goes to a
 * least-significant-digit radix sort, six passes of 11 bits over the IEEE-754 bits mapped to an
 * order-preserving key. Small arrays use {@link Arrays#sort(double[])}.
 */
final class NumericSort {

    private static final int SMALL = 4096;
    private static final int INSERTION = 48;
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int PASSES = 6;

    private NumericSort() {}

    /**
     * The finite values of {@code raw} in ascending order, in a new array of length {@code finite}
     * (the number of finite values, known to the caller), leaving {@code raw} untouched. Bucketing
     * reads straight from the input, so the only array allocated in the common case is the result.
     */
    static double[] sortedFinite(double[] raw, int finite) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            if (v < min && v > Double.NEGATIVE_INFINITY) {
                min = v;
            }
            if (v > max && v < Double.POSITIVE_INFINITY) {
                max = v;
            }
        }
        if (finite >= SMALL && max > min && Double.isFinite(max - min)) {
            double[] sorted = bucketSort(raw, finite, min, max);
            if (sorted != null) {
                return sorted;
            }
        }
        double[] copy = new double[finite];
        int k = 0;
        for (double v : raw) {
            if (Double.isFinite(v)) {
                copy[k++] = v;
            }
        }
        if (finite < SMALL) {
            Arrays.sort(copy);
        } else {
            radixSort(copy);
        }
        return copy;
    }

    private static double[] bucketSort(double[] raw, int n, double min, double max) {
        int buckets = n / 4;
        double scale = buckets / (max - min) * (1 - 1e-12);
        int[] start = new int[buckets + 1];
        for (double v : raw) {
            if (v >= min && v <= max) {
                start[Math.min(buckets - 1, (int) ((v - min) * scale)) + 1]++;
            }
        }
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        if (largest > n / 16) {
            return null;
        }
        double[] sorted = new double[n];
        int[] next = Arrays.copyOf(start, buckets);
        for (double v : raw) {
            if (v >= min && v <= max) {
                sorted[next[Math.min(buckets - 1, (int) ((v - min) * scale))]++] = v;
            }
        }
        for (int b = 0; b < buckets; b++) {
            finish(sorted, start[b], start[b + 1]);
        }
        return sorted;
    }

    private static void finish(double[] a, int from, int to) {
        if (to - from > INSERTION) {
            Arrays.sort(a, from, to);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= from && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void radixSort(double[] values) {
        long[] keys = new long[values.length];
        int[][] counts = new int[PASSES][RADIX];
        for (int i = 0; i < values.length; i++) {
            long key = toKey(values[i]);
            keys[i] = key;
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][(int) (key >>> (BITS * pass)) & (RADIX - 1)]++;
            }
        }
        long[] buffer = new long[values.length];
        for (int pass = 0; pass < PASSES; pass++) {
            if (counts[pass][(int) (keys[0] >>> (BITS * pass)) & (RADIX - 1)] == values.length) {
                continue;
            }
            scatter(keys, buffer, counts[pass], BITS * pass);
            long[] swap = keys;
            keys = buffer;
            buffer = swap;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = fromKey(keys[i]);
        }
    }

    private static void scatter(long[] from, long[] to, int[] count, int shift) {
        int[] offset = new int[RADIX];
        int running = 0;
        for (int d = 0; d < RADIX; d++) {
            offset[d] = running;
            running += count[d];
        }
        for (long key : from) {
            to[offset[(int) (key >>> shift) & (RADIX - 1)]++] = key;
        }
    }

    private static long toKey(double value) {
        long bits = Double.doubleToRawLongBits(value == 0.0 ? 0.0 : value);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    private static double fromKey(long key) {
        long bits = key < 0 ? key ^ Long.MIN_VALUE : ~key;
        return Double.longBitsToDouble(bits);
    }
}
