package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Notification;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** A notification as clients read it: where it went, how many alerts it told of, and how its attempts went. */
public record NotificationSummary(
        long id,
        long channelId,
        String channel,
        String kind,
        String status,
        int firing,
        int resolved,
        int attempts,
        String lastError,
        Instant created,
        Instant nextAttempt,
        Instant sentAt)
        implements Serializable {

    static NotificationSummary of(Notification notification) {
        var channel = notification.getChannel();
        return new NotificationSummary(
                notification.getId(),
                channel.getId(),
                channel.getName(),
                channel.getKind().name().toLowerCase(Locale.ROOT),
                notification.getStatus().name().toLowerCase(Locale.ROOT),
                notification.getFiring(),
                notification.getResolved(),
                notification.getAttempts(),
                notification.getLastError(),
                notification.getCreated(),
                notification.getNextAttempt(),
                notification.getSentAt());
    }
}
