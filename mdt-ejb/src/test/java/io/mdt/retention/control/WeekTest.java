package io.mdt.retention.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekTest {

    @Test
    void aWeekRunsFromMondayMidnightUtcToTheNext() {
        var week = Week.of(Instant.parse("2026-12-03T18:25:54Z"));

        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(Week.of(Instant.parse("2026-12-06T23:59:59.999999Z"))).isEqualTo(week);
        assertThat(Week.of(Instant.parse("2026-12-07T00:00:00Z"))).isEqualTo(week.next());
    }

    @Test
    void aPartitionIsNamedAfterItsMondayAndReadBackFromItsName() {
        var week = new Week(LocalDate.parse("2026-11-30"));

        assertThat(week.partitionOf("predictions_7")).isEqualTo("predictions_7_w20261130");
        assertThat(Week.ofPartition("predictions_7_w20261130")).contains(week);
        assertThat(Week.ofPartition("predictions_7_default")).isEmpty();
    }

    @Test
    void weeksBeforeTheEpochAndAcrossYearsAreWeeksToo() {
        assertThat(Week.of(Instant.parse("1969-12-31T12:00:00Z")).monday()).isEqualTo(LocalDate.parse("1969-12-29"));
        assertThat(Week.of(Instant.parse("2027-01-01T00:00:00Z")).monday()).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void onlyAMondayStartsAWeek() {
        assertThatThrownBy(() -> new Week(LocalDate.parse("2026-12-01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
