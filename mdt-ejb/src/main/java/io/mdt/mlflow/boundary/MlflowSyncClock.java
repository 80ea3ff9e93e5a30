package io.mdt.mlflow.boundary;

import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.Correlation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, on one instance of a cluster (a persistent timer, kept in PostgreSQL), asks
 * whether a registry sync is due and runs it, one model per transaction so that one model's
 * failure spoils no other. While MLflow does not answer, the sync stops at the first model and
 * waits for the next interval: the others would fail the same way.
 */
@Stateless
@Interceptors(CorrelatedWork.class)
public class MlflowSyncClock {

    private static final Logger LOG = Correlation.logger(MlflowSyncClock.class);

    @Inject
    MlflowSync sync;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "mlflow sync clock")
    void tick() {
        if (!sync.claimDue()) {
            return;
        }
        for (var model : sync.linkedModels()) {
            try {
                sync.sync(model).forEach(LOG::info);
            } catch (MlflowUnavailableException e) {
                LOG.warning("MLflow registry not synced: " + e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Model " + model + " not synced with the MLflow registry at this tick", e);
            }
        }
    }
}
