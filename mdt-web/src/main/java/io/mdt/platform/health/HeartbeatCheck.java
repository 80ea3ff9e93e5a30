package io.mdt.platform.health;

import io.mdt.platform.boundary.PlatformHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the persistent timer's last run and run count. Always up: a timer that has not run
 * yet after a start is normal, and the database check already covers its storage.
 */
@Readiness
@ApplicationScoped
public class HeartbeatCheck implements HealthCheck {

    @Inject
    PlatformHeartbeat heartbeat;

    @Override
    public HealthCheckResponse call() {
        var status = heartbeat.status();
        return HealthCheckResponse.named("heartbeat")
                .up()
                .withData(
                        "lastRun",
                        status.lastRun() == null ? "never" : status.lastRun().toString())
                .withData("count", status.runCount())
                .build();
    }
}
