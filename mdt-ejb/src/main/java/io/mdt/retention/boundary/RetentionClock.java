package io.mdt.retention.boundary;

import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.Correlation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on one instance of a cluster (a persistent timer, kept in PostgreSQL), maintains
 * the versions never maintained yet, so that a new version has its weeks within a minute, and
 * every version when a round is due ({@code mdt.data.maintenance-interval}, an hour by default).
 * One version's failure (a lock not granted in time) spoils no other; it is retried next round.
 */
@Stateless
@Interceptors(CorrelatedWork.class)
public class RetentionClock {

    private static final Logger LOG = Correlation.logger(RetentionClock.class);

    @Inject
    DataRetention retention;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = true, info = "data maintenance clock")
    void tick() {
        for (var version : retention.versionsToMaintain(retention.claimDue())) {
            try {
                retention
                        .maintain(version)
                        .filter(MaintenanceReport::changed)
                        .ifPresent(report -> LOG.info("Data maintenance: " + report));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Data of version " + version + " not maintained at this tick", e);
            }
        }
    }
}
