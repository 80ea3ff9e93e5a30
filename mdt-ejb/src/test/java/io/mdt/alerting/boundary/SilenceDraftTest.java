package io.mdt.alerting.boundary;

import static io.mdt.alerting.boundary.Fields.messages;
import static io.mdt.alerting.boundary.Fields.violated;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.LabelMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceDraftTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));
    private static final List<LabelMatcher> CHURN = List.of(new LabelMatcher("model", "churn", false, true));

    private static SilenceDraft checked(SilenceDraft draft) {
        return SilenceDraft.checked(draft, NOW, NOW);
    }

    @Test
    void startsNowUnlessToldOtherwiseAndStripsItsText() {
        var checked = checked(new SilenceDraft(CHURN, null, LATER, " ops ", " deploying v2 ", null));

        assertThat(checked).isEqualTo(new SilenceDraft(CHURN, NOW, LATER, "ops", "deploying v2", null));
    }

    @Test
    void aChangeKeepsTheStartItHasWhenNoneIsGiven() {
        var start = NOW.minus(Duration.ofHours(1));

        assertThat(SilenceDraft.checked(new SilenceDraft(CHURN, null, LATER, "ops", "x", null), NOW, start)
                        .startsAt())
                .isEqualTo(start);
    }

    @Test
    void mayStartLaterOrEarlier() {
        var start = NOW.plus(Duration.ofHours(1));

        assertThat(checked(new SilenceDraft(CHURN, start, LATER, "ops", "x", null))
                        .startsAt())
                .isEqualTo(start);
        assertThat(checked(new SilenceDraft(CHURN, NOW.minus(Duration.ofDays(1)), LATER, "ops", "x", null))
                        .startsAt())
                .isEqualTo(NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void needsAnEndAfterItsStartAndInTheFuture() {
        assertThat(messages(() -> checked(new SilenceDraft(CHURN, null, null, "ops", "x", null))))
                .containsExactly("is required: when the silence stops muting");
        assertThat(messages(() -> checked(new SilenceDraft(CHURN, LATER, LATER, "ops", "x", null))))
                .singleElement()
                .asString()
                .startsWith("must be after startsAt");
        assertThat(messages(
                        () -> checked(new SilenceDraft(CHURN, NOW.minus(Duration.ofHours(2)), NOW, "ops", "x", null))))
                .containsExactly("must be in the future");
        assertThat(violated(() -> checked(
                        new SilenceDraft(CHURN, null, Instant.parse("+10000-01-01T00:00:00Z"), "a", "b", null))))
                .containsExactly("endsAt");
    }

    @Test
    void needsAMatcherThatDoesNotMatchTheEmptyString() {
        assertThat(violated(() -> checked(new SilenceDraft(List.of(), null, LATER, "ops", "x", null))))
                .containsExactly("matchers");
        assertThat(violated(() -> checked(new SilenceDraft(null, null, LATER, "ops", "x", null))))
                .containsExactly("matchers");
        var empties =
                List.of(new LabelMatcher("model", ".*", true, true), new LabelMatcher("team", "ops", false, false));
        assertThat(messages(() -> checked(new SilenceDraft(empties, null, LATER, "ops", "x", null))))
                .singleElement()
                .asString()
                .contains("must not match the empty string");
        var mixed = List.of(new LabelMatcher("model", ".*", true, true), new LabelMatcher("team", "ops", false, true));
        assertThat(checked(new SilenceDraft(mixed, null, LATER, "ops", "x", null))
                        .matchers())
                .isEqualTo(mixed);
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        var bad = List.of(new LabelMatcher("model", "(", true, true));

        assertThat(violated(() -> checked(new SilenceDraft(bad, null, null, " ", null, null))))
                .containsExactly("matchers[0]", "endsAt", "createdBy", "comment");
        assertThat(violated(() -> checked(null))).containsExactly("body");
    }
}
