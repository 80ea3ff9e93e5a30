package io.mdt.alerting.boundary;

import io.mdt.alerting.control.AlertLifecycle;
import io.mdt.alerting.control.AlertRouting;
import io.mdt.alerting.control.Evidence;
import io.mdt.alerting.control.Observation;
import io.mdt.alerting.control.RuleConditions;
import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.alerting.entity.Subject;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the alert rules of a model: after each of its runs commits (in the transaction
 * that consumes the request for it), and for freshness, from the alerting clock. The alerts of
 * one model are evaluated one transaction at a time (a database advisory lock), so that two
 * runs finishing together cannot both raise the same alert.
 */
@Stateless
public class AlertEvaluation {

    /** The namespace of the advisory locks that serialise the alert evaluations of a model. */
    private static final int MODEL_LOCKS = 0x4d44;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationHistory history;

    @Inject
    Monitors monitors;

    @Inject
    ModelVersions versions;

    @Inject
    MonitoredModels models;

    @Inject
    AlertLifecycle lifecycle;

    @Inject
    AlertRouting routing;

    /** Evaluates every rule of the run's model against the run; a run deleted since is ignored. */
    public void afterRun(long runId) {
        RunDetail detail;
        try {
            detail = history.run(runId);
        } catch (MonitorNotFoundException gone) {
            return;
        }
        var monitor = monitors.get(detail.run().monitorId());
        var model = versions.summary(monitor.model());
        lock(model.id());
        var evidence = new Evidence(
                model.id(),
                model.name(),
                model.team(),
                monitor.id(),
                monitor.name(),
                monitor.version(),
                runId,
                detail.run().windowStart(),
                detail.run().windowEnd());
        var open = lifecycle.openAlerts(model.id());
        var now = InstantConverter.now();
        var changed = new ArrayList<Alert>();
        for (var rule : effectiveRules(model.id())) {
            if (rule.getKind() == RuleKind.FRESHNESS) {
                continue;
            }
            for (var observation : RuleConditions.observe(rule, detail)) {
                var subject = rule.getKind().subject() == Subject.MONITOR ? monitor.name() : observation.subject();
                var alert = lifecycle.apply(
                        open,
                        rule,
                        subject,
                        observation,
                        evidence,
                        () -> heldBefore(rule, observation.subject(), runId),
                        now);
                if (alert != null) {
                    changed.add(alert);
                }
            }
        }
        routing.changed(changed, now);
    }

    /**
     * Checks the model's freshness rules: an alert fires when no version of the model stored
     * a prediction within the rule's period (a model younger than the period is not judged),
     * and resolves when predictions arrive again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checkFreshness(long modelId) {
        var model = models.get(modelId);
        lock(model.id());
        var now = InstantConverter.now();
        var open = lifecycle.openAlerts(model.id());
        var changed = new ArrayList<Alert>();
        for (var rule : effectiveRules(model.id())) {
            var period = rule.settings().period();
            if (rule.getKind() != RuleKind.FRESHNESS || model.created().isAfter(now.minus(period))) {
                continue;
            }
            boolean stale = !versions.receivedPredictionsSince(model.id(), now.minus(period));
            var alert = lifecycle.apply(
                    open,
                    rule,
                    "",
                    new Observation("", null, stale, Map.of()),
                    Evidence.ofModel(model.id(), model.name(), model.team()),
                    () -> true,
                    now);
            if (alert != null) {
                changed.add(alert);
            }
        }
        routing.changed(changed, now);
    }

    /** The models that have a freshness rule of their own or fall under a global one. */
    public List<Long> modelsWithFreshnessRules() {
        var rules = em.createNamedQuery(AlertRule.OF_KIND, AlertRule.class)
                .setParameter("kind", RuleKind.FRESHNESS)
                .getResultList();
        if (rules.stream().anyMatch(AlertRule::isGlobal)) {
            return versions.modelIds();
        }
        return rules.stream()
                .map(AlertRule::getModelId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The rules that apply to a model: its own, and the global ones it does not override; enabled ones only. */
    List<AlertRule> effectiveRules(long modelId) {
        return RuleSelection.effective(em.createNamedQuery(AlertRule.FOR_MODEL, AlertRule.class)
                .setParameter("model", modelId)
                .getResultList());
    }

    /** Whether the condition also held for the subject in each of the rule's preceding windows. */
    private boolean heldBefore(AlertRule rule, String subject, long runId) {
        int before = rule.getForWindows() - 1;
        if (before == 0) {
            return true;
        }
        var preceding = history.precedingRuns(runId, before);
        return preceding.size() == before
                && preceding.stream()
                        .allMatch(run -> RuleConditions.observe(rule, run).stream()
                                .anyMatch(o -> o.subject().equals(subject) && o.holds()));
    }

    private void lock(long modelId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, MODEL_LOCKS)
                .setParameter(2, (int) modelId)
                .getSingleResult();
    }
}
