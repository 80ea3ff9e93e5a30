package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The group's timing and its rule for sending follow Alertmanager's aggregation group and dedup stage. */
class NotificationGroupTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static Route route(boolean sendResolved) {
        var channel = new Channel(
                new Channel.ChannelSettings(
                        "hook",
                        ChannelKind.WEBHOOK,
                        "http://localhost/",
                        BodyFormat.ALERTMANAGER,
                        null,
                        List.of(),
                        3,
                        Duration.ofSeconds(2),
                        true),
                T0);
        return new Route(
                channel,
                new Route.RouteSettings(
                        0,
                        List.of(),
                        List.of("model"),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        Duration.ofHours(4),
                        false,
                        sendResolved),
                T0);
    }

    private static NotificationGroup group(boolean sendResolved) {
        return new NotificationGroup(route(sendResolved), Map.of("model", "fraud"));
    }

    @Test
    void aNewGroupIsFlushedAfterTheGroupWaitAndThenEveryGroupInterval() {
        var group = group(true);
        assertThat(group.alertChanged(T0)).isEqualTo(T0.plusSeconds(30));
        assertThat(group.alertChanged(T0.plusSeconds(10))).as("already waiting").isNull();
        assertThat(group.due(T0.plusSeconds(10))).isFalse();
        assertThat(group.due(T0.plusSeconds(30))).isTrue();
        assertThat(group.flushed(true, T0.plusSeconds(30))).isEqualTo(T0.plusSeconds(330));
        assertThat(group.flushed(false, T0.plusSeconds(330))).isNull();
        assertThat(group.due(T0.plusSeconds(400))).isFalse();
        assertThat(group.alertChanged(T0.plusSeconds(500)))
                .as("idle again: group wait")
                .isEqualTo(T0.plusSeconds(530));
    }

    @Test
    void theFirstNotificationNeedsAFiringAlert() {
        var group = group(true);
        assertThat(group.needsNotification(Set.of(), Set.of("a"), T0)).isFalse();
        assertThat(group.needsNotification(Set.of("a"), Set.of(), T0)).isTrue();
    }

    @Test
    void anUnchangedGroupIsSentAgainOnlyAfterTheRepeatInterval() {
        var group = group(true);
        group.notified(Set.of("a"), Set.of(), T0);
        assertThat(group.needsNotification(Set.of("a"), Set.of(), T0.plus(Duration.ofMinutes(5))))
                .isFalse();
        assertThat(group.needsNotification(
                        Set.of("a"), Set.of(), T0.plus(Duration.ofHours(4)).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void aNewFiringAlertIsSentAtTheNextFlush() {
        var group = group(true);
        group.notified(Set.of("a"), Set.of(), T0);
        assertThat(group.needsNotification(Set.of("a", "b"), Set.of(), T0.plusSeconds(300)))
                .isTrue();
        assertThat(group.needsNotification(Set.of("b"), Set.of("a"), T0.plusSeconds(300)))
                .isTrue();
    }

    @Test
    void aResolutionIsSentWhereResolutionsAreSent() {
        var sending = group(true);
        sending.notified(Set.of("a", "b"), Set.of(), T0);
        assertThat(sending.needsNotification(Set.of("a"), Set.of("b"), T0.plusSeconds(300)))
                .isTrue();
        var silent = group(false);
        silent.notified(Set.of("a", "b"), Set.of(), T0);
        assertThat(silent.needsNotification(Set.of("a"), Set.of("b"), T0.plusSeconds(300)))
                .isFalse();
    }

    @Test
    void allAlertsResolvedIsSentEvenWithoutResolutions() {
        var group = group(false);
        group.notified(Set.of("a"), Set.of(), T0);
        assertThat(group.needsNotification(Set.of(), Set.of("a"), T0.plusSeconds(300)))
                .isTrue();
        group.notified(Set.of(), Set.of("a"), T0.plusSeconds(300));
        assertThat(group.needsNotification(Set.of(), Set.of(), T0.plusSeconds(600)))
                .as("fired and resolved between flushes, never told: nothing to send")
                .isFalse();
    }
}
