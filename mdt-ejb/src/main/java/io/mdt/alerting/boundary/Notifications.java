package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Notification;
import io.mdt.alerting.entity.NotificationStatus;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** The record of notifications: what was sent where, what is still being tried, what failed and why. */
@Stateless
public class Notifications {

    static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    /** The newest notifications, optionally of one channel (by id) and one status (pending, sent, failed). */
    public List<NotificationSummary> list(Long channelId, String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ModelValidationException(
                    List.of(new Violation("size", "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE)));
        }
        var where = new StringBuilder(" WHERE 1 = 1");
        if (channelId != null) {
            where.append(" AND n.channel.id = :channel");
        }
        var parsed = status(status);
        if (parsed != null) {
            where.append(" AND n.status = :status");
        }
        var query = em.createQuery(
                "SELECT n FROM Notification n JOIN FETCH n.channel" + where + " ORDER BY n.id DESC",
                Notification.class);
        if (channelId != null) {
            query.setParameter("channel", channelId);
        }
        if (parsed != null) {
            query.setParameter("status", parsed);
        }
        return query.setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(NotificationSummary::of)
                .toList();
    }

    public NotificationSummary get(long id) {
        var notification = em.find(Notification.class, id);
        if (notification == null) {
            throw new AlertingNotFoundException("notification", id);
        }
        return NotificationSummary.of(notification);
    }

    private static NotificationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelValidationException(List.of(new Violation("status", "must be pending, sent or failed")));
        }
    }
}
