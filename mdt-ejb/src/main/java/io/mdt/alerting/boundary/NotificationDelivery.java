package io.mdt.alerting.boundary;

import io.mdt.alerting.control.AlertingMetrics;
import io.mdt.alerting.control.Attempt;
import io.mdt.alerting.control.NotificationAttempts;
import io.mdt.alerting.control.NotificationFailure;
import io.mdt.alerting.control.Notifier;
import io.mdt.alerting.entity.ChannelKind;
import io.mdt.platform.boundary.Correlation;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one notification over its channel, in the transaction that consumes the delivery
 * request: the attempt is leased and committed first, then the channel is called (a JMS
 * channel's message commits with the transaction), then the outcome is recorded. A failed
 * attempt is tried again after the channel's backoff, by a delayed request sent in this
 * transaction, until its last attempt; the notification is then recorded as failed with the
 * reason. Deliveries run in their own listeners, so a failing channel never holds up
 * evaluations or the other channels.
 */
@Stateless
public class NotificationDelivery {

    private static final Logger LOG = Correlation.logger(NotificationDelivery.class);

    @Inject
    NotificationAttempts attempts;

    @Inject
    @Any
    Instance<Notifier> notifiers;

    @Inject
    AlertingMetrics metrics;

    public void deliver(long notificationId) {
        var attempt = attempts.start(notificationId);
        if (attempt == null) {
            return;
        }
        var channel = attempt.channel();
        try {
            notifier(channel.kind()).send(attempt);
            attempts.succeeded(notificationId);
            metrics.sent(channel.name());
        } catch (NotificationFailure failure) {
            failed(attempt, failure.getMessage(), null);
        } catch (RuntimeException unexpected) {
            var correlationId = UUID.randomUUID().toString();
            failed(attempt, "the notification could not be sent (correlation id " + correlationId + ")", unexpected);
        }
    }

    private void failed(Attempt attempt, String reason, Throwable unexpected) {
        var channel = attempt.channel();
        boolean gaveUp = attempts.failed(attempt.notificationId(), reason);
        metrics.attemptFailed(channel.name(), gaveUp);
        LOG.log(
                unexpected != null ? Level.SEVERE : gaveUp ? Level.WARNING : Level.INFO,
                "Notification " + attempt.notificationId() + " to channel " + channel.name() + ", attempt "
                        + attempt.attempt() + (gaveUp ? ", the last, failed: " : " failed, to be retried: ") + reason,
                unexpected);
    }

    private Notifier notifier(ChannelKind kind) {
        return notifiers.stream()
                .filter(n -> n.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no notifier for channel kind " + kind));
    }
}
