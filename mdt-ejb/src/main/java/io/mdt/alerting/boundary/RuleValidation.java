package io.mdt.alerting.boundary;

import io.mdt.alerting.control.AlertFindings;
import io.mdt.alerting.control.AlertTemplates;
import io.mdt.alerting.entity.AlertRule.RuleSettings;
import io.mdt.alerting.entity.MetricSource;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.alerting.entity.Severity;
import io.mdt.alerting.entity.Subject;
import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a rule draft into settings, with the kind's defaults, or says every way it is wrong. */
final class RuleValidation {

    private static final Set<String> OPERATORS = Set.of(">", ">=", "<", "<=");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");
    private static final int MAX_NAME = 200;
    private static final int MAX_LABELS = 30;
    private static final int MAX_LABEL_VALUE = 500;
    private static final int MAX_WINDOWS = 100;
    private static final Duration MIN_PERIOD = Duration.ofMinutes(1);

    private final List<Violation> violations = new ArrayList<>();

    private RuleValidation() {}

    static RuleSettings settings(RuleDraft draft) {
        if (draft == null) {
            throw new ModelValidationException(List.of(new Violation("body", "must be a rule")));
        }
        return new RuleValidation().validate(draft);
    }

    private RuleSettings validate(RuleDraft draft) {
        var name = text("name", draft.name(), MAX_NAME, true);
        var kind = kind(draft.kind());
        var subject = subject(kind, draft);
        var operator = operator(kind, draft.operator());
        var threshold = threshold(kind, draft.threshold());
        var source = source(kind, draft.source());
        var period = period(kind, draft.period());
        var severity = severity(draft.severity());
        int forWindows = forWindows(kind, draft.forWindows());
        var labels = labels(draft.labels());
        var summary = template("summary", draft.summary(), kind == null ? "" : kind.defaultSummary());
        var description = template("description", draft.description(), kind == null ? "" : kind.defaultDescription());
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        return new RuleSettings(
                name,
                kind,
                subject,
                operator,
                threshold,
                source,
                period,
                severity,
                forWindows,
                labels,
                summary,
                description,
                draft.enabled() == null || draft.enabled(),
                Boolean.TRUE.equals(draft.retrain()));
    }

    private RuleKind kind(String kind) {
        if (kind != null) {
            for (var value : RuleKind.values()) {
                if (value.label().equals(kind.strip().toLowerCase(Locale.ROOT))) {
                    return value;
                }
            }
        }
        violations.add(new Violation(
                "kind",
                "must be one of "
                        + Arrays.stream(RuleKind.values()).map(RuleKind::label).toList()));
        return null;
    }

    private String subject(RuleKind kind, RuleDraft draft) {
        var subject = kind == null ? null : kind.subject();
        if (draft.column() != null && subject != Subject.COLUMN) {
            violations.add(new Violation("column", "applies only to rules on a column's figure"));
        }
        if (draft.metric() != null && subject != Subject.METRIC) {
            violations.add(new Violation("metric", "applies only to performance rules"));
        }
        var value = subject == Subject.COLUMN ? draft.column() : subject == Subject.METRIC ? draft.metric() : null;
        return value == null ? null : text(subject == Subject.COLUMN ? "column" : "metric", value, MAX_NAME, false);
    }

    private String operator(RuleKind kind, String operator) {
        if (kind == null) {
            return null;
        }
        if (!kind.compares()) {
            if (operator != null) {
                violations.add(
                        new Violation("operator", "applies only to rules that compare a figure with a threshold"));
            }
            return null;
        }
        var value = operator == null ? kind.defaultOperator() : operator.strip();
        if (!OPERATORS.contains(value)) {
            violations.add(new Violation("operator", "must be one of >, >=, <, <="));
        }
        return value;
    }

    private Double threshold(RuleKind kind, Double threshold) {
        if (kind == null) {
            return null;
        }
        if (!kind.compares()) {
            if (threshold != null) {
                violations.add(
                        new Violation("threshold", "applies only to rules that compare a figure with a threshold"));
            }
            return null;
        }
        if (threshold == null) {
            if (kind == RuleKind.UNSEEN_CATEGORIES) {
                return 0.0;
            }
            violations.add(new Violation("threshold", "is required for " + kind.label() + " rules"));
            return null;
        }
        if (threshold.isNaN() || threshold.isInfinite()) {
            violations.add(new Violation("threshold", "must be a finite number"));
        }
        return threshold;
    }

    private MetricSource source(RuleKind kind, String source) {
        if (kind != RuleKind.PERFORMANCE) {
            if (source != null) {
                violations.add(new Violation("source", "applies only to performance rules"));
            }
            return null;
        }
        if (source == null) {
            return MetricSource.ANY;
        }
        try {
            return MetricSource.valueOf(source.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("source", "must be realized, estimated or any"));
            return null;
        }
    }

    private Duration period(RuleKind kind, String period) {
        if (kind != RuleKind.FRESHNESS) {
            if (period != null) {
                violations.add(new Violation("period", "applies only to freshness rules"));
            }
            return null;
        }
        if (period == null) {
            violations.add(new Violation("period", "is required for freshness rules, as ISO-8601 (PT1H)"));
            return null;
        }
        try {
            var duration = Duration.parse(period.strip());
            if (duration.compareTo(MIN_PERIOD) < 0 || duration.compareTo(Duration.ofDays(365)) > 0) {
                violations.add(new Violation("period", "must be between one minute and a year"));
            }
            return duration;
        } catch (DateTimeParseException e) {
            violations.add(new Violation("period", "must be an ISO-8601 duration such as PT1H"));
            return null;
        }
    }

    private Severity severity(String severity) {
        if (severity == null) {
            return Severity.WARNING;
        }
        for (var value : Severity.values()) {
            if (value.label().equals(severity.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        violations.add(new Violation("severity", "must be info, warning or critical"));
        return null;
    }

    private int forWindows(RuleKind kind, Integer forWindows) {
        if (forWindows == null) {
            return 1;
        }
        if (kind == RuleKind.FRESHNESS && forWindows != 1) {
            violations.add(new Violation("forWindows", "does not apply to freshness rules, which have no windows"));
        }
        if (forWindows < 1 || forWindows > MAX_WINDOWS) {
            violations.add(new Violation("forWindows", "must be between 1 and " + MAX_WINDOWS));
        }
        return forWindows;
    }

    private Map<String, String> labels(Map<String, String> labels) {
        if (labels == null) {
            return Map.of();
        }
        if (labels.size() > MAX_LABELS) {
            violations.add(new Violation("labels", "may hold at most " + MAX_LABELS + " labels"));
        }
        labels.forEach((name, value) -> {
            if (name == null || !LABEL_NAME.matcher(name).matches()) {
                violations.add(new Violation("labels", "'" + name + "' is not a label name (letters, digits, _)"));
            } else if (AlertFindings.RESERVED_LABELS.contains(name)) {
                violations.add(new Violation("labels." + name, "is set by MDT on every alert; choose another name"));
            } else if (value == null || value.length() > MAX_LABEL_VALUE || !StorableText.storable(value)) {
                violations.add(
                        new Violation("labels." + name, "must be text of at most " + MAX_LABEL_VALUE + " characters"));
            }
        });
        return violations.isEmpty() ? Map.copyOf(labels) : Map.of();
    }

    private String template(String field, String template, String defaultTemplate) {
        if (template == null) {
            return defaultTemplate;
        }
        if (template.isBlank() || !StorableText.storable(template)) {
            violations.add(new Violation(field, "must be text, or absent for the kind's default"));
            return null;
        }
        AlertTemplates.problems(template).forEach(p -> violations.add(new Violation(field, p)));
        return template;
    }

    private String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        var text = value.strip();
        if (text.length() > max || !StorableText.storable(text)) {
            violations.add(new Violation(field, "must be text of at most " + max + " characters"));
        }
        return text;
    }
}
