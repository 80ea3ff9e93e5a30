package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.EvaluationHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishes the evaluation backlog, the runs queued or running in the whole cluster, on
 * {@code /metrics} ({@code mdt_evaluation_backlog}), read from the database at most every few
 * seconds however often the metrics are scraped: a backlog that keeps growing is a cluster whose
 * workers cannot keep up.
 */
@ApplicationScoped
public class EvaluationGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private static final Metadata BACKLOG = Metadata.builder()
            .withName("mdt.evaluation.backlog")
            .withDescription("Evaluation runs queued or running, in the whole cluster")
            .build();

    @Inject
    MetricRegistry registry;

    @Inject
    EvaluationHistory history;

    private volatile long backlog;
    private volatile Instant readAt = Instant.EPOCH;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(BACKLOG, this, EvaluationGauges::backlog);
    }

    private long backlog() {
        if (readAt.plus(FRESH_FOR).isBefore(Instant.now())) {
            backlog = history.backlog();
            readAt = Instant.now();
        }
        return backlog;
    }
}
