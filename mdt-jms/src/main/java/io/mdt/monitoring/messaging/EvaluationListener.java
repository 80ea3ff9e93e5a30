package io.mdt.monitoring.messaging;

import io.mdt.monitoring.boundary.Evaluations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates the run named by each {@code mdt.evaluations} request. Workers run in parallel,
 * {@link #WORKERS} per server; each evaluation has its own transaction, so a
 * window that cannot be evaluated is recorded as failed, with the reason, and spoils no other.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "mdt.evaluations"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = EvaluationListener.WORKERS)
        })
public class EvaluationListener implements MessageListener {

    /**
     * Parallel evaluations per server: the system property {@code mdt.evaluation.workers},
     * set in the domain (by default one per core of a small machine) and read at deployment.
     */
    static final String WORKERS = "${mdt.evaluation.workers}";

    private static final Logger LOG = Logger.getLogger(EvaluationListener.class.getName());

    @Inject
    Evaluations evaluations;

    @Override
    public void onMessage(Message message) {
        long runId = runId(message);
        try {
            evaluations.evaluate(runId);
        } catch (EJBException failed) {
            var cause = rootCause(failed);
            LOG.log(Level.WARNING, "Evaluation run " + runId + " failed", cause);
            evaluations.fail(runId, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static long runId(Message message) {
        try {
            return message.getLongProperty("runId");
        } catch (JMSException | NumberFormatException e) {
            throw new IllegalArgumentException("an evaluation request carries its run id in the property runId", e);
        }
    }

    private static Throwable rootCause(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
