package io.mdt.ingestion.rest;

import io.mdt.ingestion.boundary.IngestionReport;
import java.util.List;

/** The answer to a batch: counts, and each rejected record's index and reason. */
public record IngestionResult(int received, int accepted, int duplicates, List<Rejection> rejected) {

    /** A record that was not stored. */
    public record Rejection(int index, String reason) {}

    static IngestionResult of(IngestionReport report) {
        return new IngestionResult(
                report.received(),
                report.accepted(),
                report.duplicates(),
                report.rejected().stream()
                        .map(r -> new Rejection(r.index(), r.reason()))
                        .toList());
    }
}
