package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Channel;
import io.mdt.alerting.entity.Route;
import io.mdt.platform.entity.InstantConverter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Notification routes, tried in position order: each public method is one transaction. */
@Stateless
public class Routes {

    private static final String LAST_POSITION = "SELECT MAX(r.position) FROM Route r";

    @PersistenceContext
    EntityManager em;

    public RouteSummary create(RouteDraft draft) {
        var violations = new Violations();
        var settings = RouteDraft.settings(draft, nextPosition(), violations);
        var channel = channel(draft, violations);
        violations.raise();
        var route = new Route(channel, settings, InstantConverter.now());
        em.persist(route);
        em.flush();
        return RouteSummary.of(route);
    }

    /** Every route in the order alerts try them: by position, then by id. */
    public List<RouteSummary> list() {
        return em.createNamedQuery(Route.ALL, Route.class)
                .getResultStream()
                .map(RouteSummary::of)
                .toList();
    }

    public RouteSummary get(long id) {
        return RouteSummary.of(find(id));
    }

    /** Changes every setting; an absent position keeps the route where it is. */
    public RouteSummary update(long id, RouteDraft draft) {
        var route = find(id);
        var violations = new Violations();
        var settings = RouteDraft.settings(draft, route.getPosition(), violations);
        var channel = channel(draft, violations);
        violations.raise();
        route.change(channel, settings, InstantConverter.now());
        return RouteSummary.of(route);
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    private int nextPosition() {
        var last = em.createQuery(LAST_POSITION, Integer.class).getSingleResult();
        return last == null ? 0 : Math.min(last + 1, RouteDraft.LAST_POSITION);
    }

    /** The channel a draft names, by name first and then, for a whole number, by id. */
    private Channel channel(RouteDraft draft, Violations violations) {
        if (draft == null) {
            return null;
        }
        var reference = violations.name("channel", draft.channel());
        if (reference == null) {
            return null;
        }
        var named = em.createNamedQuery(Channel.BY_NAME, Channel.class)
                .setParameter("name", reference)
                .getResultList();
        if (!named.isEmpty()) {
            return named.get(0);
        }
        var byId = reference.matches("[0-9]{1,18}") ? em.find(Channel.class, Long.parseLong(reference)) : null;
        if (byId == null) {
            violations.add("channel", "no channel is named or numbered '" + reference + "'");
        }
        return byId;
    }

    private Route find(long id) {
        var route = em.find(Route.class, id);
        if (route == null) {
            throw new AlertingNotFoundException("route", id);
        }
        return route;
    }
}
