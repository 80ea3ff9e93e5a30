package io.mdt.mlflow.control;

import io.mdt.mlflow.boundary.MlflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The outcome of this server's last exchange with MLflow, for the health check: asking MLflow
 * from the check itself would make readiness wait on it, and the client tries each failed
 * request again before it gives up.
 */
@ApplicationScoped
public class MlflowHealth {

    @Inject
    MlflowSettings settings;

    private volatile MlflowStatus last = new MlflowStatus(MlflowStatus.UP, null, null, Instant.now());

    public MlflowStatus status() {
        if (!settings.enabled()) {
            return new MlflowStatus(MlflowStatus.OFF, null, null, null);
        }
        var status = last;
        return new MlflowStatus(status.state(), settings.trackingUri(), status.reason(), status.since());
    }

    void succeeded() {
        if (!MlflowStatus.UP.equals(last.state())) {
            last = new MlflowStatus(MlflowStatus.UP, null, null, Instant.now());
        }
    }

    void failed(String reason) {
        var since = MlflowStatus.DEGRADED.equals(last.state()) ? last.since() : Instant.now();
        last = new MlflowStatus(MlflowStatus.DEGRADED, null, reason, since);
    }
}
