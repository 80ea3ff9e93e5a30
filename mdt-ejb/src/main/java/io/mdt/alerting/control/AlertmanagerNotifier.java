package io.mdt.alerting.control;

import io.mdt.alerting.entity.ChannelKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sends the alerts to an external Alertmanager's {@code POST /api/v2/alerts}, as Prometheus
 * does: a firing alert ends four group intervals (at least four minutes) from now unless it is
 * sent again, which it is at every flush of its group while it fires; a resolved alert ends
 * when it was resolved. Alertmanager then routes, groups, silences and inhibits them itself.
 */
@ApplicationScoped
public class AlertmanagerNotifier implements Notifier {

    private static final Duration MINIMUM_RESEND = Duration.ofMinutes(1);
    private static final int RESENDS_BEFORE_END = 4;

    @Inject
    HttpPosts posts;

    @Override
    public ChannelKind kind() {
        return ChannelKind.ALERTMANAGER;
    }

    @Override
    public void send(Attempt attempt) throws NotificationFailure {
        var interval = attempt.groupInterval().compareTo(MINIMUM_RESEND) < 0 ? MINIMUM_RESEND : attempt.groupInterval();
        var firingEnd = Instant.now().plus(interval.multipliedBy(RESENDS_BEFORE_END));
        var alerts = Json.createArrayBuilder();
        for (var alert : attempt.content().alerts()) {
            alerts.add(Json.createObjectBuilder()
                    .add("labels", object(alert.labels()))
                    .add("annotations", object(alert.annotations()))
                    .add("startsAt", alert.startsAt().toString())
                    .add("endsAt", (alert.firing() ? firingEnd : alert.endsAt()).toString())
                    .add("generatorURL", alert.generatorURL()));
        }
        var url = attempt.channel().url();
        posts.post(
                (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/api/v2/alerts",
                alerts.build().toString(),
                Map.of());
    }

    private static JsonObjectBuilder object(Map<String, String> map) {
        var object = Json.createObjectBuilder();
        map.forEach(object::add);
        return object;
    }
}
