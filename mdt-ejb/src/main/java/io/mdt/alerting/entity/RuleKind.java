package io.mdt.alerting.entity;

import java.util.Locale;

/**
 * The figure a rule watches. Most are read from each committed run; {@link #FRESHNESS} is
 * checked by a timer. Each kind says what its alerts are about, whether it compares a value
 * with a threshold, and how its alerts read unless the rule says otherwise.
 */
public enum RuleKind {
    COLUMN_DRIFT(
            Subject.COLUMN,
            null,
            "{{column}} of {{model}} drifted",
            "Column {{column}} drifted in the window"
                    + " {{window_start}} to {{window_end}} (monitor {{monitor}}): score {{value}}."),
    DRIFT_SCORE(
            Subject.COLUMN,
            ">",
            "Drift score of {{column}} in {{model}} is {{value}}",
            "The drift score of"
                    + " {{column}} is {{value}} ({{operator}} {{threshold}}) in the window {{window_start}} to {{window_end}}."),
    DRIFTED_SHARE(
            Subject.MODEL,
            ">=",
            "{{value}} of the columns of {{model}} drifted",
            "The share of drifted"
                    + " columns is {{value}} ({{operator}} {{threshold}}) in the window {{window_start}} to {{window_end}}."),
    DATASET_DRIFT(
            Subject.MODEL,
            null,
            "The data of {{model}} drifted",
            "Dataset drift in the window"
                    + " {{window_start}} to {{window_end}} (monitor {{monitor}}): {{value}} of the columns drifted."),
    PREDICTION_DRIFT(
            Subject.MODEL,
            null,
            "The predictions of {{model}} drifted",
            "The prediction drifted in the" + " window {{window_start}} to {{window_end}} (monitor {{monitor}})."),
    TARGET_DRIFT(
            Subject.MODEL,
            null,
            "The target of {{model}} drifted",
            "The target drifted in the window" + " {{window_start}} to {{window_end}} (monitor {{monitor}})."),
    PERFORMANCE(
            Subject.METRIC,
            null,
            "{{metric}} of {{model}} degraded to {{value}}",
            "{{metric}} is {{value}},"
                    + " outside its bounds [{{lower}}, {{upper}}], in the window {{window_start}} to {{window_end}}"
                    + " (monitor {{monitor}})."),
    MISSING_SHARE(
            Subject.COLUMN,
            ">",
            "{{value}} of {{column}} in {{model}} is missing",
            "The share of missing"
                    + " values of {{column}} is {{value}} ({{operator}} {{threshold}}) in the window {{window_start}} to"
                    + " {{window_end}}."),
    OUT_OF_RANGE_SHARE(
            Subject.COLUMN,
            ">",
            "{{value}} of {{column}} in {{model}} is out of range",
            "The share of"
                    + " values of {{column}} outside the reference's range is {{value}} ({{operator}} {{threshold}}) in the"
                    + " window {{window_start}} to {{window_end}}."),
    UNSEEN_CATEGORIES(
            Subject.COLUMN,
            ">",
            "{{column}} of {{model}} has {{value}} unseen categories",
            "{{column}}"
                    + " has {{value}} categories the reference does not have ({{operator}} {{threshold}}) in the window"
                    + " {{window_start}} to {{window_end}}."),
    FEW_ACTUALS(
            Subject.MODEL,
            "<",
            "Only {{value}} of the predictions of {{model}} have actuals",
            "The share of"
                    + " predictions with an actual is {{value}} ({{operator}} {{threshold}}) in the window {{window_start}}"
                    + " to {{window_end}}."),
    EVALUATION_FAILED(
            Subject.MONITOR,
            null,
            "Monitor {{monitor}} of {{model}} failed to evaluate",
            "The window" + " {{window_start}} to {{window_end}} could not be evaluated: {{reason}}"),
    FRESHNESS(
            Subject.MODEL,
            null,
            "{{model}} received no predictions for {{period}}",
            "No prediction of any" + " version of {{model}} arrived in the last {{period}}.");

    private final Subject subject;
    private final String defaultOperator;
    private final String summary;
    private final String description;

    RuleKind(Subject subject, String defaultOperator, String summary, String description) {
        this.subject = subject;
        this.defaultOperator = defaultOperator;
        this.summary = summary;
        this.description = description;
    }

    public Subject subject() {
        return subject;
    }

    /** Whether the rule compares the figure with a threshold; null: the kind holds or does not. */
    public String defaultOperator() {
        return defaultOperator;
    }

    public boolean compares() {
        return defaultOperator != null;
    }

    public String defaultSummary() {
        return summary;
    }

    public String defaultDescription() {
        return description;
    }

    /** The {@code kind} label of its alerts: the name in lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
