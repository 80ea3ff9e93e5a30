package io.mdt.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.alerting.entity.Silence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static final Inhibition DATASET_OVER_COLUMNS = new Inhibition(
            "default",
            List.of(new LabelMatcher("kind", "dataset_drift", false, true)),
            List.of(new LabelMatcher("kind", "column_drift|drift_score", true, true)),
            List.of("model"),
            T0);

    private static final Muting.Labelled DATASET =
            new Muting.Labelled("d", Map.of("kind", "dataset_drift", "model", "fraud"));
    private static final Muting.Labelled AGE =
            new Muting.Labelled("a", Map.of("kind", "column_drift", "model", "fraud", "column", "age"));
    private static final Muting.Labelled OTHER_MODEL =
            new Muting.Labelled("o", Map.of("kind", "column_drift", "model", "churn", "column", "age"));

    @Test
    void aDatasetDriftAlertInhibitsTheColumnAlertsOfItsModelOnly() {
        var muting = new Muting(List.of(), List.of(DATASET_OVER_COLUMNS), List.of(DATASET, AGE, OTHER_MODEL), T0);
        assertThat(muting.of(AGE).inhibitedBy()).containsExactly("d");
        assertThat(muting.of(OTHER_MODEL).muted()).isFalse();
        assertThat(muting.of(DATASET).muted()).isFalse();
    }

    @Test
    void nothingInhibitsWithoutAFiringSource() {
        var muting = new Muting(List.of(), List.of(DATASET_OVER_COLUMNS), List.of(AGE), T0);
        assertThat(muting.of(AGE).muted()).isFalse();
    }

    @Test
    void anActiveSilenceMutesWhatItMatches() {
        var silence = new Silence(
                null,
                List.of(
                        new LabelMatcher("column", "a.e", true, true),
                        new LabelMatcher("model", "churn", false, false)),
                T0.minusSeconds(60),
                T0.plusSeconds(3600),
                "ana",
                "known issue",
                T0);
        var muting = new Muting(List.of(silence), List.of(), List.of(), T0);
        assertThat(muting.of(AGE).silencedBy()).hasSize(1);
        assertThat(muting.of(OTHER_MODEL).muted()).isFalse();
        assertThat(new Muting(List.of(silence), List.of(), List.of(), T0.plusSeconds(3600))
                        .of(AGE)
                        .muted())
                .as("ended")
                .isFalse();
    }
}
