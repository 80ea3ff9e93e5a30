package io.mdt.ingestion.boundary;

import io.mdt.ingestion.control.ActualRecords;
import io.mdt.ingestion.control.BatchReader;
import io.mdt.ingestion.control.CopyRows;
import io.mdt.ingestion.control.IngestionMetrics;
import io.mdt.ingestion.control.PredictionRecords;
import io.mdt.ingestion.control.VersionDataWriter;
import io.mdt.registry.boundary.ModelVersions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Reader;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes batches of predictions and actuals for a model version: reads and validates every
 * record against the version's schema, stores the valid ones in one transaction and reports
 * the rest. When this method returns, the stored records are committed.
 */
@Stateless
public class Ingestion {

    @Inject
    ModelVersions versions;

    @Inject
    VersionDataWriter writer;

    @Inject
    IngestionMetrics metrics;

    @Inject
    @ConfigProperty(name = "mdt.ingestion.batch-limit", defaultValue = "10000")
    int batchLimit;

    /**
     * Stores a batch of predictions.
     *
     * @param keepRecords whether rejected records carry their JSON text (for dead letters)
     */
    public IngestionReport predictions(String model, String version, Reader body, boolean keepRecords) {
        long start = System.nanoTime();
        var target = versions.version(model, version);
        var records = new PredictionRecords(target);
        var outcome = BatchReader.read(body, batchLimit, batchLimit, keepRecords, records);
        int stored = writer.insertPredictions(target.getId(), records.sqlColumns(), records.rows());
        var report = report(stored, records.rows(), outcome);
        metrics.stored("predictions", target.getModel().getName(), report, Duration.ofNanos(System.nanoTime() - start));
        return report;
    }

    /**
     * Stores a batch of actual outcomes.
     *
     * @param keepRecords whether rejected records carry their JSON text (for dead letters)
     */
    public IngestionReport actuals(String model, String version, Reader body, boolean keepRecords) {
        long start = System.nanoTime();
        var target = versions.version(model, version);
        var records = new ActualRecords(target);
        var outcome = BatchReader.read(body, batchLimit, batchLimit, keepRecords, records);
        int stored = writer.insertActuals(target.getId(), ActualRecords.SQL_COLUMNS, records.rows());
        var report = report(stored, records.rows(), outcome);
        metrics.stored("actuals", target.getModel().getName(), report, Duration.ofNanos(System.nanoTime() - start));
        return report;
    }

    /** The batch's report: records repeated within it and those stored before are its duplicates. */
    private static IngestionReport report(int stored, CopyRows rows, BatchReader.Outcome outcome) {
        return new IngestionReport(
                outcome.received(), stored, rows.rows() - stored + rows.duplicates(), List.copyOf(outcome.rejected()));
    }
}
