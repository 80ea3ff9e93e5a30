package io.mdt.registry.messaging;

import io.mdt.platform.boundary.CorrelatedWork;
import io.mdt.platform.boundary.DeadLetters;
import io.mdt.registry.boundary.DuplicateModelNameException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Creates a model from each JSON message on the {@code model-commands} queue.
 *
 * <p>A message that cannot be a model (not JSON, wrong types, broken rules, taken name) is
 * moved to the dead-letter queue with the reason in the same transaction, and nothing is
 * written. Any other failure propagates, so the broker redelivers the message.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = ModelCommandListener.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
@Interceptors(CorrelatedWork.class)
public class ModelCommandListener implements MessageListener {

    static final String QUEUE = "model-commands";

    @Inject
    MonitoredModels models;

    @Inject
    DeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        try {
            models.create(ModelCommandReader.read(message));
        } catch (MalformedCommandException | ModelValidationException | DuplicateModelNameException rejected) {
            deadLetters.reject(message, QUEUE, rejected.getMessage());
        }
    }
}
