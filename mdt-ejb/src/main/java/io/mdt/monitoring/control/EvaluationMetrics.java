package io.mdt.monitoring.control;

import io.mdt.monitoring.entity.EvaluationRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the windows evaluated, by model and outcome, and times each evaluation, on
 * {@code /metrics}: what says whether evaluations keep up, beside the backlog's gauge.
 */
@ApplicationScoped
public class EvaluationMetrics {

    private static final Metadata EVALUATED = Metadata.builder()
            .withName("mdt.windows.evaluated")
            .withDescription("Evaluation runs that reached an outcome, by model and status (done, skipped, failed)")
            .build();

    private static final Metadata DURATION = Metadata.builder()
            .withName("mdt.evaluation.duration")
            .withDescription("Time to evaluate one window (reading it, the drift tests and the metrics), by model")
            .withUnit(MetricUnits.NANOSECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    public void evaluated(EvaluationRun run) {
        var model = new Tag("model", run.getMonitor().getVersion().getModel().getName());
        registry.counter(
                        EVALUATED,
                        model,
                        new Tag("status", run.getStatus().name().toLowerCase(Locale.ROOT)))
                .inc();
        if (run.getDurationMillis() != null) {
            registry.timer(DURATION, model).update(Duration.ofMillis(run.getDurationMillis()));
        }
    }
}
