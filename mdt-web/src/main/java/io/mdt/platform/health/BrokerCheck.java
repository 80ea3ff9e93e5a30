package io.mdt.platform.health;

import io.mdt.platform.boundary.PlatformStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Artemis broker answers through the resource adapter. */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    @Inject
    PlatformStatus platform;

    @Override
    public HealthCheckResponse call() {
        var status = platform.broker();
        return HealthCheckResponse.named("broker")
                .status(status.up())
                .withData("detail", status.detail())
                .build();
    }
}
