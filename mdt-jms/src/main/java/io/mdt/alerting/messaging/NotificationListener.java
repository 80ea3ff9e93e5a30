package io.mdt.alerting.messaging;

import io.mdt.alerting.boundary.NotificationDelivery;
import io.mdt.alerting.boundary.NotificationDispatch;
import io.mdt.alerting.control.NotificationRequests;
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
 * Carries out the requests on {@code mdt.notifications}: flushing a notification group that is
 * due, or delivering a notification. A flush runs in the listener's transaction (a failure
 * rolls back and is delivered again); a delivery records its attempts itself and never holds
 * the transaction's resources while a receiver answers.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = "mdt.notifications"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
@Interceptors(CorrelatedWork.class)
public class NotificationListener implements MessageListener {

    @Inject
    NotificationDispatch dispatch;

    @Inject
    NotificationDelivery delivery;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        long id;
        String action;
        try {
            id = message.getLongProperty(NotificationRequests.ID);
            action = message.getStringProperty(NotificationRequests.ACTION);
        } catch (JMSException | NumberFormatException e) {
            deadLetters.reject(
                    message, "mdt.notifications", "a notification request carries the properties action and id");
            return;
        }
        if (NotificationRequests.FLUSH.equals(action)) {
            dispatch.flush(id);
        } else if (NotificationRequests.DELIVER.equals(action)) {
            delivery.deliver(id);
        } else {
            deadLetters.reject(message, "mdt.notifications", "a notification request's action is flush or deliver");
        }
    }
}
