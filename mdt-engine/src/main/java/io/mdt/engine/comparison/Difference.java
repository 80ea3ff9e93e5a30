package io.mdt.engine.comparison;

/**
 * How much a metric changes from a first model (or period) to a second one, with a 95% bootstrap
 * percentile interval of the change.
 *
 * @param first the metric of the first on all its rows, NaN when undefined
 * @param second the metric of the second on all its rows, NaN when undefined
 * @param difference {@code second - first}
 * @param lower the 2.5th percentile of {@code second - first} over the resamples, NaN when no
 *     resample defined it
 * @param upper the 97.5th percentile, NaN when no resample defined it
 * @param significant whether the interval excludes 0
 * @param resamples the number of resamples drawn
 * @param undefinedResamples the resamples on which either metric was undefined, left out of the
 *     interval; a large share means the interval describes only the resamples where the metric exists
 */
public record Difference(
        double first,
        double second,
        double difference,
        double lower,
        double upper,
        boolean significant,
        int resamples,
        int undefinedResamples) {}
