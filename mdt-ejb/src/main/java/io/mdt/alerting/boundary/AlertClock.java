package io.mdt.alerting.boundary;

import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.Correlation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, on one instance of a cluster (a persistent timer, kept in PostgreSQL), so
 * that a stale model is flagged, and cleared once predictions arrive, within 15 seconds: checks
 * the freshness rules, one model per transaction so that one model's failure spoils no other,
 * and asks again for group flushes and deliveries whose request is long overdue.
 */
@Stateless
@Interceptors(CorrelatedWork.class)
public class AlertClock {

    private static final Logger LOG = Correlation.logger(AlertClock.class);

    @Inject
    AlertEvaluation evaluation;

    @Inject
    NotificationDispatch dispatch;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "alerting clock")
    void tick() {
        for (var modelId : evaluation.modelsWithFreshnessRules()) {
            try {
                evaluation.checkFreshness(modelId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Freshness rules of model " + modelId + " not checked at this tick", e);
            }
        }
        int rescued = dispatch.rescueOverdue();
        if (rescued > 0) {
            LOG.info("Asked again for " + rescued + " overdue notification flushes or deliveries");
        }
    }
}
