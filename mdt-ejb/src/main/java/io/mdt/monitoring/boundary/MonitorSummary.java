package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.PerformanceSettings;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.monitoring.entity.WindowKind;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** A monitor as clients read it. */
public record MonitorSummary(
        long id,
        String model,
        String version,
        String name,
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
        Map<String, MetricThreshold> driftThresholds,
        Instant evaluatedUntil,
        long evaluatedWindows,
        Instant created,
        Instant updated)
        implements Serializable {

    /**
     * The draft that configures a monitor as this one is, for changing some settings and keeping
     * the others ({@link Monitors#update} replaces them all).
     */
    public MonitorDraft draft() {
        return new MonitorDraft(
                name,
                scheduleKind == ScheduleKind.CRON ? schedule : null,
                scheduleKind == ScheduleKind.INTERVAL ? schedule : null,
                windowKind == WindowKind.TIME ? Duration.ofSeconds(windowSize).toString() : null,
                windowKind == WindowKind.COUNT ? windowSize : null,
                referenceId,
                methods,
                thresholds.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> Double.valueOf(entry.getValue()))),
                datasetRule,
                minRows,
                Duration.ofSeconds(graceSeconds).toString(),
                performance == null ? null : performanceDraft(performance),
                thresholdDrafts(driftThresholds));
    }

    private static PerformanceDraft performanceDraft(PerformanceSettings settings) {
        return new PerformanceDraft(
                settings.metrics(),
                settings.minActuals(),
                settings.referenceChunks(),
                thresholdDrafts(settings.thresholds()),
                settings.estimate(),
                Duration.ofSeconds(settings.actualsHorizonSeconds()).toString());
    }

    private static Map<String, ThresholdDraft> thresholdDrafts(Map<String, MetricThreshold> thresholds) {
        return thresholds == null
                ? Map.of()
                : thresholds.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> draftOf(entry.getValue())));
    }

    private static ThresholdDraft draftOf(MetricThreshold threshold) {
        return new ThresholdDraft(threshold.kind(), threshold.lower(), threshold.upper(), threshold.k());
    }

    static MonitorSummary of(Monitor monitor) {
        var settings = monitor.settings();
        return new MonitorSummary(
                monitor.getId(),
                monitor.getVersion().getModel().getName(),
                monitor.getVersion().getLabel(),
                monitor.getName(),
                settings.scheduleKind(),
                settings.schedule(),
                settings.windowKind(),
                settings.windowSize(),
                settings.referenceId(),
                settings.methods(),
                settings.thresholds(),
                settings.datasetRule(),
                settings.minRows(),
                settings.graceSeconds(),
                settings.performance(),
                settings.driftThresholds(),
                monitor.getEvaluatedUntil(),
                monitor.getEvaluatedWindows(),
                monitor.getCreated(),
                monitor.getUpdated());
    }
}
