package io.mdt.alerting.control;

import java.time.Instant;

/**
 * Where an observation came from: the model, and the monitor, version and run when a run made
 * it (all null for a freshness check).
 */
public record Evidence(
        long modelId,
        String model,
        Long monitorId,
        String monitor,
        String version,
        Long runId,
        Instant windowStart,
        Instant windowEnd) {

    public static Evidence ofModel(long modelId, String model) {
        return new Evidence(modelId, model, null, null, null, null, null, null);
    }
}
