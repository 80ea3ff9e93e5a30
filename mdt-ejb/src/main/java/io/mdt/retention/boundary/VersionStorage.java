package io.mdt.retention.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The partitions of one version's data.
 *
 * @param maintained when maintenance last ran for the version; null before the first time
 * @param removedPredictions predictions removed by retention since the version was created
 * @param predictions the weekly partitions of its predictions (by event time) and the default one
 * @param actuals the weekly partitions of its actuals (by arrival) and the default one
 */
public record VersionStorage(
        String version,
        Instant maintained,
        long removedPredictions,
        List<StoredWeek> predictions,
        List<StoredWeek> actuals) {}
