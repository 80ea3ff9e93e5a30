package io.mdt.alerting.control;

import io.mdt.monitoring.boundary.RunFinished;
import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

/**
 * Asks for a run's alert rules to be evaluated, by a message to {@code mdt.alerting} sent in
 * the transaction that records the run's outcome: the rules see exactly the committed run, and
 * a failure while evaluating them can never undo it.
 */
@ApplicationScoped
public class AlertRequests {

    public static final String RUN_ID = "runId";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/alerting")
    Queue alerting;

    void runFinished(@Observes RunFinished finished) {
        try (var context = connectionFactory.createContext()) {
            Correlation.tag(context.createProducer())
                    .setProperty(RUN_ID, finished.runId())
                    .send(alerting, "{\"runId\": " + finished.runId() + "}");
        }
    }
}
