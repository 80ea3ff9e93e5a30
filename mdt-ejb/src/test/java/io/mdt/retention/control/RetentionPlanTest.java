package io.mdt.retention.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-03T18:00:00Z");

    private static Week week(String monday) {
        return new Week(LocalDate.parse(monday));
    }

    @Test
    void retentionCountsBackFromNowForLiveDataAndFromTheNewestPredictionForHistory() {
        assertThat(RetentionPlan.cutoff(NOW, NOW.minusSeconds(60), 90))
                .isEqualTo(Instant.parse("2026-09-04T17:59:00Z"));
        assertThat(RetentionPlan.cutoff(NOW, Instant.parse("2020-03-31T00:00:00Z"), 30))
                .isEqualTo(Instant.parse("2020-03-01T00:00:00Z"));
        assertThat(RetentionPlan.cutoff(NOW, null, 90)).isEqualTo(Instant.parse("2026-09-04T18:00:00Z"));
    }

    @Test
    void theCurrentWeekAndTwoAheadAreAddedOnce() {
        var fresh = RetentionPlan.of(NOW, RetentionPlan.cutoff(NOW, null, 90), List.of(), List.of());

        assertThat(fresh.add()).containsExactly(week("2026-11-30"), week("2026-12-07"), week("2026-12-14"));
        assertThat(fresh.drop()).isEmpty();
        assertThat(RetentionPlan.of(NOW, fresh.cutoff(), fresh.add(), List.of()).add())
                .isEmpty();
        assertThat(RetentionPlan.horizon(NOW)).isEqualTo(Instant.parse("2026-12-21T00:00:00Z"));
    }

    @Test
    void weeksWhollyBeforeTheCutoffAreDroppedAndTheWeekHoldingItIsKept() {
        var cutoff = Instant.parse("2026-09-04T18:00:00Z");
        var existing = List.of(week("2026-08-24"), week("2026-08-31"), week("2026-09-07"), week("2026-11-30"));

        var plan = RetentionPlan.of(NOW, cutoff, existing, List.of());

        assertThat(plan.drop()).containsExactly(week("2026-08-24"));
        assertThat(plan.add()).containsExactly(week("2026-12-07"), week("2026-12-14"));
    }

    @Test
    void backfilledWeeksWithinTheRetentionGetPartitionsAndOlderOnesDoNot() {
        var cutoff = RetentionPlan.cutoff(NOW, Instant.parse("2020-03-31T00:00:00Z"), 30);

        var plan = RetentionPlan.of(
                NOW, cutoff, List.of(), List.of(week("2020-02-17"), week("2020-02-24"), week("2020-03-30")));

        assertThat(plan.add())
                .containsExactly(
                        week("2020-02-24"),
                        week("2020-03-30"),
                        week("2026-11-30"),
                        week("2026-12-07"),
                        week("2026-12-14"));
    }
}
