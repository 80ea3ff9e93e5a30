package io.mdt.ingestion.boundary;

import io.mdt.ingestion.entity.ReferenceDataset;
import io.mdt.ingestion.entity.ReferenceSource;
import java.time.Instant;

/** A stored reference dataset, as clients read it. */
public record ReferenceSummary(
        long id,
        long versionId,
        ReferenceSource source,
        long rows,
        long rejected,
        Instant rangeFrom,
        Instant rangeTo,
        Instant created) {

    static ReferenceSummary of(ReferenceDataset dataset) {
        return new ReferenceSummary(
                dataset.getId(),
                dataset.getVersion().getId(),
                dataset.getSource(),
                dataset.getRowCount(),
                dataset.getRejectedCount(),
                dataset.getRangeFrom(),
                dataset.getRangeTo(),
                dataset.getCreated());
    }
}
