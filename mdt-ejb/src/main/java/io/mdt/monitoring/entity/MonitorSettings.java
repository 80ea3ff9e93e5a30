package io.mdt.monitoring.entity;

import java.util.Map;

/**
 * What a monitor does, validated: when it runs, how it cuts windows, what it compares with
 * and how.
 *
 * @param windowSize seconds for time windows, predictions for count windows
 * @param referenceId a fixed reference dataset, or null for the version's newest at each run
 * @param methods drift test by column name, by {@code @numerical} / {@code @categorical}, or
 *     {@code *} for all; absent means {@code auto}
 * @param thresholds threshold by the same keys, as text
 * @param datasetRule {@code share:0.5}, {@code bonferroni:0.05} or {@code bh:0.05}
 * @param minRows windows with fewer predictions are skipped
 * @param graceSeconds how long after a time window ends it waits for late predictions
 * @param performance what it measures of the version's performance
 * @param driftThresholds drift thresholds learned from the reference, by the same keys as
 *     {@code thresholds}; where one applies it replaces the fixed threshold
 */
public record MonitorSettings(
        ScheduleKind scheduleKind,
        String schedule,
        WindowKind windowKind,
        long windowSize,
        Long referenceId,
        Map<String, String> methods,
        Map<String, String> thresholds,
        String datasetRule,
        int minRows,
        long graceSeconds,
        PerformanceSettings performance,
        Map<String, MetricThreshold> driftThresholds) {

    public MonitorSettings {
        driftThresholds = driftThresholds == null ? Map.of() : Map.copyOf(driftThresholds);
    }
}
