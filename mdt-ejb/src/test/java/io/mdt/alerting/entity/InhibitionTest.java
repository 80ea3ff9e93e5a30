package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InhibitionTest {

    /** The default rule of migration V8. */
    private final Inhibition rule = new Inhibition(
            "dataset-drift-inhibits-column-drift",
            List.of(new LabelMatcher("kind", "dataset_drift", false, true)),
            List.of(new LabelMatcher("kind", "column_drift|drift_score", true, true)),
            List.of("model"),
            Instant.EPOCH);

    @Test
    void aSourceAlertMutesTargetsWithTheSameEqualLabels() {
        assertThat(rule.inhibits(
                        Map.of("kind", "dataset_drift", "model", "churn"),
                        Map.of("kind", "column_drift", "model", "churn", "column", "age")))
                .isTrue();
        assertThat(rule.inhibits(
                        Map.of("kind", "dataset_drift", "model", "churn"),
                        Map.of("kind", "drift_score", "model", "churn")))
                .isTrue();
    }

    @Test
    void differentEqualLabelsDoNotInhibit() {
        assertThat(rule.inhibits(
                        Map.of("kind", "dataset_drift", "model", "churn"),
                        Map.of("kind", "column_drift", "model", "fraud")))
                .isFalse();
        assertThat(rule.inhibits(Map.of("kind", "dataset_drift", "model", "churn"), Map.of("kind", "column_drift")))
                .isFalse();
    }

    @Test
    void anEqualLabelAbsentFromBothCountsAsEqual() {
        assertThat(rule.inhibits(Map.of("kind", "dataset_drift"), Map.of("kind", "column_drift")))
                .isTrue();
    }

    @Test
    void bothSidesMustMatchTheirMatchers() {
        assertThat(rule.inhibits(
                        Map.of("kind", "column_drift", "model", "churn"),
                        Map.of("kind", "column_drift", "model", "churn")))
                .isFalse();
        assertThat(rule.inhibits(
                        Map.of("kind", "dataset_drift", "model", "churn"),
                        Map.of("kind", "freshness", "model", "churn")))
                .isFalse();
    }

    @Test
    void noEqualLabelsInhibitAcrossModels() {
        var global = new Inhibition(
                "critical-mutes-warning",
                List.of(new LabelMatcher("severity", "critical", false, true)),
                List.of(new LabelMatcher("severity", "warning", false, true)),
                List.of(),
                Instant.EPOCH);

        assertThat(global.inhibits(
                        Map.of("severity", "critical", "model", "a"), Map.of("severity", "warning", "model", "b")))
                .isTrue();
    }
}
