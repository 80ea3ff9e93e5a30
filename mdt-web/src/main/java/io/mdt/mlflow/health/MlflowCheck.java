package io.mdt.mlflow.health;

import io.mdt.mlflow.boundary.MlflowLinks;
import io.mdt.mlflow.boundary.MlflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how this server's last exchange with MLflow went. Always up: MLflow being down delays
 * the figures logged to it and the registry's stages, and stops nothing else of MDT, so a load
 * balancer must not take the server out for it. Operators read {@code mlflow} ({@code off},
 * {@code up}, {@code degraded}) and {@code reason}.
 */
@Readiness
@ApplicationScoped
public class MlflowCheck implements HealthCheck {

    @Inject
    MlflowLinks links;

    @Override
    public HealthCheckResponse call() {
        var status = links.status();
        var response = HealthCheckResponse.named("mlflow").up().withData("mlflow", status.state());
        if (status.trackingUri() != null) {
            response.withData("trackingUri", status.trackingUri());
        }
        if (MlflowStatus.DEGRADED.equals(status.state())) {
            response.withData("reason", status.reason())
                    .withData("since", status.since().toString());
        }
        return response.build();
    }
}
