package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One model on the overview: who it belongs to, its health and when it was last evaluated. */
public record OverviewEntry(
        long modelId, String name, String team, String owner, ModelHealth health, Instant lastEvaluated)
        implements Serializable {}
