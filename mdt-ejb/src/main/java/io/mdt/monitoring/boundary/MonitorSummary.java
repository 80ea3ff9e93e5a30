package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.PerformanceSettings;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.monitoring.entity.WindowKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

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
