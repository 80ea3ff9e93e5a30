package io.mdt.alerting.control;

import io.mdt.alerting.entity.Notification;
import io.mdt.alerting.entity.NotificationGroup;
import io.mdt.platform.entity.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * The records of delivery attempts. An attempt starts in a transaction of its own, which
 * leases the notification and commits before anything is sent, so the sending holds no
 * database lock; its outcome (and the request for a retry) is recorded in the transaction that
 * consumes the delivery request, so that both commit together.
 */
@ApplicationScoped
public class NotificationAttempts {

    /** How long a started attempt holds its notification; longer than any attempt's timeouts. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationRequests requests;

    /** Starts an attempt, or null when the notification is not waiting to be sent now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt start(long notificationId) {
        var notification = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        var now = InstantConverter.now();
        if (notification == null || !notification.startAttempt(now, now.plus(LEASE))) {
            return null;
        }
        var channel = notification.getChannel();
        var group =
                notification.getGroupId() == null ? null : em.find(NotificationGroup.class, notification.getGroupId());
        return new Attempt(
                notificationId,
                notification.getAttempts() + 1,
                new Attempt.Target(
                        channel.getId(),
                        channel.getName(),
                        channel.getKind(),
                        channel.getUrl(),
                        channel.getFormat(),
                        channel.getSecret(),
                        channel.getRecipients()),
                JSONB.fromJson(notification.getPayload(), NotificationContent.class),
                notification.getPayload(),
                group == null ? Duration.ofMinutes(5) : group.getRoute().groupInterval());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(long notificationId) {
        em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE)
                .sent(InstantConverter.now());
    }

    /**
     * Records a failed attempt and asks for the next one after the channel's backoff.
     *
     * @return whether the notification failed for good
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean failed(long notificationId, String reason) {
        var notification = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        var retryAt = notification.attemptFailed(reason, InstantConverter.now());
        if (retryAt == null) {
            return true;
        }
        requests.deliver(notificationId, retryAt);
        return false;
    }
}
