package io.mdt.monitoring.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a monitor measures of its version's performance, as a client describes it. Every part
 * is optional.
 *
 * @param metrics metric names (default: every metric of the model's task)
 * @param minActuals labelled predictions a window needs for realized metrics (default 100)
 * @param referenceChunks chunks the reference is cut into to learn each metric's noise (default 10)
 * @param thresholds how bounds are set, by metric name or {@code *} (default: 3 standard deviations)
 * @param estimate whether metrics are also estimated without actuals (default true where the
 *     version has what estimation needs)
 * @param actualsHorizon ISO-8601 duration after a window's end during which late actuals update
 *     its realized metrics (default P30D)
 */
public record PerformanceDraft(
        List<String> metrics,
        Integer minActuals,
        Integer referenceChunks,
        Map<String, ThresholdDraft> thresholds,
        Boolean estimate,
        String actualsHorizon) {}
