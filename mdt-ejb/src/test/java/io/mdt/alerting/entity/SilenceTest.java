package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final List<LabelMatcher> CHURN = List.of(new LabelMatcher("model", "churn", false, true));

    private static Silence silence(Duration fromNow, Duration length) {
        var start = NOW.plus(fromNow);
        return new Silence(null, CHURN, start, start.plus(length), "ops", "maintenance", NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void isPendingBeforeItsStartActiveFromItAndExpiredFromItsEnd() {
        var silence = silence(Duration.ofHours(1), Duration.ofHours(2));

        assertThat(silence.status(NOW)).isEqualTo(SilenceStatus.PENDING);
        assertThat(silence.status(NOW.plus(Duration.ofHours(1)))).isEqualTo(SilenceStatus.ACTIVE);
        assertThat(silence.status(NOW.plus(Duration.ofHours(3)).minusNanos(1000)))
                .isEqualTo(SilenceStatus.ACTIVE);
        assertThat(silence.status(NOW.plus(Duration.ofHours(3)))).isEqualTo(SilenceStatus.EXPIRED);
    }

    @Test
    void mutesMatchingAlertsOnlyWhileActive() {
        var silence = silence(Duration.ofHours(-1), Duration.ofHours(2));
        var churn = Map.of("model", "churn", "kind", "column_drift");

        assertThat(silence.mutes(churn, NOW)).isTrue();
        assertThat(silence.mutes(Map.of("model", "fraud"), NOW)).isFalse();
        assertThat(silence.mutes(Map.of(), NOW)).isFalse();
        assertThat(silence.mutes(churn, NOW.minus(Duration.ofHours(2)))).isFalse();
        assertThat(silence.mutes(churn, NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void expiringAnActiveSilenceEndsItNow() {
        var silence = silence(Duration.ofHours(-1), Duration.ofHours(2));

        silence.expire(NOW);

        assertThat(silence.getStartsAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(silence.getEndsAt()).isEqualTo(NOW);
        assertThat(silence.getUpdated()).isEqualTo(NOW);
        assertThat(silence.status(NOW)).isEqualTo(SilenceStatus.EXPIRED);
        assertThat(silence.mutes(Map.of("model", "churn"), NOW)).isFalse();
    }

    @Test
    void expiringAPendingSilenceMeansItNeverMutesAndStillStartsBeforeItEnds() {
        var silence = silence(Duration.ofHours(1), Duration.ofHours(2));

        silence.expire(NOW);

        assertThat(silence.status(NOW)).isEqualTo(SilenceStatus.EXPIRED);
        assertThat(silence.getEndsAt()).isEqualTo(NOW);
        assertThat(silence.getStartsAt())
                .as("the schema's silence_period_check")
                .isBefore(silence.getEndsAt());
        assertThat(silence.mutes(Map.of("model", "churn"), NOW.plus(Duration.ofHours(2))))
                .isFalse();
    }

    @Test
    void expiringAnExpiredSilenceKeepsItsPeriod() {
        var silence = silence(Duration.ofHours(-3), Duration.ofHours(1));

        silence.expire(NOW);

        assertThat(silence.getStartsAt()).isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(silence.getEndsAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
    }
}
