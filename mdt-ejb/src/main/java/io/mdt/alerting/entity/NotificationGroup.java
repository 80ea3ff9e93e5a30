package io.mdt.alerting.entity;

import io.mdt.platform.entity.TextMapConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alerts of one route that share the values of its group-by labels, notified together as
 * Alertmanager's aggregation group is: flushed first {@code groupWait} after it gains an alert,
 * then every {@code groupInterval} while it has alerts. It remembers what its last notification
 * said, so that a flush sends only when something changed or the repeat interval passed.
 */
@Entity
@Table(name = "notification_group")
@NamedQuery(
        name = NotificationGroup.BY_KEY,
        query = "SELECT g FROM NotificationGroup g WHERE g.route.id = :route AND g.groupKey = :key")
@NamedQuery(
        name = NotificationGroup.OVERDUE,
        query = "SELECT g.id FROM NotificationGroup g WHERE g.nextFlush < :before ORDER BY g.nextFlush")
public class NotificationGroup {

    public static final String BY_KEY = "NotificationGroup.byKey";
    public static final String OVERDUE = "NotificationGroup.overdue";

    /** How early a flush request may arrive and still count: the clocks of a cluster's instances differ a little. */
    private static final Duration EARLY = Duration.ofSeconds(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "route_id")
    private Route route;

    @Column(name = "group_key", nullable = false, columnDefinition = "text")
    private String groupKey;

    @Convert(converter = TextMapConverter.class)
    @Column(name = "group_labels", nullable = false, columnDefinition = "text")
    private Map<String, String> groupLabels;

    @Column(name = "next_flush")
    private Instant nextFlush;

    @Column(name = "last_notified")
    private Instant lastNotified;

    @Convert(converter = StringListConverter.class)
    @Column(name = "notified_firing", nullable = false, columnDefinition = "text")
    private List<String> notifiedFiring;

    @Convert(converter = StringListConverter.class)
    @Column(name = "notified_resolved", nullable = false, columnDefinition = "text")
    private List<String> notifiedResolved;

    @Version
    private long version;

    protected NotificationGroup() {}

    public NotificationGroup(Route route, Map<String, String> groupLabels) {
        this.route = route;
        this.groupLabels = Map.copyOf(groupLabels);
        this.groupKey = Route.groupKey(groupLabels);
        this.notifiedFiring = List.of();
        this.notifiedResolved = List.of();
    }

    /**
     * An alert of the group changed: a group not waiting for a flush is flushed after the
     * route's group wait.
     *
     * @return when the group is to be flushed, if this change scheduled it
     */
    public Instant alertChanged(Instant now) {
        if (nextFlush != null) {
            return null;
        }
        nextFlush = now.plus(route.groupWait());
        return nextFlush;
    }

    /** Whether a flush request arriving now is the one the group waits for, not a stale one. */
    public boolean due(Instant now) {
        return nextFlush != null && !nextFlush.isAfter(now.plus(EARLY));
    }

    /**
     * Alertmanager's rule for sending: the first notification of a group needs a firing alert;
     * later, any alert firing that was not in the last notification, all alerts of the last one
     * resolved, a newly resolved alert where resolutions are sent, or else the repeat interval
     * having passed.
     */
    public boolean needsNotification(Set<String> firing, Set<String> resolved, Instant now) {
        if (lastNotified == null) {
            return !firing.isEmpty();
        }
        if (!notifiedFiring.containsAll(firing)) {
            return true;
        }
        if (firing.isEmpty()) {
            return !notifiedFiring.isEmpty();
        }
        if (route.sendsResolved() && !notifiedResolved.containsAll(resolved)) {
            return true;
        }
        return lastNotified.isBefore(now.minus(route.repeatInterval()));
    }

    public void notified(Set<String> firing, Set<String> resolved, Instant now) {
        notifiedFiring = firing.stream().sorted().toList();
        notifiedResolved = resolved.stream().sorted().toList();
        lastNotified = now;
    }

    /**
     * Plans the next flush after this one: after the group interval while the group holds
     * alerts, else none until an alert joins it again.
     *
     * @return when the group is next flushed, or null
     */
    public Instant flushed(boolean holdsAlerts, Instant now) {
        nextFlush = holdsAlerts ? now.plus(route.groupInterval()) : null;
        return nextFlush;
    }

    /** The fingerprints the last notification sent as firing: their alerts still belong to the group once resolved. */
    public List<String> getNotifiedFiring() {
        return notifiedFiring;
    }

    public Long getId() {
        return id;
    }

    public Route getRoute() {
        return route;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public Map<String, String> getGroupLabels() {
        return groupLabels;
    }

    public Instant getNextFlush() {
        return nextFlush;
    }

    public Instant getLastNotified() {
        return lastNotified;
    }
}
