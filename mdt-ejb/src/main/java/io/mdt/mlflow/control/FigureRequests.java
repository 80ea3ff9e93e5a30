package io.mdt.mlflow.control;

import io.mdt.monitoring.boundary.RunFinished;
import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

/**
 * Asks for a run's figures to be logged to MLflow, by a message to {@code mdt.mlflow} sent in
 * the transaction that records the run's outcome: the message exists exactly when the outcome
 * commits, and MLflow is called after that, by a listener, so that MLflow being slow or down
 * can neither hold up nor fail the evaluation. Nothing is sent while MLflow is not configured.
 */
@ApplicationScoped
public class FigureRequests {

    public static final String RUN_ID = "runId";

    @Inject
    MlflowSettings settings;

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mlflow")
    Queue mlflow;

    void runFinished(@Observes RunFinished finished) {
        if (!settings.enabled()) {
            return;
        }
        try (var context = connectionFactory.createContext()) {
            Correlation.tag(context.createProducer())
                    .setProperty(RUN_ID, finished.runId())
                    .send(mlflow, "{\"runId\": " + finished.runId() + "}");
        }
    }
}
