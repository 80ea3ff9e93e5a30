package io.mdt.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.alerting.entity.Route.RouteSettings;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteDraftTest {

    private final Violations violations = new Violations();

    private List<String> violated() {
        try {
            violations.raise();
            return List.of();
        } catch (ModelValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    private static RouteDraft draft(String groupWait, String groupInterval, String repeatInterval) {
        return new RouteDraft("ops", null, null, null, groupWait, groupInterval, repeatInterval, null, null);
    }

    @Test
    void takesAlertmanagersDefaultsAndTheGivenPosition() {
        var settings = RouteDraft.settings(draft(null, null, null), 7, violations);

        assertThat(settings)
                .isEqualTo(new RouteSettings(
                        7,
                        List.of(),
                        List.of("model"),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        Duration.ofHours(4),
                        false,
                        true));
        assertThat(violated()).isEmpty();
    }

    @Test
    void takesEverySetting() {
        var critical = List.of(new LabelMatcher("severity", "critical", false, true));
        var draft = new RouteDraft("ops", 3, critical, List.of(), "PT0S", "PT1S", "P366D", true, false);

        assertThat(RouteDraft.settings(draft, 7, violations))
                .isEqualTo(new RouteSettings(
                        3,
                        critical,
                        List.of(),
                        Duration.ZERO,
                        Duration.ofSeconds(1),
                        Duration.ofDays(366),
                        true,
                        false));
        assertThat(violated()).isEmpty();
    }

    @Test
    void boundsTheDurations() {
        RouteDraft.settings(draft("-PT1S", "PT0S", "PT0S"), 0, violations);
        RouteDraft.settings(draft("P2D", "PT24H1S", "P367D"), 0, violations);
        RouteDraft.settings(draft("30s", "PT0.5S", "forever"), 0, violations);

        assertThat(violated())
                .containsExactly(
                        "groupWait",
                        "groupInterval",
                        "repeatInterval",
                        "groupWait",
                        "groupInterval",
                        "repeatInterval",
                        "groupWait",
                        "groupInterval",
                        "repeatInterval");
    }

    @Test
    void boundsThePositionAndChecksMatchersAndGroupLabels() {
        var draft = new RouteDraft(
                "ops",
                -1,
                List.of(new LabelMatcher("model", "[", true, true)),
                List.of("model", "..."),
                null,
                null,
                null,
                null,
                null);

        RouteDraft.settings(draft, 0, violations);
        RouteDraft.settings(new RouteDraft("ops", 1_000_001, null, null, null, null, null, null, null), 0, violations);

        assertThat(violated()).containsExactly("position", "matchers[0]", "groupBy[1]", "position");
    }

    @Test
    void anAbsentDraftIsAViolation() {
        assertThat(RouteDraft.settings(null, 0, violations)).isNull();
        assertThat(violated()).containsExactly("body");
    }
}
