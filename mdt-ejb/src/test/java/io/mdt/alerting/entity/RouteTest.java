package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static final Channel CHANNEL = new Channel(
            new Channel.ChannelSettings(
                    "ops", ChannelKind.JMS, null, null, null, List.of(), 6, Duration.ofSeconds(2), true),
            Instant.EPOCH);

    private static Route route(List<LabelMatcher> matchers, List<String> groupBy) {
        return new Route(
                CHANNEL,
                new Route.RouteSettings(
                        0,
                        matchers,
                        groupBy,
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        Duration.ofHours(4),
                        false,
                        true),
                Instant.EPOCH);
    }

    @Test
    void groupsByTheValuesOfItsGroupByLabelsInNameOrder() {
        var route = route(List.of(), List.of("severity", "model"));

        var labels = route.groupLabels(Map.of("model", "churn", "severity", "critical", "column", "age"));

        assertThat(labels).containsExactly(Map.entry("model", "churn"), Map.entry("severity", "critical"));
        assertThat(Route.groupKey(labels)).isEqualTo("{model=\"churn\", severity=\"critical\"}");
    }

    @Test
    void anAbsentGroupByLabelGroupsAsEmpty() {
        var route = route(List.of(), List.of("model", "team"));

        assertThat(Route.groupKey(route.groupLabels(Map.of("model", "churn"))))
                .isEqualTo("{model=\"churn\", team=\"\"}");
    }

    @Test
    void withoutGroupByAllAlertsShareOneGroup() {
        var route = route(List.of(), List.of());

        assertThat(route.groupLabels(Map.of("model", "churn"))).isEmpty();
        assertThat(Route.groupKey(Map.of())).isEqualTo("{}");
    }

    @Test
    void escapesQuotesAndBackslashesSoThatDistinctValuesGiveDistinctKeys() {
        assertThat(Route.groupKey(Map.of("model", "a\"b\\c"))).isEqualTo("{model=\"a\\\"b\\\\c\"}");
        assertThat(Route.groupKey(Map.of("model", "a\", b=\"c")))
                .isNotEqualTo(Route.groupKey(new java.util.TreeMap<>(Map.of("model", "a", "b", "c"))));
    }

    @Test
    void matchesAlertsByAllItsMatchers() {
        var route = route(
                List.of(
                        new LabelMatcher("severity", "critical", false, true),
                        new LabelMatcher("model", "ch.*", true, true)),
                List.of("model"));

        assertThat(route.matches(Map.of("severity", "critical", "model", "churn")))
                .isTrue();
        assertThat(route.matches(Map.of("severity", "warning", "model", "churn")))
                .isFalse();
        assertThat(route(List.of(), List.of()).matches(Map.of())).isTrue();
    }

    @Test
    void keepsItsDurationsInSeconds() {
        var route = route(List.of(), List.of("model"));

        assertThat(route.groupWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(route.settings().repeatInterval()).isEqualTo(Duration.ofHours(4));
        assertThat(route.getChannel()).isSameAs(CHANNEL);
    }
}
