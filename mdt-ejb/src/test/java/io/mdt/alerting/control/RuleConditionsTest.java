package io.mdt.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.MetricSource;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.alerting.entity.Severity;
import io.mdt.monitoring.boundary.ColumnOutcome;
import io.mdt.monitoring.boundary.MetricOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.boundary.RunPerformance;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.monitoring.entity.ColumnVerdict;
import io.mdt.monitoring.entity.RunStatus;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleConditionsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static AlertRule rule(RuleKind kind, String subject, String operator, Double threshold, MetricSource source) {
        return new AlertRule(
                null,
                null,
                new AlertRule.RuleSettings(
                        "r",
                        kind,
                        subject,
                        operator,
                        threshold,
                        source,
                        kind == RuleKind.FRESHNESS ? Duration.ofHours(1) : null,
                        Severity.WARNING,
                        1,
                        Map.of(),
                        kind.defaultSummary(),
                        kind.defaultDescription(),
                        true,
                        false),
                T0);
    }

    static ColumnOutcome column(String name, double score, boolean drift, Double missing, Integer unseen) {
        return new ColumnOutcome(
                name,
                ColumnRole.FEATURE,
                ValueType.NUMERICAL,
                new ColumnVerdict("ks", 0.05, score, 0.2, drift, null, 100L, 100L, 0.0, missing, 0.01, unseen, null));
    }

    static RunDetail run(
            RunStatus status,
            Double share,
            Boolean datasetDrift,
            List<ColumnOutcome> columns,
            List<MetricOutcome> metrics,
            Long labelled) {
        var summary = new RunSummary(
                1,
                7,
                3,
                T0,
                T0.plusSeconds(3600),
                status,
                status == RunStatus.FAILED ? "the database was down" : null,
                5L,
                1000L,
                500L,
                1,
                2,
                share,
                datasetDrift,
                false,
                null,
                10L,
                T0,
                T0,
                false,
                labelled);
        var performance =
                new RunPerformance(labelled, labelled == null ? null : labelled / 1000.0, null, false, null, metrics);
        return new RunDetail(summary, columns, performance);
    }

    static MetricOutcome metric(
            String name, Double realized, String realizedVerdict, Double estimated, String estimatedVerdict) {
        return new MetricOutcome(
                name,
                realized,
                null,
                estimated,
                null,
                null,
                null,
                null,
                0.9,
                0.85,
                1.0,
                "FIXED",
                realizedVerdict,
                estimatedVerdict,
                false);
    }

    private static final List<ColumnOutcome> COLUMNS =
            List.of(column("age", 0.01, true, 0.2, null), column("income", 0.6, false, 0.0, 3));

    @Test
    void columnDriftObservesEachColumnOrTheNamedOne() {
        var done = run(RunStatus.DONE, 0.5, false, COLUMNS, List.of(), null);
        assertThat(RuleConditions.observe(rule(RuleKind.COLUMN_DRIFT, null, null, null, null), done))
                .extracting(Observation::subject, Observation::holds)
                .containsExactly(tuple("age", true), tuple("income", false));
        assertThat(RuleConditions.observe(rule(RuleKind.COLUMN_DRIFT, "income", null, null, null), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(false);
    }

    @Test
    void figuresAreComparedWithTheThreshold() {
        var done = run(RunStatus.DONE, 0.5, true, COLUMNS, List.of(), 40L);
        assertThat(RuleConditions.observe(rule(RuleKind.MISSING_SHARE, "age", ">", 0.1, null), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(true);
        assertThat(RuleConditions.observe(rule(RuleKind.UNSEEN_CATEGORIES, null, ">", 0.0, null), done))
                .as("only columns with a count of unseen categories")
                .singleElement()
                .extracting(Observation::subject)
                .isEqualTo("income");
        assertThat(RuleConditions.observe(rule(RuleKind.DRIFTED_SHARE, null, ">=", 0.5, null), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(true);
        assertThat(RuleConditions.observe(rule(RuleKind.FEW_ACTUALS, null, "<", 0.1, null), done))
                .singleElement()
                .extracting(Observation::value, Observation::holds)
                .containsExactly(0.04, true);
        assertThat(RuleConditions.observe(rule(RuleKind.DATASET_DRIFT, null, null, null, null), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(true);
    }

    @Test
    void aMissingFigureNeitherFiresNorClears() {
        var noTarget = run(RunStatus.DONE, 0.5, false, COLUMNS, List.of(), null);
        assertThat(RuleConditions.observe(rule(RuleKind.FEW_ACTUALS, null, "<", 0.1, null), noTarget))
                .isEmpty();
        var skipped = run(RunStatus.SKIPPED, null, null, List.of(), List.of(), null);
        assertThat(RuleConditions.observe(rule(RuleKind.COLUMN_DRIFT, null, null, null, null), skipped))
                .isEmpty();
        assertThat(RuleConditions.observe(rule(RuleKind.EVALUATION_FAILED, null, null, null, null), skipped))
                .isEmpty();
    }

    @Test
    void evaluationFailuresFireOnFailedRunsAndClearOnDoneOnes() {
        var failed = run(RunStatus.FAILED, null, null, List.of(), List.of(), null);
        assertThat(RuleConditions.observe(rule(RuleKind.EVALUATION_FAILED, null, null, null, null), failed))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.holds()).isTrue();
                    assertThat(o.figures()).containsEntry("reason", "the database was down");
                });
        var done = run(RunStatus.DONE, 0.0, false, COLUMNS, List.of(), null);
        assertThat(RuleConditions.observe(rule(RuleKind.EVALUATION_FAILED, null, null, null, null), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(false);
        assertThat(RuleConditions.observe(rule(RuleKind.COLUMN_DRIFT, null, null, null, null), failed))
                .isEmpty();
    }

    @Test
    void performanceJudgesTheChosenValueOnTheWorseSide() {
        var metrics = List.of(
                metric("accuracy", 0.8, "BELOW", 0.9, "WITHIN"),
                metric("f1", null, null, 0.7, "BELOW"),
                metric("recall", 1.2, "ABOVE", null, null));
        var done = run(RunStatus.DONE, 0.0, false, COLUMNS, metrics, 500L);
        assertThat(RuleConditions.observe(rule(RuleKind.PERFORMANCE, null, null, null, MetricSource.ANY), done))
                .extracting(Observation::subject, Observation::value, Observation::holds)
                .containsExactly(tuple("accuracy", 0.8, true), tuple("f1", 0.7, true), tuple("recall", 1.2, false));
        assertThat(RuleConditions.observe(rule(RuleKind.PERFORMANCE, null, null, null, MetricSource.REALIZED), done))
                .extracting(Observation::subject)
                .containsExactly("accuracy", "recall");
        assertThat(RuleConditions.observe(
                        rule(RuleKind.PERFORMANCE, "accuracy", null, null, MetricSource.ESTIMATED), done))
                .singleElement()
                .extracting(Observation::holds)
                .isEqualTo(false);
    }
}
