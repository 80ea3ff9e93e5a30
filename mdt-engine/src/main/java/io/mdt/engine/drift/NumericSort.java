package io.mdt.engine.drift;

import java.util.Arrays;

/**
 * Sorts finite doubles in linear expected time, because sorting dominates the cost of a report on
 * million-row columns. Data spread over its range is distributed into about n/4 equal-width buckets
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

    static void sort(double[] values) {
        if (values.length < SMALL) {
            Arrays.sort(values);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min) || !bucketSort(values, min, max)) {
            radixSort(values);
        }
    }

    private static boolean bucketSort(double[] values, double min, double max) {
        int n = values.length;
        int buckets = n / 4;
        double scale = buckets / (max - min) * (1 - 1e-12);
        if (!Double.isFinite(scale)) {
            return false;
        }
        int[] start = new int[buckets + 1];
        int[] bucketOf = new int[n];
        for (int i = 0; i < n; i++) {
            int b = Math.min(buckets - 1, (int) ((values[i] - min) * scale));
            bucketOf[i] = b;
            start[b + 1]++;
        }
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        if (largest > n / 16) {
            return false;
        }
        double[] sorted = new double[n];
        int[] next = Arrays.copyOf(start, buckets);
        for (int i = 0; i < n; i++) {
            sorted[next[bucketOf[i]]++] = values[i];
        }
        for (int b = 0; b < buckets; b++) {
            finish(sorted, start[b], start[b + 1]);
        }
        System.arraycopy(sorted, 0, values, 0, n);
        return true;
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
