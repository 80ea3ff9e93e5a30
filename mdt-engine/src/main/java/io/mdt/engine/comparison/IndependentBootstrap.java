package io.mdt.engine.comparison;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bootstrap of a metric's difference between two independent samples, such as two periods of
 * one model version: each resample draws each side's rows with replacement on its own, as nothing
 * pairs a row of one period with a row of the other. The interval is therefore wider than a {@link
 * PairedBootstrap} on the same number of rows; use that one whenever both sides score the same
 * rows. Each side is capped at {@value #MAX_ROWS_PER_RESAMPLE} rows per resample, which makes the
 * interval conservative, for the reasons and at the cost given in {@link PairedBootstrap}.
 */
public final class IndependentBootstrap {

    public static final int DEFAULT_RESAMPLES = Resampling.DEFAULT_RESAMPLES;
    public static final int MAX_RESAMPLES = Resampling.MAX_RESAMPLES;
    public static final int MAX_ROWS_PER_RESAMPLE = Resampling.MAX_ROWS_PER_RESAMPLE;

    private IndependentBootstrap() {}

    /** {@link #compare(int, MetricOnRows, int, MetricOnRows, int, long)} with the default resamples and seed. */
    public static Difference compare(int firstRows, MetricOnRows first, int secondRows, MetricOnRows second) {
        return compare(firstRows, first, secondRows, second, DEFAULT_RESAMPLES, Resampling.DEFAULT_SEED);
    }

    /**
     * The difference {@code second - first} of the metric on each side's rows, with the 95%
     * percentile interval over {@code resamples} resamples.
     */
    public static Difference compare(
            int firstRows, MetricOnRows first, int secondRows, MetricOnRows second, int resamples, long seed) {
        Resampling.check(firstRows, resamples);
        Resampling.check(secondRows, resamples);
        Double firstValue = first.apply(Resampling.allRows(firstRows));
        Double secondValue = second.apply(Resampling.allRows(secondRows));
        var random = new SplittableRandom(seed);
        var replicates = new Replicates(resamples);
        int[] firstIndices = Resampling.resampleBuffer(firstRows);
        int[] secondIndices = Resampling.resampleBuffer(secondRows);
        for (int r = 0; r < resamples; r++) {
            Double a = first.apply(Resampling.draw(firstIndices, firstRows, random));
            Double b = second.apply(Resampling.draw(secondIndices, secondRows, random));
            replicates.add(a, b);
        }
        return replicates.summarise(firstValue, secondValue);
    }

    /**
     * As {@link #compare(int, MetricOnRows, int, MetricOnRows, int, long)} for several metrics that each
     * side computes together, on the same resamples: the differences by metric, in the order given.
     */
    public static Map<String, Difference> compare(
            int firstRows,
            MetricsOnRows first,
            int secondRows,
            MetricsOnRows second,
            List<String> metrics,
            int resamples,
            long seed) {
        Resampling.check(firstRows, resamples);
        Resampling.check(secondRows, resamples);
        Map<String, Double> firstValues = first.apply(Resampling.allRows(firstRows));
        Map<String, Double> secondValues = second.apply(Resampling.allRows(secondRows));
        var random = new SplittableRandom(seed);
        var replicates = new SeveralReplicates(metrics, resamples);
        int[] firstIndices = Resampling.resampleBuffer(firstRows);
        int[] secondIndices = Resampling.resampleBuffer(secondRows);
        for (int r = 0; r < resamples; r++) {
            Map<String, Double> a = first.apply(Resampling.draw(firstIndices, firstRows, random));
            Map<String, Double> b = second.apply(Resampling.draw(secondIndices, secondRows, random));
            replicates.add(a, b);
        }
        return replicates.summarise(firstValues, secondValues);
    }
}
