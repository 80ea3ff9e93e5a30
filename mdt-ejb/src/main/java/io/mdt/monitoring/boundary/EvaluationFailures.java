package io.mdt.monitoring.boundary;

import io.mdt.monitoring.control.EvaluationMetrics;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.platform.boundary.Correlation;
import io.mdt.platform.boundary.FaultKind;
import io.mdt.platform.entity.InstantConverter;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluations that failed, dealt with in the transaction that consumes their request. A
 * transient fault before the last delivery marks that transaction for rollback, so that the
 * broker delivers the request again; any other failure, and a transient one on the last
 * delivery, is recorded on the run and the request is consumed. The exception goes to the
 * server log, under the correlation id the run's reason quotes.
 */
@Stateless
public class EvaluationFailures {

    private static final Logger LOG = Correlation.logger(EvaluationFailures.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<RunFinished> finished;

    @Inject
    EvaluationMetrics metrics;

    /**
     * Deliveries of an evaluation request before a transient fault is recorded as the run's
     * failure; the broker's {@code max-delivery-attempts} for {@code mdt.evaluations} must be
     * the same, or the broker dead-letters the request before the run records why.
     */
    @Inject
    @ConfigProperty(name = "mdt.evaluation.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    /**
     * Records the failure or asks for another delivery. Marking the transaction rather than
     * throwing: an exception out of the listener would also make the container discard the
     * listener bean and the resource adapter reset its broker session.
     *
     * @param delivery which delivery of the request this is, from 1 ({@code JMSXDeliveryCount})
     */
    public void fail(long runId, int delivery, Throwable failure) {
        var kind = FaultKind.of(failure);
        var correlationId = Correlation.currentOrNew();
        boolean again = kind.deliverAgain(delivery, maxDeliveries);
        LOG.log(
                again ? Level.WARNING : Level.SEVERE,
                "Evaluation run " + runId + " failed, " + kind + " fault, delivery " + delivery + " of "
                        + maxDeliveries + (again ? ", to be delivered again" : ", recorded") + "; correlation id "
                        + correlationId,
                failure);
        if (again) {
            context.setRollbackOnly();
            return;
        }
        var run = em.find(EvaluationRun.class, runId);
        if (run != null) {
            record(run, kind, delivery, correlationId);
            metrics.evaluated(run);
            finished.fire(new RunFinished(runId));
        }
    }

    /**
     * As {@link #fail}, for a request to measure a finished run's realized metrics again: the
     * run keeps its results, and its performance note says that late actuals were not applied.
     */
    public void failRemeasure(long runId, int delivery, Throwable failure) {
        var kind = FaultKind.of(failure);
        var correlationId = Correlation.currentOrNew();
        boolean again = kind.deliverAgain(delivery, maxDeliveries);
        LOG.log(
                again ? Level.WARNING : Level.SEVERE,
                "Late actuals of evaluation run " + runId + " not applied, " + kind + " fault, delivery " + delivery
                        + " of " + maxDeliveries + "; correlation id " + correlationId,
                failure);
        if (again) {
            context.setRollbackOnly();
            return;
        }
        var run = em.find(EvaluationRun.class, runId);
        if (run != null) {
            run.lateActualsFailed(correlationId);
        }
    }

    private static void record(EvaluationRun run, FaultKind kind, int deliveries, String correlationId) {
        if (kind == FaultKind.TRANSIENT) {
            run.failTransiently(deliveries, correlationId, InstantConverter.now());
        } else {
            run.failOnError(correlationId, InstantConverter.now());
        }
    }
}
