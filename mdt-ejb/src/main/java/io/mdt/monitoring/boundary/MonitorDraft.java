package io.mdt.monitoring.boundary;

import java.util.Map;

/**
 * A monitor as a client describes it.
 *
 * @param cron five-field cron schedule ({@code minute hour day month weekday}); or
 * @param interval an ISO-8601 duration between runs, e.g. {@code PT1H}
 * @param window an ISO-8601 duration: tumbling time windows of that length; or
 * @param windowRows windows of that many predictions
 * @param referenceId a fixed reference dataset; absent: the version's newest at each run
 * @param methods drift test by column, {@code @numerical}, {@code @categorical} or {@code *}
 * @param thresholds thresholds by the same keys
 * @param datasetRule {@code share:0.5} (default), {@code bonferroni:A} or {@code bh:A}
 * @param minRows windows with fewer predictions are skipped (default 100)
 * @param grace ISO-8601 duration a time window waits for late predictions (default none)
 * @param performance which performance metrics it measures and how it bounds them
 * @param driftThresholds drift thresholds learned from the reference, by column, {@code
 *     @numerical}, {@code @categorical} or {@code *}: {@code STANDARD_DEVIATION} (k standard
 *     deviations beyond the mean score of the reference's chunks, each chunk against the
 *     reference without it), {@code RELATIVE} (a fraction beyond that mean) or {@code FIXED}
 */
public record MonitorDraft(
        String name,
        String cron,
        String interval,
        String window,
        Long windowRows,
        Long referenceId,
        Map<String, String> methods,
        Map<String, Double> thresholds,
        String datasetRule,
        Integer minRows,
        String grace,
        PerformanceDraft performance,
        Map<String, ThresholdDraft> driftThresholds) {}
