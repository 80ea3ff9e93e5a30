package io.mdt.platform.health;

import io.mdt.platform.boundary.PlatformStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL answers through the application's connection pool. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    PlatformStatus platform;

    @Override
    public HealthCheckResponse call() {
        var status = platform.database();
        return HealthCheckResponse.named("database")
                .status(status.up())
                .withData("detail", status.detail())
                .build();
    }
}
