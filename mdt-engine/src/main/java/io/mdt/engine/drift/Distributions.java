package io.mdt.engine.drift;

import io.mdt.engine.report.ColumnDistribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The distributions of a compared column that the report and the dashboard draw: numbers on
 * {@value #BINS} equal-width bins over the pooled finite range, categories as the
 * {@value #CATEGORIES} most frequent ones and the rest together.
 */
final class Distributions {

    static final int BINS = 20;
    static final int CATEGORIES = 20;

    private Distributions() {}

    /** Shared bins of the finite values; {@code null} when neither side has one. */
    static ColumnDistribution.Binned binned(NumericalPair pair) {
        double min =
                Math.min(pair.referenceSummary().min(), pair.currentSummary().min());
        double max =
                Math.max(pair.referenceSummary().max(), pair.currentSummary().max());
        if (min > max) {
            return null;
        }
        double[] edges = BinEdges.equalWidth(min, max, min == max ? 1 : BINS);
        return new ColumnDistribution.Binned(edges, count(pair.referenceRaw(), edges), count(pair.currentRaw(), edges));
    }

    /**
     * Counts finite values per bin: the bin is computed from the value, then moved by one where
     * rounding put the value on the wrong side of an edge, as NumPy does.
     */
    static long[] count(double[] values, double[] edges) {
        int bins = edges.length - 1;
        double first = edges[0];
        double last = edges[bins];
        double width = last - first;
        long[] counts = new long[bins];
        for (double v : values) {
            if (!(v >= first && v <= last)) {
                continue;
            }
            int bin = Math.min(bins - 1, (int) ((v - first) / width * bins));
            if (v < edges[bin]) {
                bin--;
            } else if (bin < bins - 1 && v >= edges[bin + 1]) {
                bin++;
            }
            counts[bin]++;
        }
        return counts;
    }

    /** The most frequent categories by their share of both samples together, the others summed. */
    static ColumnDistribution.Categories categories(CategoryCounts counts) {
        double referenceTotal = Math.max(1, counts.referenceTotal());
        double currentTotal = Math.max(1, counts.currentTotal());
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, counts.size()).boxed().toList());
        order.sort(Comparator.comparingDouble(
                        (Integer i) -> -(counts.reference()[i] / referenceTotal + counts.current()[i] / currentTotal))
                .thenComparing(i -> counts.labels()[i]));
        List<Integer> shown = order.subList(0, Math.min(CATEGORIES, order.size()));
        long[] reference = shown.stream().mapToLong(i -> counts.reference()[i]).toArray();
        long[] current = shown.stream().mapToLong(i -> counts.current()[i]).toArray();
        return new ColumnDistribution.Categories(
                shown.stream().map(i -> counts.labels()[i]).toList(),
                reference,
                current,
                counts.referenceTotal() - sum(reference),
                counts.currentTotal() - sum(current));
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }
}
