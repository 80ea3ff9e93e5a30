package io.mdt.mlflow.messaging;

import io.mdt.mlflow.boundary.MlflowLogging;
import io.mdt.mlflow.boundary.MlflowUnavailableException;
import io.mdt.mlflow.control.FigureRequests;
import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.Correlation;
import io.mdt.platform.boundary.DeadLetters;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Logs the figures of each run named on {@code mdt.mlflow} to MLflow. The evaluation committed
 * before the request was sent, so nothing here can fail it. While MLflow does not answer, the
 * listener's transaction rolls back and the broker delivers the request again after its
 * redelivery delay; on the last delivery the request goes to {@code mdt.dead-letter} with the
 * reason. A request without a run id is dead-lettered at once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = FigureListener.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
@Interceptors(CorrelatedWork.class)
public class FigureListener implements MessageListener {

    static final String QUEUE = "mdt.mlflow";

    private static final Logger LOG = Correlation.logger(FigureListener.class);

    /** The JMS-defined count of deliveries of a message, this one included. */
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    @Inject
    MlflowLogging logging;

    @Inject
    DeadLetters deadLetters;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        long runId;
        try {
            runId = message.getLongProperty(FigureRequests.RUN_ID);
        } catch (JMSException | NumberFormatException e) {
            deadLetters.reject(message, QUEUE, "an MLflow request carries its run id in the property runId");
            return;
        }
        try {
            logging.log(runId);
        } catch (MlflowUnavailableException e) {
            int delivery = delivery(message);
            if (delivery >= logging.maxDeliveries()) {
                deadLetters.reject(
                        message,
                        QUEUE,
                        "the figures of run " + runId + " were not logged in " + delivery + " attempts: "
                                + e.getMessage());
            } else {
                LOG.warning("Figures of run " + runId + " not logged (attempt " + delivery + "), will try again: "
                        + e.getMessage());
                context.setRollbackOnly();
            }
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
