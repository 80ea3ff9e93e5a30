package io.mdt.ingestion.boundary;

import java.util.List;

/**
 * What happened to a batch: how many records arrived, how many were stored, how many were
 * already stored before (same prediction id: kept once), and each rejected record.
 */
public record IngestionReport(int received, int accepted, int duplicates, List<RejectedRecord> rejected) {

    /** Whether no record of the batch could be taken, the case REST answers with 400. */
    public boolean nothingValid() {
        return received > 0 && rejected.size() == received;
    }
}
