package io.mdt.alerting.boundary;

import io.mdt.alerting.control.AlertRouting;
import io.mdt.alerting.control.Mutes;
import io.mdt.alerting.control.Muting;
import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.AlertState;
import io.mdt.alerting.entity.AlertTransition;
import io.mdt.alerting.entity.Severity;
import io.mdt.platform.control.StorableText;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.boundary.VisibleModels;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alerts people work with: listing and filtering them, their history, and acknowledging,
 * un-acknowledging and resolving them by hand, each with who did it and why. A resolution by
 * hand is notified like one by a run.
 */
@Stateless
public class Alerts {

    static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_ACTOR = 200;
    private static final int MAX_COMMENT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    Mutes mutes;

    @Inject
    AlertRouting routing;

    public AlertPage list(AlertQuery query) {
        var violations = new ArrayList<Violation>();
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            violations.add(new Violation("size", "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE));
        }
        var states = states(query.state(), violations);
        var severity = severity(query.severity(), violations);
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            violations.add(new Violation("from", "must be before 'to'"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        var visible = versions.visible();
        if (visible.none()) {
            return new AlertPage(List.of(), 0, query.page(), query.size());
        }
        var where = new StringBuilder(" FROM Alert a WHERE a.state IN :states");
        var parameters = new HashMap<String, Object>();
        parameters.put("states", states);
        if (!visible.all()) {
            where.append(" AND a.modelId IN :visible");
            parameters.put("visible", visible.ids());
        }
        if (severity != null) {
            where.append(" AND a.severity = :severity");
            parameters.put("severity", severity);
        }
        if (query.model() != null && !query.model().isBlank()) {
            where.append(" AND a.modelId = :model");
            parameters.put("model", versions.summary(query.model()).id());
        }
        if (query.subject() != null && !query.subject().isBlank()) {
            where.append(" AND a.subject = :subject");
            parameters.put("subject", query.subject().strip());
        }
        if (query.from() != null) {
            where.append(" AND (a.resolvedAt IS NULL OR a.resolvedAt >= :from)");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND a.startedAt < :to");
            parameters.put("to", query.to());
        }
        var items = em.createQuery("SELECT a" + where + " ORDER BY a.startedAt DESC, a.id DESC", Alert.class);
        var total = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        var muting = muting();
        var page = items.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultStream()
                .map(a -> AlertSummary.of(a, muting.of(Mutes.labelled(a))))
                .toList();
        return new AlertPage(page, total.getSingleResult(), query.page(), query.size());
    }

    public AlertSummary get(long id) {
        var alert = find(id);
        return AlertSummary.of(alert, muting().of(Mutes.labelled(alert)));
    }

    public List<AlertTransitionSummary> history(long id) {
        find(id);
        return em.createNamedQuery(AlertTransition.OF_ALERT, AlertTransition.class)
                .setParameter("alert", id)
                .getResultStream()
                .map(AlertTransitionSummary::of)
                .toList();
    }

    /** Open alerts by severity, of one model or (reference null) of all the caller sees. */
    public OpenAlertCounts openCounts(String modelReference) {
        var visible = modelReference == null ? versions.visible() : VisibleModels.ALL;
        if (visible.none()) {
            return OpenAlertCounts.NONE;
        }
        var jpql = "SELECT a.severity, a.state, COUNT(a) FROM Alert a WHERE a.state <> :resolved"
                + (modelReference == null ? "" : " AND a.modelId = :model")
                + (visible.all() ? "" : " AND a.modelId IN :visible")
                + " GROUP BY a.severity, a.state";
        var query = em.createQuery(jpql, Object[].class).setParameter("resolved", AlertState.RESOLVED);
        if (modelReference != null) {
            query.setParameter("model", versions.summary(modelReference).id());
        }
        if (!visible.all()) {
            query.setParameter("visible", visible.ids());
        }
        return query.getResultStream()
                .map(row -> OpenAlertCounts.of((Severity) row[0], (AlertState) row[1], ((Number) row[2]).longValue()))
                .reduce(OpenAlertCounts.NONE, OpenAlertCounts::plus);
    }

    /** Open alerts by severity of each model the caller sees that has any, by model id. */
    public Map<Long, OpenAlertCounts> openCountsByModel() {
        var visible = versions.visible();
        if (visible.none()) {
            return Map.of();
        }
        var query = em.createQuery(
                        "SELECT a.modelId, a.severity, a.state, COUNT(a) FROM Alert a WHERE a.state <> :resolved"
                                + (visible.all() ? "" : " AND a.modelId IN :visible")
                                + " GROUP BY a.modelId, a.severity, a.state",
                        Object[].class)
                .setParameter("resolved", AlertState.RESOLVED);
        if (!visible.all()) {
            query.setParameter("visible", visible.ids());
        }
        var counts = new HashMap<Long, OpenAlertCounts>();
        for (var row : query.getResultList()) {
            counts.merge(
                    ((Number) row[0]).longValue(),
                    OpenAlertCounts.of((Severity) row[1], (AlertState) row[2], ((Number) row[3]).longValue()),
                    OpenAlertCounts::plus);
        }
        return counts;
    }

    /** Every alert by state and severity, for the metrics endpoint. */
    public Map<String, Long> countsByStateAndSeverity() {
        var counts = new HashMap<String, Long>();
        em.createQuery("SELECT a.state, a.severity, COUNT(a) FROM Alert a GROUP BY a.state, a.severity", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put(
                        ((AlertState) row[0]).name().toLowerCase(Locale.ROOT) + "/" + ((Severity) row[1]).label(),
                        ((Number) row[2]).longValue()));
        return counts;
    }

    public AlertSummary acknowledge(long id, AlertAction action) {
        var actor = actor(action, true);
        var alert = locked(id);
        if (alert.getState() != AlertState.FIRING) {
            throw new AlertStateException("only a firing alert can be acknowledged; alert " + id + " is "
                    + alert.getState().name().toLowerCase(Locale.ROOT));
        }
        em.persist(alert.acknowledge(actor, action.comment().strip(), InstantConverter.now()));
        return get(id);
    }

    public AlertSummary unacknowledge(long id, AlertAction action) {
        var actor = actor(action, false);
        var alert = locked(id);
        if (alert.getState() != AlertState.ACKNOWLEDGED) {
            throw new AlertStateException("only an acknowledged alert can be un-acknowledged; alert " + id + " is "
                    + alert.getState().name().toLowerCase(Locale.ROOT));
        }
        em.persist(alert.unacknowledge(actor, comment(action), InstantConverter.now()));
        return get(id);
    }

    /** Resolves an open alert by hand; its resolution is notified like one a run finds. */
    public AlertSummary resolve(long id, AlertAction action) {
        var actor = actor(action, true);
        var alert = locked(id);
        if (!alert.getState().open()) {
            throw new AlertStateException("alert " + id + " is already resolved");
        }
        var now = InstantConverter.now();
        em.persist(alert.resolve(actor, action.comment().strip(), null, now));
        routing.changed(List.of(alert), now);
        return get(id);
    }

    private Muting muting() {
        return mutes.now(em.createNamedQuery(Alert.OPEN, Alert.class).getResultList(), InstantConverter.now());
    }

    private Alert find(long id) {
        var alert = em.find(Alert.class, id);
        if (alert == null || !versions.sees(alert.getModelId())) {
            throw new AlertingNotFoundException("alert", id);
        }
        return alert;
    }

    private Alert locked(long id) {
        var alert = em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null || !versions.sees(alert.getModelId())) {
            throw new AlertingNotFoundException("alert", id);
        }
        return alert;
    }

    /** Who acts, checked; a comment is required where {@code commentRequired}. */
    private static String actor(AlertAction action, boolean commentRequired) {
        var violations = new ArrayList<Violation>();
        var by = action == null ? null : action.by();
        if (by == null || by.isBlank() || by.length() > MAX_ACTOR || !StorableText.storable(by)) {
            violations.add(new Violation("by", "must name who acts, in at most " + MAX_ACTOR + " characters"));
        }
        var comment = action == null ? null : action.comment();
        if (commentRequired && (comment == null || comment.isBlank())) {
            violations.add(new Violation("comment", "must say why"));
        }
        if (comment != null && (comment.length() > MAX_COMMENT || !StorableText.storable(comment))) {
            violations.add(new Violation("comment", "must be text of at most " + MAX_COMMENT + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        return by.strip();
    }

    private static String comment(AlertAction action) {
        return action.comment() == null || action.comment().isBlank()
                ? null
                : action.comment().strip();
    }

    private static List<AlertState> states(String state, List<Violation> violations) {
        if (state == null || state.isBlank()) {
            return List.of(AlertState.values());
        }
        var name = state.strip().toUpperCase(Locale.ROOT);
        if (name.equals("OPEN")) {
            return List.of(AlertState.FIRING, AlertState.ACKNOWLEDGED);
        }
        for (var value : AlertState.values()) {
            if (value.name().equals(name)) {
                return List.of(value);
            }
        }
        violations.add(new Violation("state", "must be firing, acknowledged, resolved or open"));
        return List.of();
    }

    private static Severity severity(String severity, List<Violation> violations) {
        if (severity == null || severity.isBlank()) {
            return null;
        }
        for (var value : Severity.values()) {
            if (value.label().equals(severity.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        violations.add(new Violation("severity", "must be info, warning or critical"));
        return null;
    }
}
