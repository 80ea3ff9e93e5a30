package io.mdt.mlflow.boundary;

import io.mdt.mlflow.control.MlflowSettings;
import io.mdt.mlflow.control.MlflowTracking;
import io.mdt.mlflow.control.RunFigures;
import io.mdt.mlflow.control.StageMapping;
import io.mdt.mlflow.control.VersionRuns;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Registers models MDT trained (retraining) in the MLflow registry, for the components that
 * train them. Runs in the caller's transaction, so that the version the caller has just
 * created is seen and linked; MLflow failing leaves that transaction alone ({@link
 * MlflowUnavailableException}).
 */
@Stateless
public class MlflowRegistry {

    @Inject
    MlflowSettings settings;

    @Inject
    ModelVersions versions;

    @Inject
    VersionRuns runs;

    @Inject
    MlflowTracking tracking;

    /**
     * Logs the training's parameters and metrics into the version's MLflow run (experiment
     * {@code mdt/<model>}), registers the run's model as a new version of the model's registered
     * model (the one its newest linked version belongs to, else one named as the MDT model) and
     * links the MDT version to it.
     *
     * @return the new registry version; empty when MLflow is not configured
     * @throws MlflowUnavailableException when MLflow did not answer or refused
     * @throws io.mdt.registry.boundary.ModelValidationException for names or values MLflow refuses
     */
    public Optional<RegisteredVersion> register(
            String model, String versionLabel, Map<String, String> params, Map<String, Double> metrics) {
        var training = new TrainingRecord(params, metrics);
        training.check();
        if (!settings.enabled()) {
            return Optional.empty();
        }
        var version = versions.get(model, versionLabel);
        var registeredModel = registeredModelOf(version);
        var runId = runs.runOf(version);
        tracking.log(runId, RunFigures.training(training.metrics(), Instant.now()), training.params());
        tracking.ensureRegisteredModel(registeredModel);
        var created = tracking.createVersion(
                registeredModel,
                runId,
                Map.of(VersionRuns.MODEL_TAG, version.modelName(), VersionRuns.VERSION_TAG, version.label()));
        versions.linkToMlflow(model, versionLabel, created.name(), created.version(), StageMapping.of(created.stage()));
        return Optional.of(new RegisteredVersion(created.name(), created.version()));
    }

    private String registeredModelOf(VersionSummary version) {
        return versions.list(version.modelName()).stream()
                .filter(v -> v.mlflowModelName() != null)
                .max(Comparator.comparing(VersionSummary::created))
                .map(VersionSummary::mlflowModelName)
                .orElse(version.modelName());
    }
}
