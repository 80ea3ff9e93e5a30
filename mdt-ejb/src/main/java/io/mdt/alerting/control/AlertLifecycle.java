package io.mdt.alerting.control;

import io.mdt.alerting.boundary.RetrainingAlert;
import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.AlertRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies what a rule observed of one subject to its alert: a condition that holds fires a
 * new alert, updates the open one, or reopens one resolved within the reopen period; a
 * condition that cleared in a later window resolves the open alert. Every change is recorded
 * in the alert's history.
 */
@ApplicationScoped
public class AlertLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertFindings findings;

    @Inject
    Event<RetrainingAlert> retraining;

    /** How soon after its resolution a returning condition reopens an alert instead of raising a new one. */
    @Inject
    @ConfigProperty(name = "mdt.alerting.reopen-within", defaultValue = "PT1H")
    String reopenWithin;

    /** The open alerts of a model, by rule and subject, for one evaluation's calls to {@link #apply}. */
    public OpenAlerts openAlerts(long modelId) {
        var open = new OpenAlerts();
        em.createNamedQuery(Alert.OPEN_OF_MODEL, Alert.class)
                .setParameter("model", modelId)
                .getResultStream()
                .forEach(open::put);
        return open;
    }

    /** A model's open alerts by rule and subject. */
    public static final class OpenAlerts {

        private final Map<String, Alert> alerts = new HashMap<>();

        private static String key(long ruleId, String subject) {
            return ruleId + "\u0000" + subject;
        }

        void put(Alert alert) {
            alerts.put(key(alert.getRuleId(), alert.getSubject()), alert);
        }

        Alert get(long ruleId, String subject) {
            return alerts.get(key(ruleId, subject));
        }

        void remove(Alert alert) {
            alerts.remove(key(alert.getRuleId(), alert.getSubject()));
        }

        public Collection<Alert> all() {
            return alerts.values();
        }
    }

    /**
     * @param open the model's open alerts, kept up to date by this call
     * @param heldLongEnough whether the condition held in as many consecutive windows as the
     *     rule asks, asked only when no alert is open
     * @return the alert that changed, or null
     */
    public Alert apply(
            OpenAlerts alerts,
            AlertRule rule,
            String subject,
            Observation observation,
            Evidence evidence,
            BooleanSupplier heldLongEnough,
            Instant now) {
        var open = alerts.get(rule.getId(), subject);
        if (!observation.holds()) {
            if (open == null || !open.clearedBy(evidence.monitorId(), evidence.windowEnd())) {
                return null;
            }
            em.persist(open.resolve(null, "the condition cleared", evidence.runId(), now));
            alerts.remove(open);
            return open;
        }
        var finding = findings.of(rule, subject, observation, evidence);
        if (open != null) {
            var update = open.update(finding, now);
            if (update == null) {
                return null;
            }
            em.persist(update);
            return open;
        }
        if (!heldLongEnough.getAsBoolean()) {
            return null;
        }
        var resolved = lastResolved(rule.getId(), evidence.modelId(), subject);
        if (resolved != null && resolved.reopensWithin(Duration.parse(reopenWithin), now)) {
            em.persist(resolved.reopen(finding, now));
            alerts.put(resolved);
            askRetraining(rule, resolved, evidence);
            return resolved;
        }
        var alert = new Alert(rule.getId(), evidence.modelId(), subject, finding, now);
        em.persist(alert);
        em.persist(alert.fired());
        alerts.put(alert);
        askRetraining(rule, alert, evidence);
        return alert;
    }

    /** The alert's rule asks for a retraining: the alert is written first, for its id. */
    private void askRetraining(AlertRule rule, Alert alert, Evidence evidence) {
        if (rule.isRetrain()) {
            em.flush();
            retraining.fire(new RetrainingAlert(alert.getId(), evidence.model(), rule.getName()));
        }
    }

    private Alert lastResolved(long ruleId, long modelId, String subject) {
        return em.createNamedQuery(Alert.LAST_RESOLVED, Alert.class)
                .setParameter("rule", ruleId)
                .setParameter("model", modelId)
                .setParameter("subject", subject)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
