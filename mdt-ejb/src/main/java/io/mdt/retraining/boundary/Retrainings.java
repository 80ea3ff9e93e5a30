package io.mdt.retraining.boundary;

import io.mdt.monitoring.boundary.ComparisonRequest;
import io.mdt.monitoring.boundary.LabelledPredictions;
import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.monitoring.boundary.VersionComparisons;
import io.mdt.platform.boundary.Correlation;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.DuplicateVersionException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionNotFoundException;
import io.mdt.registry.boundary.VersionSummary;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import io.mdt.retraining.control.ModelTrainer;
import io.mdt.retraining.control.RetrainingRequests;
import io.mdt.retraining.control.RetrainingRules;
import io.mdt.retraining.control.RetrainingSteps;
import io.mdt.retraining.control.TrainingSet;
import io.mdt.retraining.entity.Retraining;
import io.mdt.retraining.entity.RetrainingOrigin;
import io.mdt.retraining.entity.RetrainingStep;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Trains a model again when it degrades: a request names the version to learn from (the
 * champion) and a range of its labelled predictions; a worker trains a challenger on them (all
 * but a hold-out), registers it as a STAGING version carrying its model, lets it answer the
 * hold-out, and compares it with the champion on exactly those predictions. Promoting the
 * challenger stays a person's decision, made on the version's stage.
 */
@Stateless
public class Retrainings {

    private static final Logger LOG = Correlation.logger(Retrainings.class);

    private static final Type COMPARISON =
            new ArrayList<MetricComparison>() {}.getClass().getGenericSuperclass();

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    LabelledPredictions labelled;

    @Inject
    VersionComparisons comparisons;

    @Inject
    RetrainingSteps steps;

    @Inject
    RetrainingRequests requests;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "mdt.retraining.row-limit", defaultValue = "200000")
    int rowLimit;

    /**
     * Queues a retraining asked for by the caller, from the API or the dashboard.
     *
     * @throws ModelValidationException when the request breaks a rule or the version cannot be
     *     trained again
     * @throws RetrainingConflictException when the model is being retrained already
     */
    public RetrainingSummary request(String model, RetrainingDraft draft, RetrainingOrigin origin) {
        return queue(model, draft, origin, null, context.getCallerPrincipal().getName());
    }

    /**
     * Queues a retraining with every default, asked for by an alert's rule, in the rule's name.
     *
     * @throws ModelValidationException when the model's version cannot be trained again
     * @throws RetrainingConflictException when the model is being retrained already
     */
    public RetrainingSummary requestForAlert(String model, long alertId, String rule) {
        return queue(
                model,
                new RetrainingDraft(null, null, null, null, null, null),
                RetrainingOrigin.ALERT,
                alertId,
                "alert rule " + rule);
    }

    private RetrainingSummary queue(
            String model, RetrainingDraft draft, RetrainingOrigin origin, Long alertId, String requestedBy) {
        var summary = versions.summary(model);
        var base = draft.baseVersion() == null ? defaultBase(model) : versions.get(model, draft.baseVersion());
        checkTrainable(base);
        var now = InstantConverter.now();
        var plan = RetrainingRules.plan(draft, base.label(), now);
        if (versions.labels(model).contains(plan.label())) {
            throw new ModelValidationException(
                    List.of(new Violation("label", "the model has a version '" + plan.label() + "' already")));
        }
        long unfinished = em.createNamedQuery(Retraining.UNFINISHED, Long.class)
                .setParameter("model", summary.id())
                .getSingleResult();
        if (unfinished > 0) {
            throw new RetrainingConflictException(summary.name());
        }
        var retraining = new Retraining(
                summary.id(),
                base.id(),
                base.label(),
                plan.label(),
                plan.from(),
                plan.to(),
                plan.share(),
                origin,
                alertId,
                requestedBy,
                now);
        em.persist(retraining);
        em.flush();
        requests.send(retraining.getId());
        return RetrainingSummary.of(retraining, summary.name(), null);
    }

    /** The model's retrainings, newest first. */
    public List<RetrainingSummary> list(String model) {
        var summary = versions.summary(model);
        return em.createNamedQuery(Retraining.OF_MODEL, Retraining.class)
                .setParameter("model", summary.id())
                .getResultStream()
                .map(r -> RetrainingSummary.of(r, summary.name(), comparison(r)))
                .toList();
    }

    public RetrainingSummary get(String model, long id) {
        var summary = versions.summary(model);
        var retraining = em.find(Retraining.class, id);
        if (retraining == null || retraining.getModelId() != summary.id()) {
            throw new RetrainingNotFoundException(summary.name(), id);
        }
        return RetrainingSummary.of(retraining, summary.name(), comparison(retraining));
    }

    /**
     * Runs a queued retraining to its end, each step committed on its own; any failure is
     * recorded on the retraining with its reason, and the request is done with: retraining
     * again is asking again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long id) {
        var started = steps.start(id);
        if (started.isEmpty()) {
            return;
        }
        var work = started.get();
        try {
            if (work.step() == RetrainingStep.READING) {
                train(work);
            }
            var compared = comparisons.compare(
                    work.model(),
                    new ComparisonRequest(
                            work.base(),
                            work.challenger(),
                            work.from().toString(),
                            work.to().toString(),
                            null,
                            null,
                            null,
                            null));
            var mlflow = steps.registerInMlflow(id, compared.metrics());
            steps.succeed(id, JSON.toJson(compared.metrics()), mlflow);
        } catch (RuntimeException failed) {
            steps.fail(id, reason(id, work.model(), failed));
        }
    }

    private void train(RetrainingSteps.Work work) {
        var rows = labelled.read(work.model(), work.base(), work.from(), work.to(), rowLimit);
        if (rows.size() > rowLimit) {
            throw new IllegalArgumentException("the range holds more than " + rowLimit
                    + " labelled predictions, the limit of a retraining (mdt.retraining.row-limit); narrow it");
        }
        var version = versions.get(work.model(), work.base());
        boolean classifier = versions.summary(work.model()).taskType() != TaskType.REGRESSION;
        var set = TrainingSet.split(rows, classifier, work.share());
        steps.reach(
                work.id(),
                RetrainingStep.TRAINING,
                set.rows().length,
                set.holdout().size());
        var target = version.columns().stream()
                .filter(c -> c.role() == ColumnRole.TARGET)
                .findFirst()
                .orElseThrow();
        var artifact = classifier
                ? ModelTrainer.classifier(set.features(), set.rows(), set.labels())
                : ModelTrainer.regressor(set.features(), set.rows(), target.name(), set.values());
        steps.reach(
                work.id(),
                RetrainingStep.REGISTERING,
                set.rows().length,
                set.holdout().size());
        steps.register(work.id(), work, set, artifact);
    }

    /**
     * Why the retraining failed, in words for its users: what the data or the request did wrong
     * as said; anything else as a sentence that sends to the server log, which has the exception.
     */
    private static String reason(long id, String model, RuntimeException failed) {
        var cause = failed instanceof EJBException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failed;
        if (cause instanceof IllegalArgumentException
                || cause instanceof ModelValidationException
                || cause instanceof DuplicateVersionException
                || cause instanceof VersionNotFoundException) {
            return cause.getMessage();
        }
        LOG.log(Level.WARNING, "retraining " + id + " of model '" + model + "' failed", cause);
        return "an internal error stopped the retraining; the server log has the details (retraining " + id + ")";
    }

    /** The newest PRODUCTION version, else the newest. */
    private VersionSummary defaultBase(String model) {
        var all = versions.list(model);
        if (all.isEmpty()) {
            throw new ModelValidationException(
                    List.of(new Violation("baseVersion", "the model has no version to train again")));
        }
        return all.stream()
                .filter(v -> v.stage() == Stage.PRODUCTION)
                .max(Comparator.comparing(VersionSummary::created))
                .orElse(all.get(all.size() - 1));
    }

    /** A target to learn and a numerical feature to learn from. */
    private static void checkTrainable(VersionSummary base) {
        var violations = new ArrayList<Violation>();
        if (base.columns().stream().noneMatch(c -> c.role() == ColumnRole.TARGET)) {
            violations.add(new Violation(
                    "baseVersion", "version '" + base.label() + "' has no target column; there is nothing to learn"));
        }
        if (base.columns().stream().noneMatch(c -> c.role() == ColumnRole.FEATURE && c.type() == ValueType.NUMERICAL)) {
            violations.add(new Violation(
                    "baseVersion",
                    "version '" + base.label() + "' has no numerical feature; a challenger is trained on numerical"
                            + " features"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }

    private static List<MetricComparison> comparison(Retraining retraining) {
        return retraining.getComparison() == null ? null : JSON.fromJson(retraining.getComparison(), COMPARISON);
    }
}
