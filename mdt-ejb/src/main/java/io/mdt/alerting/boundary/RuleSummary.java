package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.Subject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** An alert rule as clients read it; kind, source and severity in lower case. */
public record RuleSummary(
        long id,
        String name,
        String model,
        Long overrides,
        String kind,
        String column,
        String metric,
        String operator,
        Double threshold,
        String source,
        String period,
        String severity,
        int forWindows,
        Map<String, String> labels,
        String summary,
        String description,
        boolean enabled,
        boolean retrain,
        Instant created,
        Instant updated)
        implements Serializable {

    static RuleSummary of(AlertRule rule, String model) {
        var settings = rule.settings();
        var subject = settings.kind().subject();
        return new RuleSummary(
                rule.getId(),
                settings.name(),
                model,
                rule.getOverrides(),
                settings.kind().label(),
                subject == Subject.COLUMN ? settings.subject() : null,
                subject == Subject.METRIC ? settings.subject() : null,
                settings.operator(),
                settings.threshold(),
                settings.source() == null ? null : settings.source().name().toLowerCase(Locale.ROOT),
                settings.period() == null ? null : settings.period().toString(),
                settings.severity().label(),
                settings.forWindows(),
                settings.labels(),
                settings.summary(),
                settings.description(),
                settings.enabled(),
                settings.retrain(),
                rule.getCreated(),
                rule.getUpdated());
    }
}
