package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Two versions of a model (or two periods of them) compared metric by metric.
 *
 * @param model the model's name
 * @param first the first version's label
 * @param second the second version's label
 * @param mode {@code PAIRED} (the same prediction ids, paired bootstrap and McNemar) or
 *     {@code PERIODS} (two time ranges, independent bootstrap)
 * @param from the start of the (first) range, null when open
 * @param to its exclusive end, null when open
 * @param secondFrom the start of the second period ({@code PERIODS} only)
 * @param secondTo its exclusive end
 * @param rows the labelled predictions compared: paired ones, or the first period's
 * @param secondRows the second period's labelled predictions; equal to {@code rows} when paired
 * @param metrics each metric over the whole range
 * @param windows each time window's comparison, when a window was asked for; else empty
 */
public record VersionComparison(
        String model,
        String first,
        String second,
        String mode,
        Instant from,
        Instant to,
        Instant secondFrom,
        Instant secondTo,
        long rows,
        long secondRows,
        List<MetricComparison> metrics,
        List<WindowComparison> windows)
        implements Serializable {}
