package io.mdt.platform.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private final TimeText utc = new TimeText(ZoneOffset.UTC, NOW);

    @Test
    void aPastInstantIsSaidInTheLargestUnitThatFitsRoundedDown() {
        assertThat(utc.relative(NOW.minusSeconds(59))).isEqualTo("just now");
        assertThat(utc.relative(NOW.minus(Duration.ofMinutes(12)).minusSeconds(59)))
                .isEqualTo("12 min ago");
        assertThat(utc.relative(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 min ago");
        assertThat(utc.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 h ago");
        assertThat(utc.relative(NOW.minus(Duration.ofHours(47)))).isEqualTo("47 h ago");
        assertThat(utc.relative(NOW.minus(Duration.ofDays(2)))).isEqualTo("2 days ago");
        assertThat(utc.relative(NOW.minus(Duration.ofDays(90)))).isEqualTo("3 months ago");
        assertThat(utc.relative(NOW.minus(Duration.ofDays(800)))).isEqualTo("2 years ago");
    }

    @Test
    void aFutureInstantIsSaidAsIn() {
        assertThat(utc.relative(NOW.plus(Duration.ofMinutes(5)))).isEqualTo("in 5 min");
        assertThat(utc.relative(NOW.plus(Duration.ofHours(2)))).isEqualTo("in 2 h");
    }

    @Test
    void noInstantIsNever() {
        assertThat(utc.relative(null)).isEqualTo("never");
        assertThat(utc.exact(null)).isEmpty();
    }

    @Test
    void theExactTimeIsToTheSecondInTheZoneGiven() {
        var instant = Instant.parse("2026-07-01T10:15:30.123456Z");

        assertThat(utc.exact(instant)).isEqualTo("2026-07-01 10:15:30 Z");
        assertThat(new TimeText(ZoneId.of("Europe/Berlin"), NOW).exact(instant)).isEqualTo("2026-07-01 12:15:30 CEST");
        assertThat(new TimeText(ZoneId.of("America/New_York"), NOW).exact(Instant.parse("2026-01-01T03:00:00Z")))
                .isEqualTo("2025-12-31 22:00:00 EST");
    }
}
