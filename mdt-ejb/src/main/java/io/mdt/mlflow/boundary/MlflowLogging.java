package io.mdt.mlflow.boundary;

import io.mdt.mlflow.control.MlflowSettings;
import io.mdt.mlflow.control.MlflowTracking;
import io.mdt.mlflow.control.RunFigures;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.entity.RunStatus;
import io.mdt.registry.boundary.ModelVersions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Logs the figures of finished evaluation runs as metrics of their version's MLflow run, from
 * the {@code mdt.mlflow} queue, after the evaluation committed.
 */
@Stateless
public class MlflowLogging {

    @Inject
    MlflowSettings settings;

    @Inject
    EvaluationHistory history;

    @Inject
    Monitors monitors;

    @Inject
    ModelVersions versions;

    @Inject
    MlflowRuns runs;

    @Inject
    MlflowTracking tracking;

    /**
     * Logs the run's figures; a run deleted since, not done (skipped, failed) or finished while
     * MLflow is not configured any more is left alone.
     *
     * @throws MlflowUnavailableException when MLflow did not take them; nothing is written then
     */
    public void log(long runId) {
        if (!settings.enabled()) {
            return;
        }
        RunDetail detail;
        try {
            detail = history.run(runId);
        } catch (MonitorNotFoundException gone) {
            return;
        }
        if (detail.run().status() != RunStatus.DONE) {
            return;
        }
        var monitor = monitors.get(detail.run().monitorId());
        var version = versions.get(monitor.model(), monitor.version());
        var mlflowRun = runs.runOf(version);
        tracking.log(mlflowRun, RunFigures.of(monitor.name(), detail), Map.of());
    }

    /** How many deliveries of a figures message there are before it goes to the dead letters. */
    public int maxDeliveries() {
        return settings.maxDeliveries();
    }
}
