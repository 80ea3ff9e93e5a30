package io.mdt.alerting.control;

import io.mdt.alerting.entity.BodyFormat;
import io.mdt.alerting.entity.ChannelKind;
import java.time.Duration;
import java.util.List;

/**
 * One attempt to deliver a notification: the channel as it is configured now, the content,
 * and its JSON as stored.
 *
 * @param groupInterval how often the group is flushed while it fires, which tells an
 *     Alertmanager how long to keep an alert that is not sent again
 */
public record Attempt(
        long notificationId,
        int attempt,
        Target channel,
        NotificationContent content,
        String body,
        Duration groupInterval) {

    /** Where the notification goes. */
    public record Target(
            long id,
            String name,
            ChannelKind kind,
            String url,
            BodyFormat format,
            String secret,
            List<String> recipients) {}
}
