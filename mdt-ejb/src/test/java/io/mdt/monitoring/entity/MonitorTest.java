package io.mdt.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.ingestion.control.PredictionRecordsFixture;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:20:00Z");

    static Monitor monitor(WindowKind kind, long size, long grace) {
        var settings = new MonitorSettings(
                ScheduleKind.INTERVAL,
                "PT1M",
                kind,
                size,
                null,
                Map.of(),
                Map.of(),
                "share:0.5",
                100,
                grace,
                null,
                null);
        return new Monitor(PredictionRecordsFixture.version(), "m", settings, NOW);
    }

    @Test
    void handsOutEachCompleteHourOnceFromTheFirstPrediction() {
        var monitor = monitor(WindowKind.TIME, 3600, 0);

        var first = monitor.dueTimeWindows(NOW, Instant.parse("2026-11-29T07:45:00Z"));
        monitor.handedOut(first);
        var second = monitor.dueTimeWindows(NOW.plusSeconds(3600), Instant.parse("2026-11-29T07:45:00Z"));

        assertThat(first)
                .extracting(Window::start)
                .containsExactly(
                        Instant.parse("2026-11-29T07:00:00Z"),
                        Instant.parse("2026-11-29T08:00:00Z"),
                        Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(first.get(0).end()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(second).extracting(Window::start).containsExactly(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void waitsTheGracePeriodForLatePredictions() {
        var monitor = monitor(WindowKind.TIME, 3600, 1800);

        assertThat(monitor.dueTimeWindows(NOW, Instant.parse("2026-11-29T09:10:00Z")))
                .isEmpty();
        assertThat(monitor.dueTimeWindows(NOW.plusSeconds(600), Instant.parse("2026-11-29T09:10:00Z")))
                .hasSize(1);
    }

    @Test
    void hasNothingDueWithoutPredictions() {
        assertThat(monitor(WindowKind.TIME, 3600, 0).dueTimeWindows(NOW, null)).isEmpty();
    }

    @Test
    void numbersTimeWindowsByTheirStartSoTheSameWindowKeepsItsRun() {
        var monitor = monitor(WindowKind.TIME, 3600, 0);
        var due = monitor.dueTimeWindows(NOW, Instant.parse("2026-11-29T09:00:00Z"));
        var backfill = monitor.timeWindowsBetween(
                Instant.parse("2026-11-29T09:30:00Z"), Instant.parse("2026-11-29T10:00:00Z"));

        assertThat(backfill).containsExactly(due.get(0));
    }

    @Test
    void aBackfillFromTheFirstPredictionIsProgressAndIsNotDueAgain() {
        var monitor = monitor(WindowKind.TIME, 3600, 0);
        var firstPrediction = Instant.parse("2026-11-29T04:10:00Z");

        monitor.backfilled(
                monitor.timeWindowsBetween(
                        Instant.parse("2026-11-29T04:00:00Z"), Instant.parse("2026-11-29T10:00:00Z")),
                firstPrediction,
                NOW);

        assertThat(monitor.getEvaluatedUntil()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(monitor.dueTimeWindows(NOW, firstPrediction)).isEmpty();
    }

    @Test
    void aBackfillBeyondAGapLeavesTheWindowsOfTheGapDue() {
        var monitor = monitor(WindowKind.TIME, 3600, 0);
        var firstPrediction = Instant.parse("2026-11-29T04:10:00Z");

        monitor.backfilled(
                monitor.timeWindowsBetween(
                        Instant.parse("2026-11-29T07:00:00Z"), Instant.parse("2026-11-29T09:00:00Z")),
                firstPrediction,
                NOW);

        assertThat(monitor.getEvaluatedUntil()).isNull();
        assertThat(monitor.dueTimeWindows(NOW, firstPrediction))
                .first()
                .extracting(Window::start)
                .isEqualTo(Instant.parse("2026-11-29T04:00:00Z"));
    }

    @Test
    void aBackfillCountsOnlyItsCompleteWindowsAsProgress() {
        var monitor = monitor(WindowKind.TIME, 3600, 0);
        var firstPrediction = Instant.parse("2026-11-29T08:10:00Z");
        monitor.handedOut(monitor.dueTimeWindows(NOW, firstPrediction));

        monitor.backfilled(
                monitor.timeWindowsBetween(
                        Instant.parse("2026-11-29T09:00:00Z"), Instant.parse("2026-11-29T11:00:00Z")),
                firstPrediction,
                NOW);

        assertThat(monitor.getEvaluatedUntil()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(monitor.dueTimeWindows(NOW.plusSeconds(3600), firstPrediction))
                .extracting(Window::start)
                .containsExactly(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void handsOutCompleteCountWindowsOnly() {
        var monitor = monitor(WindowKind.COUNT, 1000, 0);

        var first = monitor.dueCountWindows(2500);
        monitor.handedOut(first);

        assertThat(first).extracting(Window::index).containsExactly(0L, 1L);
        assertThat(monitor.dueCountWindows(2999)).isEmpty();
        assertThat(monitor.dueCountWindows(3000)).extracting(Window::index).containsExactly(2L);
    }

    @Test
    void boundsTheFanOutOfOneFiring() {
        var monitor = monitor(WindowKind.TIME, 60, 0);

        assertThat(monitor.dueTimeWindows(NOW, NOW.minusSeconds(86_400 * 30))).hasSize(Monitor.MAX_WINDOWS_PER_FIRING);
    }
}
