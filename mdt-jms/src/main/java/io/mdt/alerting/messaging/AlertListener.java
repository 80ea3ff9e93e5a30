package io.mdt.alerting.messaging;

import io.mdt.alerting.boundary.AlertEvaluation;
import io.mdt.alerting.control.AlertRequests;
import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.DeadLetters;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Evaluates the alert rules of each run named on {@code mdt.alerting}, in the listener's
 * transaction: a failure rolls it back and the broker delivers the request again, and after
 * its last delivery moves it to the dead-letter queue; the run itself is already committed. A
 * request without a run id is dead-lettered at once with the reason.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "mdt.alerting"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
@Interceptors(CorrelatedWork.class)
public class AlertListener implements MessageListener {

    @Inject
    AlertEvaluation evaluation;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        long runId;
        try {
            runId = message.getLongProperty(AlertRequests.RUN_ID);
        } catch (JMSException | NumberFormatException e) {
            deadLetters.reject(message, "mdt.alerting", "an alerting request carries its run id in the property runId");
            return;
        }
        evaluation.afterRun(runId);
    }
}
