package io.mdt.monitoring.boundary;

import io.mdt.monitoring.control.DriftSettings;
import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.monitoring.entity.MonitorSettings;
import io.mdt.monitoring.entity.PerformanceSettings;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.monitoring.entity.WindowKind;
import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a {@link MonitorDraft} against the version it watches and turns it into settings,
 * or lists every rule it breaks.
 */
final class MonitorRules {

    static final int DEFAULT_MIN_ROWS = 100;
    static final String DEFAULT_RULE = "share:0.5";

    /** Longest schedule text and dataset rule, as stored. */
    static final int MAX_SCHEDULE = 200;

    static final int MAX_RULE = 40;

    /** Longest interval, window or grace period: a year and a day. */
    static final Duration MAX_DURATION = Duration.ofDays(366);

    /** Most predictions per count window, so that one evaluation reads a bounded window. */
    static final long MAX_WINDOW_ROWS = 10_000_000;

    /** Most chunks of the reference, each of which is measured on its own to learn the noise. */
    static final int MAX_REFERENCE_CHUNKS = 100;

    private static final Set<String> TYPE_KEYS =
            Set.of(DriftSettings.ALL, DriftSettings.NUMERICAL, DriftSettings.CATEGORICAL);

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> keys;
    private final ModelVersion version;

    private MonitorRules(ModelVersion version) {
        this.version = version;
        this.keys =
                version.referenceColumns().stream().map(SchemaColumn::getName).collect(Collectors.toSet());
        this.keys.addAll(TYPE_KEYS);
    }

    static MonitorSettings settings(MonitorDraft draft, ModelVersion version) {
        var rules = new MonitorRules(version);
        var settings = rules.check(draft);
        if (!rules.violations.isEmpty()) {
            throw new ModelValidationException(rules.violations);
        }
        return settings;
    }

    private MonitorSettings check(MonitorDraft draft) {
        if (draft == null) {
            violations.add(new Violation("body", "must be a monitor"));
            return null;
        }
        if (draft.name() == null
                || draft.name().isBlank()
                || draft.name().length() > 200
                || !StorableText.storable(draft.name())) {
            violations.add(new Violation("name", "must be 1 to 200 characters"));
        }
        var scheduleKind = draft.cron() != null ? ScheduleKind.CRON : ScheduleKind.INTERVAL;
        var schedule = draft.cron() != null ? draft.cron().strip() : draft.interval();
        if ((draft.cron() == null) == (draft.interval() == null)) {
            violations.add(new Violation("schedule", "give exactly one of 'cron' and 'interval'"));
        } else if (schedule.length() > MAX_SCHEDULE) {
            violations.add(new Violation(
                    scheduleKind == ScheduleKind.CRON ? "cron" : "interval",
                    "must be at most " + MAX_SCHEDULE + " characters"));
        } else if (scheduleKind == ScheduleKind.CRON) {
            checkCron(schedule);
        } else if (seconds("interval", schedule, 1) < 0) {
            schedule = null;
        }
        var windowKind = draft.window() != null ? WindowKind.TIME : WindowKind.COUNT;
        long windowSize = -1;
        if ((draft.window() == null) == (draft.windowRows() == null)) {
            violations.add(new Violation("window", "give exactly one of 'window' (a duration) and 'windowRows'"));
        } else if (windowKind == WindowKind.TIME) {
            windowSize = seconds("window", draft.window(), 1);
        } else if (draft.windowRows() < 2 || draft.windowRows() > MAX_WINDOW_ROWS) {
            violations.add(new Violation("windowRows", "must be from 2 to " + MAX_WINDOW_ROWS));
        } else {
            windowSize = draft.windowRows();
        }
        var methods = methods(draft.methods());
        var thresholds = thresholds(draft.thresholds());
        var rule =
                draft.datasetRule() == null ? DEFAULT_RULE : draft.datasetRule().strip();
        if (rule.length() > MAX_RULE || DriftSettings.rule(rule).isEmpty()) {
            violations.add(
                    new Violation("datasetRule", "must be share:S, bonferroni:A or bh:A with a level in (0, 1]"));
        }
        int minRows = draft.minRows() == null ? DEFAULT_MIN_ROWS : draft.minRows();
        if (minRows < 1 || minRows > MAX_WINDOW_ROWS) {
            violations.add(new Violation("minRows", "must be from 1 to " + MAX_WINDOW_ROWS));
        }
        long grace = draft.grace() == null ? 0 : seconds("grace", draft.grace(), 0);
        return new MonitorSettings(
                scheduleKind,
                schedule,
                windowKind,
                windowSize,
                draft.referenceId(),
                methods,
                thresholds,
                rule,
                minRows,
                grace,
                performance(draft.performance()),
                driftThresholds(draft.driftThresholds()));
    }

    private Map<String, MetricThreshold> driftThresholds(Map<String, ThresholdDraft> drafts) {
        var checked = new HashMap<String, MetricThreshold>();
        (drafts == null ? Map.<String, ThresholdDraft>of() : drafts).forEach((key, draft) -> {
            var field = "driftThresholds." + key;
            if (!keys.contains(key)) {
                violations.add(
                        new Violation(field, "is neither a column of the version nor *, @numerical, @categorical"));
                return;
            }
            var rule = MetricThresholds.check(field, draft, violations);
            if (rule != null) {
                checked.put(key, rule);
            }
        });
        return checked;
    }

    private PerformanceSettings performance(PerformanceDraft draft) {
        var defaults = PerformanceSettings.defaults(version);
        if (draft == null) {
            return defaults;
        }
        var known = defaults.metrics();
        var metrics = draft.metrics() == null ? known : draft.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            if (!known.contains(metrics.get(i))) {
                violations.add(new Violation(
                        "performance.metrics[" + i + "]",
                        "is not a metric of a " + version.getModel().getTaskType() + " model; choose from " + known));
            }
        }
        if (new HashSet<>(metrics).size() != metrics.size()) {
            violations.add(new Violation("performance.metrics", "names a metric twice"));
        }
        if (!known.containsAll(metrics)) {
            metrics = known;
        }
        int minActuals = draft.minActuals() == null ? PerformanceSettings.DEFAULT_MIN_ACTUALS : draft.minActuals();
        if (minActuals < 1 || minActuals > MAX_WINDOW_ROWS) {
            violations.add(new Violation("performance.minActuals", "must be from 1 to " + MAX_WINDOW_ROWS));
        }
        int chunks = draft.referenceChunks() == null
                ? PerformanceSettings.DEFAULT_REFERENCE_CHUNKS
                : draft.referenceChunks();
        if (chunks < 2 || chunks > MAX_REFERENCE_CHUNKS) {
            violations.add(new Violation("performance.referenceChunks", "must be from 2 to " + MAX_REFERENCE_CHUNKS));
        }
        boolean estimate = draft.estimate() == null ? defaults.estimate() : draft.estimate();
        if (estimate && !PerformanceSettings.canEstimate(version)) {
            violations.add(new Violation(
                    "performance.estimate",
                    "needs a target, and score columns for a classifier (with a prediction column for"
                            + " multiclass) or a prediction column for regression"));
        }
        long horizon = draft.actualsHorizon() == null
                ? PerformanceSettings.DEFAULT_HORIZON_SECONDS
                : seconds("performance.actualsHorizon", draft.actualsHorizon(), 0);
        return new PerformanceSettings(
                metrics, minActuals, chunks, metricThresholds(draft.thresholds(), known), estimate, horizon);
    }

    private Map<String, MetricThreshold> metricThresholds(Map<String, ThresholdDraft> drafts, List<String> known) {
        var checked = new HashMap<String, MetricThreshold>();
        (drafts == null ? Map.<String, ThresholdDraft>of() : drafts).forEach((metric, draft) -> {
            var field = "performance.thresholds." + metric;
            if (!metric.equals(PerformanceSettings.ALL) && !known.contains(metric)) {
                violations.add(new Violation(field, "is neither a metric of the model's task nor *"));
                return;
            }
            var rule = MetricThresholds.check(field, draft, violations);
            if (rule != null) {
                checked.put(metric, rule);
            }
        });
        return checked;
    }

    private Map<String, String> methods(Map<String, String> methods) {
        var checked = new HashMap<String, String>();
        (methods == null ? Map.<String, String>of() : methods).forEach((key, name) -> {
            if (!keys.contains(key)) {
                violations.add(new Violation(
                        "methods." + key, "is neither a column of the version nor *, @numerical, @categorical"));
            } else if (!DriftSettings.isKnownMethod(name)) {
                violations.add(new Violation("methods." + key, "'" + name + "' is not a drift test"));
            } else {
                checked.put(key, name.strip());
            }
        });
        return checked;
    }

    private Map<String, String> thresholds(Map<String, Double> thresholds) {
        var checked = new HashMap<String, String>();
        (thresholds == null ? Map.<String, Double>of() : thresholds).forEach((key, value) -> {
            if (!keys.contains(key)) {
                violations.add(new Violation(
                        "thresholds." + key, "is neither a column of the version nor *, @numerical, @categorical"));
            } else if (value == null || !Double.isFinite(value) || value < 0) {
                violations.add(new Violation("thresholds." + key, "must be a non-negative number"));
            } else {
                checked.put(key, String.valueOf(value));
            }
        });
        return checked;
    }

    private void checkCron(String cron) {
        try {
            CronSchedule.parse(cron);
        } catch (CronSchedule.InvalidCronException e) {
            violations.add(new Violation("cron", e.getMessage()));
        }
    }

    /**
     * Seconds of an ISO-8601 duration from {@code minimum} seconds to {@link #MAX_DURATION};
     * -1 after recording a violation.
     */
    private long seconds(String field, String text, long minimum) {
        try {
            var duration = text == null ? null : Duration.parse(text.strip());
            if (duration != null && duration.getSeconds() >= minimum && duration.compareTo(MAX_DURATION) <= 0) {
                return duration.getSeconds();
            }
        } catch (DateTimeParseException | ArithmeticException unreadable) {
            // reported below
        }
        violations.add(new Violation(
                field,
                "must be an ISO-8601 duration from " + minimum + " s to " + MAX_DURATION.toDays()
                        + " days, e.g. PT1H"));
        return -1;
    }
}
