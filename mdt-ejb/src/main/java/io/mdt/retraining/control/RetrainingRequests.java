package io.mdt.retraining.control;

import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

/**
 * Hands a retraining to a worker by a message to {@code mdt.retraining}, sent in the transaction
 * that records the request: a request is never lost, nor worked on before it is committed.
 */
@ApplicationScoped
public class RetrainingRequests {

    public static final String RETRAINING_ID = "retrainingId";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/retraining")
    Queue retraining;

    public void send(long id) {
        try (var context = connectionFactory.createContext()) {
            Correlation.tag(context.createProducer())
                    .setProperty(RETRAINING_ID, id)
                    .send(retraining, "{\"retrainingId\": " + id + "}");
        }
    }
}
