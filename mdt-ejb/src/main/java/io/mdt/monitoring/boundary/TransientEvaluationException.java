package io.mdt.monitoring.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An evaluation met a transient fault before its request's last delivery. Rolls the consuming
 * transaction back, so that the broker delivers the request again after its redelivery delay;
 * the fault itself is in the server log under the correlation id.
 */
@ApplicationException(rollback = true)
public class TransientEvaluationException extends RuntimeException {

    public TransientEvaluationException(long runId, int delivery, String correlationId) {
        super("evaluation run " + runId + " met a transient fault in delivery " + delivery
                + "; it will be delivered again (correlation id " + correlationId + ")");
    }
}
