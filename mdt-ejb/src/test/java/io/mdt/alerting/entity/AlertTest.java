package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static Alert.Finding finding(double value, long runId, Instant windowEnd) {
        return new Alert.Finding(
                Severity.WARNING,
                Map.of("model", "fraud", "column", "age"),
                "age drifted",
                "score " + value,
                "http://x",
                value,
                7L,
                runId,
                windowEnd);
    }

    private static Alert firing() {
        return new Alert(1, 2, "age", finding(0.3, 10, T0), T0);
    }

    @Test
    void firesThenUpdatesWithEachRunThatFindsTheConditionAgain() {
        var alert = firing();
        var fired = alert.fired();
        assertThat(fired.getKind()).isEqualTo(TransitionKind.FIRED);
        assertThat(fired.getRunId()).isEqualTo(10);
        var updated = alert.update(finding(0.4, 11, T0.plusSeconds(3600)), T0.plusSeconds(3600));
        assertThat(updated.getKind()).isEqualTo(TransitionKind.UPDATED);
        assertThat(alert.getState()).isEqualTo(AlertState.FIRING);
        assertThat(alert.getValue()).isEqualTo(0.4);
        assertThat(alert.getWindows()).isEqualTo(2);
        assertThat(alert.getStartedAt()).isEqualTo(T0);
    }

    @Test
    void anAcknowledgementEndsWithItsAlert() {
        var alert = firing();
        var acknowledged = alert.acknowledge("ana", "looking into it", T0.plusSeconds(60));
        assertThat(acknowledged.getActor()).isEqualTo("ana");
        assertThat(acknowledged.getRunId()).as("a person, not a run").isNull();
        assertThat(alert.getState()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(alert.getAcknowledgement()).isEqualTo("looking into it");
        var resolved = alert.resolve(null, "the condition cleared", 12L, T0.plusSeconds(7200));
        assertThat(resolved.getState()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.getRunId()).isEqualTo(12);
        assertThat(alert.getAcknowledgedBy()).isNull();
    }

    @Test
    void reopensOnlyWithinThePeriodAfterItsResolution() {
        var alert = firing();
        alert.resolve("ana", "fixed upstream", null, T0.plusSeconds(60));
        var period = Duration.ofHours(1);
        assertThat(alert.reopensWithin(period, T0.plusSeconds(60 + 3600))).isTrue();
        assertThat(alert.reopensWithin(period, T0.plusSeconds(60 + 3601))).isFalse();
        var reopened = alert.reopen(finding(0.5, 13, T0.plusSeconds(120)), T0.plusSeconds(120));
        assertThat(reopened.getKind()).isEqualTo(TransitionKind.REOPENED);
        assertThat(alert.getState()).isEqualTo(AlertState.FIRING);
        assertThat(alert.getResolvedAt()).isNull();
    }

    @Test
    void onlyALaterWindowOfTheSameMonitorClearsIt() {
        var alert = firing();
        assertThat(alert.clearedBy(7L, T0)).isTrue();
        assertThat(alert.clearedBy(7L, T0.plusSeconds(3600))).isTrue();
        assertThat(alert.clearedBy(7L, T0.minusSeconds(3600)))
                .as("an older window evaluated again")
                .isFalse();
        assertThat(alert.clearedBy(8L, T0.plusSeconds(3600)))
                .as("another monitor")
                .isFalse();
    }

    @Test
    void theFingerprintNamesRuleModelAndSubject() {
        assertThat(Alert.fingerprint(1, 2, "age")).hasSize(16).isEqualTo(firing().getFingerprint());
        assertThat(Alert.fingerprint(1, 2, "income")).isNotEqualTo(Alert.fingerprint(1, 2, "age"));
        assertThat(Alert.fingerprint(12, 3, "")).isNotEqualTo(Alert.fingerprint(1, 23, ""));
    }
}
