package io.mdt.alerting.control;

import java.time.Instant;

/**
 * Where an observation came from: the model (and its team), and the monitor, version and run when a run made
 * it (all null for a freshness check).
 */
public record Evidence(
        long modelId,
        String model,
        String team,
        Long monitorId,
        String monitor,
        String version,
        Long runId,
        Instant windowStart,
        Instant windowEnd) {

    public static Evidence ofModel(long modelId, String model, String team) {
        return new Evidence(modelId, model, team, null, null, null, null, null, null);
    }
}
