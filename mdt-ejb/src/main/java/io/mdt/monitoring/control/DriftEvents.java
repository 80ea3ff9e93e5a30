package io.mdt.monitoring.control;

import io.mdt.monitoring.entity.ColumnResult;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;

/**
 * Publishes a {@code drift.detected} event to the {@code mdt.drift} topic for every run that
 * finds drift, in the run's transaction: subscribers hear of exactly the committed results.
 */
@ApplicationScoped
public class DriftEvents {

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/drift")
    Topic drift;

    private final Jsonb jsonb = JsonbBuilder.create();

    /** The JSON body of a {@code mdt.drift} message; documented in docs/messaging.md. */
    public record DriftEvent(
            String type,
            String model,
            String version,
            long monitorId,
            String monitor,
            long runId,
            Instant windowStart,
            Instant windowEnd,
            boolean datasetDrift,
            Boolean predictionDrift,
            Boolean targetDrift,
            Double share,
            List<String> driftedColumns) {}

    public void publish(EvaluationRun run) {
        var monitor = run.getMonitor();
        var version = monitor.getVersion();
        var event = new DriftEvent(
                "drift.detected",
                version.getModel().getName(),
                version.getLabel(),
                monitor.getId(),
                monitor.getName(),
                run.getId(),
                run.getWindowStart(),
                run.getWindowEnd(),
                Boolean.TRUE.equals(run.getDatasetDrift()),
                run.getPredictionDrift(),
                run.getTargetDrift(),
                run.getShare(),
                run.getResults().stream()
                        .filter(ColumnResult::isDrift)
                        .map(ColumnResult::getColumn)
                        .toList());
        try (var context = connectionFactory.createContext()) {
            Correlation.tag(context.createProducer())
                    .setProperty("model", event.model())
                    .setProperty("version", event.version())
                    .setProperty("monitorId", event.monitorId())
                    .send(drift, jsonb.toJson(event));
        }
    }
}
