package io.mdt.ingestion.control;

import io.mdt.ingestion.boundary.IngestionReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts what ingestion takes and refuses, by kind ({@code predictions}, {@code actuals}) and
 * model, and times each batch, on {@code /metrics}: what operators watch to see a producer
 * break or a model go quiet. Counted as each batch is stored, whichever way it came (REST, JMS,
 * serving).
 */
@ApplicationScoped
public class IngestionMetrics {

    private static final Metadata STORED = Metadata.builder()
            .withName("mdt.ingested.records")
            .withDescription("Records stored, by kind (predictions, actuals) and model")
            .build();

    private static final Metadata DUPLICATES = Metadata.builder()
            .withName("mdt.ingested.duplicates")
            .withDescription("Records already stored under their prediction id, kept once, by kind and model")
            .build();

    private static final Metadata REJECTED = Metadata.builder()
            .withName("mdt.rejected.records")
            .withDescription("Records refused with a reason, by kind and model")
            .build();

    private static final Metadata BATCHES = Metadata.builder()
            .withName("mdt.ingestion.batches")
            .withDescription("Time to read, validate and store one batch, by kind")
            .withUnit(MetricUnits.NANOSECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    public void stored(String kind, String model, IngestionReport report, Duration took) {
        var tags = new Tag[] {new Tag("kind", kind), new Tag("model", model)};
        registry.counter(STORED, tags).inc(report.accepted());
        registry.counter(DUPLICATES, tags).inc(report.duplicates());
        registry.counter(REJECTED, tags).inc(Math.max(0, report.received() - report.accepted() - report.duplicates()));
        registry.timer(BATCHES, new Tag("kind", kind)).update(took);
    }
}
