package io.mdt.alerting.control;

import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.MetricSource;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.monitoring.boundary.ColumnOutcome;
import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.entity.ColumnVerdict;
import io.mdt.monitoring.entity.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a rule's figure from a run and says, per subject, whether the condition holds. A run
 * without the figure (a skipped window has no drift scores, a model without a target no
 * actuals) yields no observation: it neither fires nor resolves an alert.
 */
public final class RuleConditions {

    private RuleConditions() {}

    public static List<Observation> observe(AlertRule rule, RunDetail detail) {
        var run = detail.run();
        var settings = rule.settings();
        if (settings.kind() == RuleKind.EVALUATION_FAILED) {
            return run.status() == RunStatus.FAILED || run.status() == RunStatus.DONE
                    ? List.of(new Observation(
                            "",
                            null,
                            run.status() == RunStatus.FAILED,
                            Map.of("reason", run.reason() == null ? "" : run.reason())))
                    : List.of();
        }
        if (run.status() != RunStatus.DONE) {
            return List.of();
        }
        return switch (settings.kind()) {
            case COLUMN_DRIFT -> columns(rule, detail, v -> v.error() == null ? v.score() : null, v -> v.drift());
            case DRIFT_SCORE -> columns(rule, detail, ColumnVerdict::score, null);
            case MISSING_SHARE -> columns(rule, detail, ColumnVerdict::currentMissingShare, null);
            case OUT_OF_RANGE_SHARE -> columns(rule, detail, ColumnVerdict::outOfRangeShare, null);
            case UNSEEN_CATEGORIES ->
                columns(
                        rule,
                        detail,
                        v -> v.unseenCategories() == null
                                ? null
                                : v.unseenCategories().doubleValue(),
                        null);
            case DRIFTED_SHARE -> model(rule, run.share(), null);
            case DATASET_DRIFT -> model(rule, run.share(), run.datasetDrift());
            case PREDICTION_DRIFT -> model(rule, null, run.predictionDrift());
            case TARGET_DRIFT -> model(rule, null, run.targetDrift());
            case FEW_ACTUALS -> model(rule, detail.performance().labelledShare(), null);
            case PERFORMANCE -> metrics(rule, detail);
            case EVALUATION_FAILED, FRESHNESS -> List.of();
        };
    }

    private static List<Observation> columns(
            AlertRule rule,
            RunDetail detail,
            Function<ColumnVerdict, Double> figure,
            Function<ColumnVerdict, Boolean> verdict) {
        var observations = new ArrayList<Observation>();
        for (ColumnOutcome column : detail.columns()) {
            if (rule.getSubject() != null && !rule.getSubject().equals(column.column())) {
                continue;
            }
            var value = figure.apply(column.result());
            boolean known = verdict == null ? value != null : column.result().error() == null;
            if (known) {
                boolean holds = verdict == null ? rule.exceeds(value) : verdict.apply(column.result());
                observations.add(new Observation(
                        column.column(),
                        value,
                        holds,
                        Map.of(
                                "column",
                                column.column(),
                                "method",
                                column.result().method() == null
                                        ? ""
                                        : column.result().method())));
            }
        }
        return observations;
    }

    private static List<Observation> model(AlertRule rule, Double value, Boolean verdict) {
        if (verdict == null && (value == null || !rule.getKind().compares())) {
            return List.of();
        }
        boolean holds = verdict != null ? verdict : rule.exceeds(value);
        return List.of(new Observation("", value, holds, Map.of()));
    }

    private static List<Observation> metrics(AlertRule rule, RunDetail detail) {
        var source = rule.settings().source();
        var observations = new ArrayList<Observation>();
        for (MetricOutcome metric : detail.performance().metrics()) {
            if (rule.getSubject() != null && !rule.getSubject().equals(metric.metric())) {
                continue;
            }
            boolean realized = metric.realized() != null && source != MetricSource.ESTIMATED;
            boolean estimated = metric.estimated() != null && source != MetricSource.REALIZED;
            if (!realized && !estimated) {
                continue;
            }
            boolean realizedWorse = realized && metric.worse(true);
            boolean estimatedWorse = estimated && metric.worse(false);
            boolean quoteRealized = realized && (realizedWorse || !estimatedWorse);
            var value = quoteRealized ? metric.realized() : metric.estimated();
            observations.add(new Observation(
                    metric.metric(),
                    value,
                    realizedWorse || estimatedWorse,
                    Map.of(
                            "metric", metric.metric(),
                            "source", quoteRealized ? "realized" : "estimated",
                            "lower", AlertTemplates.number(metric.lowerBound()),
                            "upper", AlertTemplates.number(metric.upperBound()),
                            "reference", AlertTemplates.number(metric.referenceValue()))));
        }
        return observations;
    }
}
