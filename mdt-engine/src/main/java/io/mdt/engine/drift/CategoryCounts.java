package io.mdt.engine.drift;

import io.mdt.engine.data.CategoricalColumn;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinTask;

/**
 * Frequencies of each category in the reference and the current sample, over the union of the
 * categories of both sides, in sorted order (numeric order for numbers). A category only one side
 * has gets a zero on the other, which is how every categorical test sees unseen categories.
 *
 * @param labels category names, sorted
 * @param reference count of each category in the reference sample
 * @param current count of each category in the current sample
 */
public record CategoryCounts(String[] labels, long[] reference, long[] current) {

    /** Each distinct number of the two samples is a category. */
    public static CategoryCounts ofValues(SortedSample referenceSample, SortedSample currentSample) {
        int distinct = referenceSample.size() + currentSample.size();
        String[] labels = new String[distinct];
        long[] reference = new long[distinct];
        long[] current = new long[distinct];
        int[] k = new int[1];
        TieGroups.walk(referenceSample, currentSample, (value, a, b) -> {
            labels[k[0]] = format(value);
            reference[k[0]] = a;
            current[k[0]++] = b;
        });
        return new CategoryCounts(
                Arrays.copyOf(labels, k[0]), Arrays.copyOf(reference, k[0]), Arrays.copyOf(current, k[0]));
    }

    /**
     * Categories matched by name across the two dictionaries. The current side is counted in another
     * task of the common pool while this thread counts the reference, so that one large column uses
     * both cores and many columns balance in halves.
     */
    public static CategoryCounts of(CategoricalColumn referenceColumn, CategoricalColumn currentColumn) {
        ForkJoinTask<long[]> currentCounts =
                ForkJoinTask.adapt(currentColumn::frequencies).fork();
        long[] referenceCounts = referenceColumn.frequencies();
        TreeMap<String, long[]> union = new TreeMap<>();
        add(union, referenceColumn, referenceCounts, 0);
        add(union, currentColumn, currentCounts.join(), 1);
        String[] labels = union.keySet().toArray(new String[0]);
        long[] reference = new long[labels.length];
        long[] current = new long[labels.length];
        for (int i = 0; i < labels.length; i++) {
            long[] pair = union.get(labels[i]);
            reference[i] = pair[0];
            current[i] = pair[1];
        }
        return new CategoryCounts(labels, reference, current);
    }

    private static void add(TreeMap<String, long[]> union, CategoricalColumn column, long[] frequencies, int side) {
        for (int code = 0; code < column.dictionary().length; code++) {
            if (frequencies[code] > 0) {
                long[] pair = union.get(column.dictionary()[code]);
                if (pair == null) {
                    pair = new long[2];
                    union.put(column.dictionary()[code], pair);
                }
                pair[side] += frequencies[code];
            }
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    public int size() {
        return labels.length;
    }

    public long referenceTotal() {
        return sum(reference);
    }

    public long currentTotal() {
        return sum(current);
    }

    /** Categories of the current sample that the reference never had. */
    public int unseen() {
        int unseen = 0;
        for (int i = 0; i < labels.length; i++) {
            if (reference[i] == 0 && current[i] > 0) {
                unseen++;
            }
        }
        return unseen;
    }

    /** A plain loop rather than a stream, which would cost the first report a class to generate. */
    private static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** Shares of each side, the input of the distance measures. */
    public Shares shares() {
        return new Shares(share(reference), share(current));
    }

    private static double[] share(long[] counts) {
        double total = sum(counts);
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / total;
        }
        return shares;
    }
}
