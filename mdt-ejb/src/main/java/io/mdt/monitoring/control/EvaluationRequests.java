package io.mdt.monitoring.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.List;

/**
 * Sends one request per window to {@code mdt.evaluations}, in the transaction that queued the
 * runs: a worker sees a request exactly when its run is committed.
 */
@ApplicationScoped
public class EvaluationRequests {

    public static final String RUN_ID = "runId";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/evaluations")
    Queue evaluations;

    public void send(List<Long> runIds) {
        try (var context = connectionFactory.createContext()) {
            var producer = context.createProducer();
            for (var runId : runIds) {
                producer.setProperty(RUN_ID, runId).send(evaluations, "{\"runId\": " + runId + "}");
            }
        }
    }
}
