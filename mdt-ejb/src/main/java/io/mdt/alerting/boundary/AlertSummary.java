package io.mdt.alerting.boundary;

import io.mdt.alerting.control.Muting;
import io.mdt.alerting.entity.Alert;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An alert as clients read it: what it is about, its state and severity (lower case), labels
 * and annotations, the figure and run that last changed it, its acknowledgement, and which
 * silences (ids) and firing alerts (fingerprints) mute its notifications now.
 */
public record AlertSummary(
        long id,
        String fingerprint,
        long ruleId,
        String rule,
        String model,
        String subject,
        String kind,
        String state,
        String severity,
        Map<String, String> labels,
        String summary,
        String description,
        String link,
        Double value,
        Long monitorId,
        Long lastRunId,
        Instant windowEnd,
        int windows,
        Instant startsAt,
        Instant updatedAt,
        Instant resolvedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgement,
        List<Long> silencedBy,
        List<String> inhibitedBy)
        implements Serializable {

    static AlertSummary of(Alert alert, Muting.Muted muted) {
        var labels = alert.getLabels();
        return new AlertSummary(
                alert.getId(),
                alert.getFingerprint(),
                alert.getRuleId(),
                labels.getOrDefault("rule", ""),
                labels.getOrDefault("model", ""),
                alert.getSubject(),
                labels.getOrDefault("kind", ""),
                alert.getState().name().toLowerCase(Locale.ROOT),
                alert.getSeverity().label(),
                labels,
                alert.getSummary(),
                alert.getDescription(),
                alert.getLink(),
                alert.getValue(),
                alert.getMonitorId(),
                alert.getLastRunId(),
                alert.getLastWindowEnd(),
                alert.getWindows(),
                alert.getStartedAt(),
                alert.getUpdatedAt(),
                alert.getResolvedAt(),
                alert.getAcknowledgedBy(),
                alert.getAcknowledgedAt(),
                alert.getAcknowledgement(),
                muted.silencedBy(),
                muted.inhibitedBy());
    }
}
