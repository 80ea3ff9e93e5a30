package io.mdt.alerting.control;

import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.NotificationGroup;
import io.mdt.alerting.entity.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which routes an alert takes, and the groups that hear of its changes. Routes are tried in
 * position order; an alert takes each matching one until a matching route that does not
 * continue, as Alertmanager's routes with {@code continue}.
 */
@ApplicationScoped
public class AlertRouting {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationRequests requests;

    public static List<Route> routesOf(List<Route> routes, Map<String, String> labels) {
        var taken = new ArrayList<Route>();
        for (var route : routes) {
            if (route.matches(labels)) {
                taken.add(route);
                if (!route.continues()) {
                    break;
                }
            }
        }
        return taken;
    }

    public List<Route> routes() {
        return em.createNamedQuery(Route.ALL, Route.class).getResultList();
    }

    /**
     * Alerts changed: each group they belong to is flushed after its route's group wait,
     * unless it already waits for a flush. Groups are locked in the order of their keys, so
     * evaluations of different models sharing a group never deadlock.
     */
    public void changed(List<Alert> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return;
        }
        var routes = routes();
        var groups = new TreeMap<String, Map.Entry<Route, Map<String, String>>>();
        for (var alert : alerts) {
            for (var route : routesOf(routes, alert.getLabels())) {
                var labels = route.groupLabels(alert.getLabels());
                groups.put(route.getId() + "\u0000" + Route.groupKey(labels), Map.entry(route, labels));
            }
        }
        for (var entry : groups.values()) {
            var group = lockedGroup(entry.getKey(), entry.getValue());
            var flushAt = group.alertChanged(now);
            if (flushAt != null) {
                requests.flush(group.getId(), flushAt);
            }
        }
    }

    /** The route's group with these labels, created if it is the first alert of them, locked until commit. */
    private NotificationGroup lockedGroup(Route route, Map<String, String> labels) {
        em.createNativeQuery("INSERT INTO notification_group (route_id, group_key, group_labels) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (route_id, group_key) DO NOTHING")
                .setParameter(1, route.getId())
                .setParameter(2, Route.groupKey(labels))
                .setParameter(3, JSONB.toJson(labels))
                .executeUpdate();
        return em.createNamedQuery(NotificationGroup.BY_KEY, NotificationGroup.class)
                .setParameter("route", route.getId())
                .setParameter("key", Route.groupKey(labels))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
