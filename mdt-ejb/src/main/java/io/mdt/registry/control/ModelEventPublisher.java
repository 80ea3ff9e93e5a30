package io.mdt.registry.control;

import io.mdt.platform.boundary.Correlation;
import io.mdt.registry.boundary.ModelChange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Publishes every model change to the {@code model-events} topic.
 *
 * <p>The message is sent inside the transaction that made the change (the connection factory
 * is XA), so subscribers see it exactly when, and only if, the change commits.
 */
@ApplicationScoped
public class ModelEventPublisher {

    static final String EVENT_TYPE = "eventType";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/modelEvents")
    Topic modelEvents;

    private final Jsonb jsonb = JsonbBuilder.create();

    void publish(@Observes ModelChange change) {
        var event = new ModelEvent(change.type(), change.time(), change.model());
        try (var context = connectionFactory.createContext()) {
            Correlation.tag(context.createProducer())
                    .setProperty(EVENT_TYPE, change.type())
                    .send(modelEvents, jsonb.toJson(event));
        }
    }
}
