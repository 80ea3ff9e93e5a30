package io.mdt.alerting.boundary;

import io.mdt.alerting.control.RuleConditions;
import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.MonitoredModels;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.boundary.NotPermittedException;
import io.mdt.security.boundary.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Alert rules: global ones, a model's own, a model's overrides of global ones, and a dry run of
 * any against stored runs. A model's rules are seen and changed by those who see the model; a
 * global rule applies to every team's models, so everyone reads it and only those who see every
 * team (administrators) change it.
 */
@Stateless
public class AlertRules {

    /** The most runs one dry run reads. */
    static final int MAX_DRY_RUN_RUNS = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    MonitoredModels models;

    @Inject
    Monitors monitors;

    @Inject
    EvaluationHistory history;

    @Inject
    Visibility visibility;

    public RuleSummary create(RuleDraft draft) {
        var settings = RuleValidation.settings(draft);
        Long modelId =
                draft.model() == null ? null : versions.summary(draft.model()).id();
        requireGlobalChange(modelId);
        var overrides = overridden(draft.overrides(), modelId);
        requireFreeName(settings.name(), modelId, null);
        var rule = new AlertRule(modelId, overrides, settings, InstantConverter.now());
        em.persist(rule);
        em.flush();
        return summary(rule);
    }

    /** Every rule the caller sees, or those of one model (its own, then the global ones). */
    public List<RuleSummary> list(String modelReference) {
        if (modelReference == null || modelReference.isBlank()) {
            var visible = versions.visible();
            return em.createNamedQuery(AlertRule.ALL, AlertRule.class)
                    .getResultStream()
                    .filter(rule -> rule.isGlobal() || visible.includes(rule.getModelId()))
                    .map(this::summary)
                    .toList();
        }
        return em.createNamedQuery(AlertRule.FOR_MODEL, AlertRule.class)
                .setParameter("model", versions.summary(modelReference).id())
                .getResultStream()
                .map(this::summary)
                .toList();
    }

    public RuleSummary get(long id) {
        return summary(find(id));
    }

    /** Changes a rule's settings; its model and what it overrides stay. */
    public RuleSummary update(long id, RuleDraft draft) {
        var rule = find(id);
        requireGlobalChange(rule.getModelId());
        var settings = RuleValidation.settings(draft);
        requireFreeName(settings.name(), rule.getModelId(), id);
        rule.change(settings, InstantConverter.now());
        return summary(rule);
    }

    /** Switches a rule on or off, its other settings kept. */
    public RuleSummary enable(long id, boolean enabled) {
        var rule = find(id);
        requireGlobalChange(rule.getModelId());
        rule.enable(enabled, InstantConverter.now());
        return summary(rule);
    }

    /** Removes a rule with its alerts and their history. */
    public void delete(long id) {
        var rule = find(id);
        requireGlobalChange(rule.getModelId());
        em.remove(rule);
    }

    /** Evaluates a saved rule against a model's stored runs, changing nothing. */
    public DryRun dryRun(long id, DryRun.Request request) {
        var rule = find(id);
        var model = request.model() != null ? versions.summary(request.model()).id() : rule.getModelId();
        return dryRun(rule, model, request);
    }

    /** Evaluates a rule not saved yet against a model's stored runs. */
    public DryRun dryRun(DryRun.Request request) {
        if (request == null || request.rule() == null) {
            throw new ModelValidationException(List.of(new Violation("rule", "must be the rule to try")));
        }
        var settings = RuleValidation.settings(request.rule());
        var modelReference =
                request.model() != null ? request.model() : request.rule().model();
        Long model =
                modelReference == null ? null : versions.summary(modelReference).id();
        return dryRun(new AlertRule(model, null, settings, InstantConverter.now()), model, request);
    }

    private DryRun dryRun(AlertRule rule, Long modelId, DryRun.Request request) {
        var violations = new ArrayList<Violation>();
        if (modelId == null) {
            violations.add(new Violation("model", "name the model whose runs to read"));
        }
        if (rule.getKind() == RuleKind.FRESHNESS) {
            violations.add(new Violation("kind", "a freshness rule reads no runs; it has no dry run"));
        }
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            violations.add(new Violation("from", "must be before 'to'"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        var windows = new ArrayList<DryRun.Window>();
        int read = 0;
        for (var monitor : monitors.ofModel(modelId)) {
            var runs = history.runDetails(monitor.id(), request.from(), request.to(), MAX_DRY_RUN_RUNS - read);
            read += runs.size();
            var streaks = new HashMap<String, Streak>();
            for (var run : runs) {
                for (var observation : RuleConditions.observe(rule, run)) {
                    if (observation.holds()) {
                        var streak = Streak.after(
                                streaks.get(observation.subject()), run.run().windowIndex());
                        streaks.put(observation.subject(), streak);
                        windows.add(new DryRun.Window(
                                monitor.id(),
                                monitor.name(),
                                monitor.version(),
                                run.run().id(),
                                run.run().windowStart(),
                                run.run().windowEnd(),
                                observation.subject(),
                                observation.value(),
                                streak.length() >= rule.getForWindows()));
                    } else {
                        streaks.remove(observation.subject());
                    }
                }
            }
        }
        return new DryRun(
                read, (int) windows.stream().filter(DryRun.Window::fires).count(), windows);
    }

    /** For how many consecutive windows, up to the one at {@code index}, a condition held. */
    private record Streak(long index, int length) {

        static Streak after(Streak previous, long index) {
            return new Streak(index, previous != null && previous.index() == index - 1 ? previous.length() + 1 : 1);
        }
    }

    private Long overridden(Long overrides, Long modelId) {
        if (overrides == null) {
            return null;
        }
        if (modelId == null) {
            throw new ModelValidationException(
                    List.of(new Violation("overrides", "only a model's rule can override a global rule")));
        }
        var global = em.find(AlertRule.class, overrides);
        if (global == null || !global.isGlobal()) {
            throw new ModelValidationException(List.of(new Violation("overrides", "must be the id of a global rule")));
        }
        return overrides;
    }

    private void requireFreeName(String name, Long modelId, Long except) {
        var sameScope = modelId == null ? "r.modelId IS NULL" : "r.modelId = :model";
        var query = em.createQuery("SELECT r.id FROM AlertRule r WHERE r.name = :name AND " + sameScope, Long.class)
                .setParameter("name", name);
        if (modelId != null) {
            query.setParameter("model", modelId);
        }
        boolean taken = query.getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new DuplicateNameException(modelId == null ? "global rule" : "rule of this model", name);
        }
    }

    private void requireGlobalChange(Long modelId) {
        if (modelId == null && !visibility.scope().all()) {
            throw new NotPermittedException(
                    "a global rule applies to every team's models; only an administrator changes one");
        }
    }

    private AlertRule find(long id) {
        var rule = em.find(AlertRule.class, id);
        if (rule == null || !(rule.isGlobal() || versions.sees(rule.getModelId()))) {
            throw new AlertingNotFoundException("alert rule", id);
        }
        return rule;
    }

    private RuleSummary summary(AlertRule rule) {
        return RuleSummary.of(
                rule,
                rule.getModelId() == null ? null : models.get(rule.getModelId()).name());
    }
}
