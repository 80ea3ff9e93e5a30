package io.mdt.retraining.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.retraining.boundary.RetrainingDraft;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetrainingRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");

    @Test
    void anEmptyRequestTrainsOnTheLastThirtyDaysWithAFifthHeldOut() {
        var plan = RetrainingRules.plan(new RetrainingDraft(null, null, null, null, null, null), "v2", NOW);

        assertThat(plan.to()).isEqualTo(NOW);
        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-03T10:15:30Z"));
        assertThat(plan.share()).isEqualTo(0.2);
        assertThat(plan.label()).isEqualTo("v2-retrained-20261203-101530");
    }

    @Test
    void aWindowEndsAtTo() {
        var plan = RetrainingRules.plan(
                new RetrainingDraft(null, " v3 ", null, "2026-11-10T00:00:00Z", "P7D", 0.3), "v2", NOW);

        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(plan.label()).isEqualTo("v3");
        assertThat(plan.share()).isEqualTo(0.3);
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertThatThrownBy(() ->
                        RetrainingRules.plan(new RetrainingDraft(null, "", "yesterday", null, "P1D", 0.9), "v2", NOW))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(v -> v.field())
                                .containsExactlyInAnyOrder("window", "holdoutShare", "label"));
        assertThatThrownBy(() -> RetrainingRules.plan(
                        new RetrainingDraft(null, null, "2026-12-01T00:00:00Z", "2026-11-01T00:00:00Z", null, null),
                        "v2",
                        NOW))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(v -> v.field())
                                .containsExactly("from"));
        assertThatThrownBy(() ->
                        RetrainingRules.plan(new RetrainingDraft(null, null, null, null, "-P1D", null), "v2", NOW))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("positive ISO-8601 duration");
    }
}
