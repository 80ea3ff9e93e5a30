package io.mdt.engine.comparison;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The paired bootstrap of a metric's difference between two models scored on the same rows
 * (champion and challenger on the same prediction ids). Each resample draws rows with replacement
 * and computes both metrics on the <em>same</em> rows, so that what the two models share (hard rows,
 * easy rows) cancels out of the difference: the interval is much narrower than comparing two
 * separate intervals, and it fits any metric, where McNemar's test fits accuracy only.
 *
 * <p>Cost: each resample computes both metrics once on up to {@value #MAX_ROWS_PER_RESAMPLE} rows;
 * the default {@value #DEFAULT_RESAMPLES} resamples of a metric linear in the rows visit about
 * 10<sup>8</sup> rows per model, a sorting metric (AUC) log n times that. Above {@value
 * #MAX_ROWS_PER_RESAMPLE} rows a resample draws only {@value #MAX_ROWS_PER_RESAMPLE} of them (an
 * m-out-of-n bootstrap): the spread of a metric on m rows is about {@code sqrt(n / m)} times its
 * spread on n, so the interval is wider than the true one and the test conservative. It claims a
 * difference only when 100,000 rows would show it, never one the data cannot support, and at that
 * size an interval is already narrower than most differences worth acting on.
 *
 * <p>The first, second and difference reported are computed on all rows. The resamples are
 * deterministic given the seed (a {@link SplittableRandom}), and the metrics are called from the
 * calling thread only.
 */
public final class PairedBootstrap {

    public static final int DEFAULT_RESAMPLES = Resampling.DEFAULT_RESAMPLES;
    public static final int MAX_RESAMPLES = Resampling.MAX_RESAMPLES;
    public static final int MAX_ROWS_PER_RESAMPLE = Resampling.MAX_ROWS_PER_RESAMPLE;
    public static final long DEFAULT_SEED = Resampling.DEFAULT_SEED;

    private PairedBootstrap() {}

    /** {@link #compare(int, MetricOnRows, MetricOnRows, int, long)} with the default resamples and seed. */
    public static Difference compare(int rows, MetricOnRows first, MetricOnRows second) {
        return compare(rows, first, second, DEFAULT_RESAMPLES, Resampling.DEFAULT_SEED);
    }

    /**
     * The difference {@code second - first} of the metric on rows {@code 0 .. rows - 1}, with the
     * 95% percentile interval over {@code resamples} paired resamples.
     */
    public static Difference compare(int rows, MetricOnRows first, MetricOnRows second, int resamples, long seed) {
        Resampling.check(rows, resamples);
        int[] all = Resampling.allRows(rows);
        Double firstValue = first.apply(all);
        Double secondValue = second.apply(all);
        var random = new SplittableRandom(seed);
        var replicates = new Replicates(resamples);
        int[] indices = Resampling.resampleBuffer(rows);
        for (int r = 0; r < resamples; r++) {
            Resampling.draw(indices, rows, random);
            replicates.add(first.apply(indices), second.apply(indices));
        }
        return replicates.summarise(firstValue, secondValue);
    }

    /**
     * As {@link #compare(int, MetricOnRows, MetricOnRows, int, long)} for several metrics that each
     * model computes together, on the same resamples: the differences by metric, in the order given.
     */
    public static Map<String, Difference> compare(
            int rows, MetricsOnRows first, MetricsOnRows second, List<String> metrics, int resamples, long seed) {
        Resampling.check(rows, resamples);
        int[] all = Resampling.allRows(rows);
        Map<String, Double> firstValues = first.apply(all);
        Map<String, Double> secondValues = second.apply(all);
        var random = new SplittableRandom(seed);
        var replicates = new SeveralReplicates(metrics, resamples);
        int[] indices = Resampling.resampleBuffer(rows);
        for (int r = 0; r < resamples; r++) {
            Resampling.draw(indices, rows, random);
            replicates.add(first.apply(indices), second.apply(indices));
        }
        return replicates.summarise(firstValues, secondValues);
    }
}
