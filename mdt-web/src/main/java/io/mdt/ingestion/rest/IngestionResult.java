package io.mdt.ingestion.rest;

import io.mdt.ingestion.boundary.IngestionReport;
import io.mdt.platform.rest.Problem;
import io.mdt.registry.boundary.Violation;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The answer to a batch: counts, and each rejected record's index and reason. */
public record IngestionResult(int received, int accepted, int duplicates, List<Rejection> rejected) {

    /** A record that was not stored. */
    public record Rejection(int index, String reason) {}

    /** 200 with the result, or 400 listing every record when none could be taken. */
    static Response answer(IngestionReport report) {
        if (report.nothingValid()) {
            var violations = report.rejected().stream()
                    .map(r -> new Violation("records[" + r.index() + "]", r.reason()))
                    .toList();
            return Problem.invalid("no record of the batch is valid", violations)
                    .toResponse();
        }
        return Response.ok(of(report)).build();
    }

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
