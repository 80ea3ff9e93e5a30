package io.mdt.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.report.ColumnDistribution;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationRunTest {

    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");
    private static final Window WINDOW = new Window(1, T, T.plusSeconds(3600));

    static ColumnResult result(String column, ColumnRole role, boolean drift) {
        return new ColumnResult(
                column,
                role,
                ValueType.NUMERICAL,
                new ColumnVerdict("ks", 0.05, drift ? 0.001 : 0.5, 0.1, drift, null, 10L, 10L, 0.0, 0.0, 0.0, 0, 0.0));
    }

    private static final ColumnDistribution BINS =
            new ColumnDistribution.Binned(new double[] {0, 1}, new long[] {10}, new long[] {10});

    @Test
    void completesWithSharesAndPredictionAndTargetVerdicts() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.start(5, T.plusSeconds(1));

        run.complete(
                200,
                100,
                List.of(result("a", ColumnRole.FEATURE, true), result("p", ColumnRole.PREDICTION, false)),
                Map.of("a", BINS),
                1,
                4,
                false,
                T.plusSeconds(3));

        assertThat(run.getStatus()).isEqualTo(RunStatus.DONE);
        assertThat(run.getShare()).isEqualTo(0.25);
        assertThat(run.getPredictionDrift()).isFalse();
        assertThat(run.getTargetDrift()).isNull();
        assertThat(run.getDurationMillis()).isEqualTo(2000);
        assertThat(run.foundDrift()).as("a drifting feature is drift found").isTrue();
        assertThat(run.distributionOf("a")).containsSame(BINS);
        assertThat(run.distributionOf("p")).isEmpty();
    }

    @Test
    void findsNoDriftWhenNoColumnDrifts() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.start(5, T);

        run.complete(200, 100, List.of(result("a", ColumnRole.FEATURE, false)), Map.of(), 0, 1, false, T);

        assertThat(run.foundDrift()).isFalse();
    }

    @Test
    void queuingAgainForgetsTheEarlierOutcome() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.start(5, T);
        run.complete(200, 100, List.of(result("a", ColumnRole.FEATURE, true)), Map.of(), 1, 1, true, T.plusSeconds(1));

        run.queue(WINDOW, T.plusSeconds(60));

        assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.getResults()).isEmpty();
        assertThat(run.getDatasetDrift()).isNull();
        assertThat(run.foundDrift()).isFalse();
    }

    @Test
    void recordsSkipsAndFailuresWithTheirReason() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.skip(3, 100, "too few", T);
        assertThat(run.getStatus()).isEqualTo(RunStatus.SKIPPED);
        assertThat(run.getReason()).isEqualTo("too few");

        run.fail("no reference", T);
        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getReason()).isEqualTo("no reference");
    }

    @Test
    void failsAfterItsLastDeliveryWithAReasonForUsersThatQuotesTheServerLog() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.start(5, T);

        run.failTransiently(5, "c0ffee", T.plusSeconds(7));

        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getReason())
                .startsWith("the database or the message broker was unavailable in all 5 attempts")
                .endsWith("(correlation id c0ffee)");
        assertThat(run.getFinished()).isEqualTo(T.plusSeconds(7));
        assertThat(run.getDurationMillis()).isEqualTo(7000);
    }

    @Test
    void failsOnAnErrorAtOnceSayingThatTryingAgainWouldNotHelp() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);

        run.failOnError("c0ffee", T);

        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getReason()).contains("trying again would not help", "(correlation id c0ffee)");
        assertThat(run.getDurationMillis()).as("never started").isNull();
    }

    @Test
    void aFailedRunQueuedAgainForgetsItsFailure() {
        var run = new EvaluationRun(MonitorTest.monitor(WindowKind.TIME, 3600, 0), WINDOW, T);
        run.failOnError("c0ffee", T);

        run.queue(WINDOW, T.plusSeconds(60));

        assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.getReason()).isNull();
        assertThat(run.getFinished()).isNull();
    }
}
