package io.mdt.alerting.control;

import io.mdt.alerting.entity.Alert.Finding;
import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an alert says of an observation: its labels (the rule's own, then MDT's, which a rule
 * cannot override) and its annotations rendered from the rule's templates, with a link to the
 * dashboard page that shows the evidence.
 */
@ApplicationScoped
public class AlertFindings {

    /** Labels every alert carries; a rule's labels may not use these names. */
    public static final Set<String> RESERVED_LABELS =
            Set.of("alertname", "rule", "model", "team", "severity", "kind", "column", "metric", "monitor");

    @Inject
    @ConfigProperty(name = "mdt.dashboard.url", defaultValue = "http://localhost:8080")
    String dashboard;

    public Finding of(AlertRule rule, String subject, Observation observation, Evidence evidence) {
        var settings = rule.settings();
        var labels = new TreeMap<>(settings.labels());
        labels.put("alertname", settings.name());
        labels.put("rule", settings.name());
        labels.put("model", evidence.model());
        labels.put("team", evidence.team());
        labels.put("severity", settings.severity().label());
        labels.put("kind", settings.kind().label());
        var subjectKind = settings.kind().subject();
        if (subjectKind == Subject.COLUMN) {
            labels.put("column", subject);
        } else if (subjectKind == Subject.METRIC) {
            labels.put("metric", subject);
        } else if (subjectKind == Subject.MONITOR) {
            labels.put("monitor", subject);
        }
        var link = link(subjectKind, subject, evidence);
        var figures = new HashMap<>(observation.figures());
        figures.put("model", evidence.model());
        figures.put("team", evidence.team());
        figures.put("version", text(evidence.version()));
        figures.put("monitor", text(evidence.monitor()));
        figures.put("rule", settings.name());
        figures.put("severity", settings.severity().label());
        figures.put("kind", settings.kind().label());
        figures.put("value", AlertTemplates.number(observation.value()));
        figures.put("threshold", AlertTemplates.number(settings.threshold()));
        figures.put("operator", text(settings.operator()));
        figures.put(
                "window_start",
                evidence.windowStart() == null ? "" : evidence.windowStart().toString());
        figures.put(
                "window_end",
                evidence.windowEnd() == null ? "" : evidence.windowEnd().toString());
        figures.put("run", evidence.runId() == null ? "" : evidence.runId().toString());
        figures.put("period", settings.period() == null ? "" : settings.period().toString());
        figures.put("link", link);
        return new Finding(
                settings.severity(),
                labels,
                AlertTemplates.render(settings.summary(), figures, labels),
                AlertTemplates.render(settings.description(), figures, labels),
                link,
                observation.value(),
                evidence.monitorId(),
                evidence.runId(),
                evidence.windowEnd());
    }

    /** The dashboard page of the evidence: the monitor's page at the column or metric, or the model's page. */
    private String link(Subject subject, String name, Evidence evidence) {
        var base = dashboard.endsWith("/") ? dashboard.substring(0, dashboard.length() - 1) : dashboard;
        if (evidence.monitorId() == null) {
            return base + "/model.xhtml?name=" + encode(evidence.model());
        }
        var page = base + "/monitor.xhtml?id=" + evidence.monitorId();
        return switch (subject) {
            case COLUMN -> page + "&column=" + encode(name);
            case METRIC -> page + "&metric=" + encode(name);
            case MONITOR, MODEL -> page;
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
