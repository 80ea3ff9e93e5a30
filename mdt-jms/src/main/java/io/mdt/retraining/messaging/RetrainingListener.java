package io.mdt.retraining.messaging;

import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.DeadLetters;
import io.mdt.retraining.boundary.Retrainings;
import io.mdt.retraining.control.RetrainingRequests;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Runs each retraining named on {@code mdt.retraining}, one at a time on each instance: training
 * takes a core while it runs. Outside a transaction, as a run can take longer than one should
 * last: each step commits on its own and the run records its own failure, so the message is
 * taken once it has run; a server stopping mid-run has it delivered again, and the run goes on
 * from where it can. A request without a retraining id is dead-lettered at once with the reason.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "mdt.retraining"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(CorrelatedWork.class)
public class RetrainingListener implements MessageListener {

    @Inject
    Retrainings retrainings;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        long id;
        try {
            id = message.getLongProperty(RetrainingRequests.RETRAINING_ID);
        } catch (JMSException | NumberFormatException e) {
            deadLetters.reject(
                    message,
                    "mdt.retraining",
                    "a retraining request carries its retraining id in the property retrainingId");
            return;
        }
        retrainings.run(id);
    }
}
