package io.mdt.alerting.boundary;

import io.mdt.alerting.control.AlertRouting;
import io.mdt.alerting.control.Mutes;
import io.mdt.alerting.control.NotificationContent;
import io.mdt.alerting.control.NotificationRequests;
import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.AlertState;
import io.mdt.alerting.entity.Notification;
import io.mdt.alerting.entity.NotificationGroup;
import io.mdt.alerting.entity.Route;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelVersions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flushes a notification group when it is due, as Alertmanager's aggregation group does: its
 * alerts that are not silenced or inhibited, and those of its last notification resolved
 * since, make one notification to the route's channel if anything changed or the repeat
 * interval passed; then the next flush is planned. The notification is stored and its delivery
 * requested in this transaction, so it is sent once the flush commits.
 */
@Stateless
public class NotificationDispatch {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertRouting routing;

    @Inject
    Mutes mutes;

    @Inject
    ModelVersions versions;

    @Inject
    NotificationRequests requests;

    @Inject
    @ConfigProperty(name = "mdt.dashboard.url", defaultValue = "http://localhost:8080")
    String dashboard;

    public void flush(long groupId) {
        var group = em.find(NotificationGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        var now = InstantConverter.now();
        if (group == null || !group.due(now)) {
            return;
        }
        var route = group.getRoute();
        var routes = routing.routes();
        var model = group.getGroupLabels().get("model");
        var open = model == null || model.isEmpty() ? openAlerts() : openAlertsOf(model);
        var members = open.stream().filter(a -> belongs(a, group, routes)).toList();
        var muting = model == null || model.isEmpty() ? mutes.now(open, now) : mutes.ofModel(open, now);
        var firing = members.stream()
                .filter(a -> !muting.of(Mutes.labelled(a)).muted())
                .toList();
        var resolved = resolvedSince(group);
        var channel = route.getChannel();
        var firingPrints = fingerprints(firing);
        var resolvedPrints = fingerprints(resolved);
        boolean send = group.needsNotification(firingPrints, resolvedPrints, now)
                || (channel.getKind().resendsFiring() && !firing.isEmpty());
        if (send) {
            group.notified(firingPrints, resolvedPrints, now);
            var items = new ArrayList<NotificationContent.Item>();
            firing.forEach(a -> items.add(item(a)));
            if (route.sendsResolved()) {
                resolved.forEach(a -> items.add(item(a)));
            }
            if (!items.isEmpty() && channel.isEnabled()) {
                var content = NotificationContent.of(
                        group.getGroupKey(), channel.getName(), group.getGroupLabels(), dashboard, items);
                var notification = new Notification(
                        group.getId(),
                        channel,
                        JSONB.toJson(content),
                        firing.size(),
                        route.sendsResolved() ? resolved.size() : 0,
                        now);
                em.persist(notification);
                em.flush();
                requests.deliver(notification.getId(), now);
            }
        }
        var next = group.flushed(!members.isEmpty(), now);
        if (next != null) {
            requests.flush(group.getId(), next);
        }
    }

    /** Asks again for the flushes and deliveries whose request is overdue by more than a minute, as after a lost message. */
    public int rescueOverdue() {
        var before = InstantConverter.now().minusSeconds(60);
        var groups = em.createNamedQuery(NotificationGroup.OVERDUE, Long.class)
                .setParameter("before", before)
                .setMaxResults(1000)
                .getResultList();
        var notifications = em.createNamedQuery(Notification.OVERDUE, Long.class)
                .setParameter("before", before)
                .setMaxResults(1000)
                .getResultList();
        var now = Instant.now();
        groups.forEach(id -> requests.flush(id, now));
        notifications.forEach(id -> requests.deliver(id, now));
        return groups.size() + notifications.size();
    }

    private List<Alert> openAlerts() {
        return em.createNamedQuery(Alert.OPEN, Alert.class).getResultList();
    }

    /** The open alerts of the model a group by model is about; none when the model is gone. */
    private List<Alert> openAlertsOf(String model) {
        long modelId;
        try {
            modelId = versions.summary(model).id();
        } catch (ModelNotFoundException gone) {
            return List.of();
        }
        return em.createNamedQuery(Alert.OPEN_OF_MODEL, Alert.class)
                .setParameter("model", modelId)
                .getResultList();
    }

    /** Whether the alert is in the group: it has the group's labels and takes the group's route. */
    private static boolean belongs(Alert alert, NotificationGroup group, List<Route> routes) {
        var route = group.getRoute();
        return route.groupLabels(alert.getLabels()).equals(group.getGroupLabels())
                && AlertRouting.routesOf(routes, alert.getLabels()).stream()
                        .anyMatch(r -> r.getId().equals(route.getId()));
    }

    /** The alerts of the group's last notification that have been resolved since. */
    private List<Alert> resolvedSince(NotificationGroup group) {
        if (group.getNotifiedFiring().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Alert.BY_FINGERPRINTS, Alert.class)
                .setParameter("fingerprints", group.getNotifiedFiring())
                .getResultStream()
                .filter(a -> a.getState() == AlertState.RESOLVED)
                .toList();
    }

    private static Set<String> fingerprints(List<Alert> alerts) {
        return alerts.stream().map(Alert::getFingerprint).collect(Collectors.toSet());
    }

    private static NotificationContent.Item item(Alert alert) {
        var annotations = new HashMap<String, String>();
        annotations.put("summary", alert.getSummary());
        annotations.put("description", alert.getDescription());
        if (alert.getLink() != null) {
            annotations.put("link", alert.getLink());
        }
        boolean resolved = alert.getState() == AlertState.RESOLVED;
        return new NotificationContent.Item(
                alert.getId(),
                resolved ? "resolved" : "firing",
                alert.getState().name().toLowerCase(Locale.ROOT),
                alert.getLabels(),
                annotations,
                alert.getStartedAt(),
                resolved ? alert.getResolvedAt() : NotificationContent.ZERO,
                alert.getLink() == null ? "" : alert.getLink(),
                alert.getFingerprint(),
                alert.getValue());
    }
}
