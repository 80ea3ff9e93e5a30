package io.mdt.monitoring.control;

import io.mdt.platform.boundary.Correlation;
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

    /** Names the part of a run a request asks for; absent: the whole run. */
    public static final String PART = "part";

    /** A request for a run's realized metrics only, as late actuals change them. */
    public static final String ACTUALS = "actuals";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/evaluations")
    Queue evaluations;

    public void send(List<Long> runIds) {
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer());
            for (var runId : runIds) {
                producer.setProperty(RUN_ID, runId).send(evaluations, "{\"runId\": " + runId + "}");
            }
        }
    }

    /** Asks for the realized metrics of finished runs to be measured again. */
    public void sendRemeasure(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer());
            for (var runId : runIds) {
                producer.setProperty(RUN_ID, runId)
                        .setProperty(PART, ACTUALS)
                        .send(evaluations, "{\"runId\": " + runId + ", \"part\": \"actuals\"}");
            }
        }
    }
}
