package io.mdt.monitoring.boundary;

import java.time.Instant;
import java.util.List;

/** A model's health and the runs it was judged on. */
public record ModelStatus(
        long modelId, String model, ModelHealth status, Instant lastEvaluated, List<RunSummary> latestRuns) {}
