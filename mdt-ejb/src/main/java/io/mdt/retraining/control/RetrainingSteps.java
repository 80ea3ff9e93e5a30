package io.mdt.retraining.control;

import io.mdt.mlflow.boundary.MlflowRegistry;
import io.mdt.mlflow.boundary.MlflowUnavailableException;
import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ColumnDraft;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.MonitoredModels;
import io.mdt.registry.boundary.VersionDraft;
import io.mdt.registry.boundary.VersionSummary;
import io.mdt.retraining.entity.Retraining;
import io.mdt.retraining.entity.RetrainingStep;
import io.mdt.serving.boundary.Artifacts;
import io.mdt.serving.boundary.Serving;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The writes of a running retraining, each in a transaction of its own (the run itself holds
 * none), so that its progress is visible while it trains and a failure records what was reached.
 */
@Stateless
public class RetrainingSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoredModels models;

    @Inject
    ModelVersions versions;

    @Inject
    Artifacts artifacts;

    @Inject
    Serving serving;

    @Inject
    MlflowRegistry mlflow;

    /** What a worker needs to run a retraining. */
    public record Work(
            long id,
            String model,
            String base,
            String challenger,
            Instant from,
            Instant to,
            double share,
            RetrainingStep step,
            String requestedBy) {}

    /** Starts the retraining, or empty when it is finished (a message delivered twice) or gone. */
    public Optional<Work> start(long id) {
        var retraining = em.find(Retraining.class, id);
        if (retraining == null || retraining.getState().finished()) {
            return Optional.empty();
        }
        retraining.start(InstantConverter.now());
        return Optional.of(new Work(
                id,
                models.get(retraining.getModelId()).name(),
                retraining.getBaseLabel(),
                retraining.getChallengerLabel(),
                retraining.getFrom(),
                retraining.getTo(),
                retraining.getHoldoutShare(),
                retraining.getStep(),
                retraining.getRequestedBy()));
    }

    public void reach(long id, RetrainingStep step, int training, int holdout) {
        em.find(Retraining.class, id).reach(step, training, holdout);
    }

    /**
     * The challenger as a STAGING version with the base's schema, the trained model as its
     * artifact and its answers to the hold-out as its predictions, at their first times and under
     * the champion's prediction ids: all or nothing.
     */
    public void register(long id, Work work, TrainingSet set, byte[] artifact) {
        var base = versions.get(work.model(), work.base());
        var created = versions.create(work.model(), draft(base, work.challenger()));
        artifacts.upload(work.model(), work.challenger(), "tribuo", artifact, List.of(), List.of(), work.requestedBy());
        serving.replay(work.model(), work.challenger(), set.holdout());
        em.find(Retraining.class, id).registered(created.id());
    }

    /**
     * Logs the training (what it was trained on and how, and each metric of both versions on the
     * hold-out) to the challenger's MLflow run and registers it as a new registry version, linked
     * to the challenger. MLflow being off, down or refusing never fails the retraining.
     *
     * @return what became of it, for the retraining's record; null when MLflow is not configured
     */
    public String registerInMlflow(long id, List<MetricComparison> comparison) {
        var retraining = em.find(Retraining.class, id);
        var model = models.get(retraining.getModelId()).name();
        var features = artifacts.get(model, retraining.getChallengerLabel()).features();
        var params = new LinkedHashMap<String, String>();
        params.put("mdt.base_version", retraining.getBaseLabel());
        params.put("mdt.range_from", retraining.getFrom().toString());
        params.put("mdt.range_to", retraining.getTo().toString());
        params.put("mdt.holdout_share", Double.toString(retraining.getHoldoutShare()));
        params.put("mdt.trainer", ModelTrainer.DESCRIPTION);
        params.put("mdt.features", String.join(",", features));
        params.put("mdt.training_rows", String.valueOf(retraining.getTrainingRows()));
        params.put("mdt.holdout_rows", String.valueOf(retraining.getHoldoutRows()));
        var metrics = new LinkedHashMap<String, Double>();
        for (var metric : comparison) {
            if (metric.second() != null) {
                metrics.put("holdout." + metric.metric(), metric.second());
            }
            if (metric.first() != null) {
                metrics.put("holdout.champion." + metric.metric(), metric.first());
            }
        }
        try {
            return mlflow.register(model, retraining.getChallengerLabel(), params, metrics)
                    .map(registered -> "registered in MLflow as " + registered.registeredModel() + " version "
                            + registered.version())
                    .orElse(null);
        } catch (MlflowUnavailableException | ModelValidationException refused) {
            return "not registered in MLflow: " + refused.getMessage();
        }
    }

    public void succeed(long id, String comparison, String mlflow) {
        em.find(Retraining.class, id).succeed(comparison, mlflow, InstantConverter.now());
    }

    public void fail(long id, String reason) {
        var retraining = em.find(Retraining.class, id);
        if (retraining != null) {
            retraining.fail(reason, InstantConverter.now());
        }
    }

    private static VersionDraft draft(VersionSummary base, String label) {
        var columns = base.columns().stream()
                .map(c -> new ColumnDraft(
                        c.name(),
                        c.role().name(),
                        c.type().name(),
                        c.minimum(),
                        c.maximum(),
                        c.categories(),
                        c.classLabel()))
                .toList();
        return new VersionDraft(label, "STAGING", null, null, columns, base.positiveClass(), base.threshold());
    }
}
