package io.mdt.retention.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What one maintenance did to one version's data.
 *
 * @param cutoff the oldest instant kept
 * @param moved rows moved from the default partition into the weeks added
 */
public record MaintenanceReport(
        String model,
        String version,
        Instant cutoff,
        List<WeekChange> added,
        List<WeekChange> dropped,
        long moved,
        long removedPredictions,
        long removedActuals) {

    /** Whether anything changed, so that a quiet maintenance is not logged. */
    public boolean changed() {
        return !added.isEmpty() || !dropped.isEmpty() || moved > 0 || removedPredictions > 0 || removedActuals > 0;
    }
}
