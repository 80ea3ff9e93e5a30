package io.mdt.monitoring.messaging;

import io.mdt.monitoring.boundary.EvaluationFailures;
import io.mdt.monitoring.boundary.Evaluations;
import io.mdt.monitoring.control.EvaluationRequests;
import io.mdt.platform.boundary.CorrelatedWork;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Evaluates the run named by each {@code mdt.evaluations} request. Workers run in parallel,
 * {@link #WORKERS} per server; each evaluation has its own transaction, so a window that
 * cannot be evaluated spoils no other. A failed evaluation goes to {@link EvaluationFailures},
 * in this listener's transaction: a transient fault marks it for rollback and the broker
 * delivers the request again, any other is recorded on the run as the request is consumed.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "mdt.evaluations"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = EvaluationListener.WORKERS)
        })
@Interceptors(CorrelatedWork.class)
public class EvaluationListener implements MessageListener {

    /**
     * Parallel evaluations per server: the system property {@code mdt.evaluation.workers},
     * set in the domain (by default one per core of a small machine) and read at deployment.
     */
    static final String WORKERS = "${mdt.evaluation.workers}";

    /** The JMS-defined count of deliveries of a message, this one included. */
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationFailures failures;

    @Override
    public void onMessage(Message message) {
        long runId = runId(message);
        boolean actualsOnly = actualsOnly(message);
        try {
            if (actualsOnly) {
                evaluations.remeasure(runId);
            } else {
                evaluations.evaluate(runId);
            }
        } catch (EJBException failed) {
            if (actualsOnly) {
                failures.failRemeasure(runId, delivery(message), failed);
            } else {
                failures.fail(runId, delivery(message), failed);
            }
        }
    }

    /** Whether the request asks only for the run's realized metrics again, as late actuals do. */
    private static boolean actualsOnly(Message message) {
        try {
            return EvaluationRequests.ACTUALS.equals(message.getStringProperty(EvaluationRequests.PART));
        } catch (JMSException e) {
            return false;
        }
    }

    private static long runId(Message message) {
        try {
            return message.getLongProperty("runId");
        } catch (JMSException | NumberFormatException e) {
            throw new IllegalArgumentException("an evaluation request carries its run id in the property runId", e);
        }
    }

    /** Which delivery this is, from 1; a broker that does not count is taken to deliver once. */
    private static int delivery(Message message) {
        try {
            return message.propertyExists(DELIVERY_COUNT) ? Math.max(1, message.getIntProperty(DELIVERY_COUNT)) : 1;
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }
}
