package io.mdt.monitoring.entity;

import io.mdt.engine.performance.Performance;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a monitor measures of its version's performance, validated.
 *
 * @param metrics the metrics, by name, in the order they are shown
 * @param minActuals a window with fewer labelled predictions has no realized metrics ("too few actuals")
 * @param referenceChunks the reference is cut into this many chunks to learn how much each metric varies
 * @param thresholds how bounds are set, by metric name or {@code *}
 * @param estimate whether metrics are also estimated without actuals (CBPE, DLE)
 * @param actualsHorizonSeconds how long after a window ends actuals that arrive late still update it
 */
public record PerformanceSettings(
        List<String> metrics,
        int minActuals,
        int referenceChunks,
        Map<String, MetricThreshold> thresholds,
        boolean estimate,
        long actualsHorizonSeconds)
        implements Serializable {

    public static final String ALL = "*";

    public static final int DEFAULT_MIN_ACTUALS = 100;
    public static final int DEFAULT_REFERENCE_CHUNKS = 10;
    public static final long DEFAULT_HORIZON_SECONDS = Duration.ofDays(30).toSeconds();

    /** Every metric of the version's task, estimated where the version has what estimation needs. */
    public static PerformanceSettings defaults(ModelVersion version) {
        return new PerformanceSettings(
                Performance.names(version.performanceSpec().task()),
                DEFAULT_MIN_ACTUALS,
                DEFAULT_REFERENCE_CHUNKS,
                Map.of(),
                canEstimate(version),
                DEFAULT_HORIZON_SECONDS);
    }

    /**
     * Whether the version's outputs can be estimated without actuals: a classifier needs its
     * scores (CBPE calibrates them), a regression model its prediction (DLE models its error);
     * both learn from a reference that has the target.
     */
    public static boolean canEstimate(ModelVersion version) {
        if (version.column(ColumnRole.TARGET).isEmpty()) {
            return false;
        }
        var scores = version.scoreColumns().size();
        boolean prediction = version.column(ColumnRole.PREDICTION).isPresent();
        return switch (version.performanceSpec().task()) {
            case BINARY -> scores >= 1;
            case MULTICLASS -> scores >= 2 && prediction;
            case REGRESSION -> prediction;
        };
    }

    public PerformanceSettings {
        metrics = List.copyOf(metrics);
        thresholds = Map.copyOf(thresholds);
    }

    /** The rule that sets a metric's bounds: its own, else the one for every metric, else 3 standard deviations. */
    public MetricThreshold threshold(String metric) {
        return thresholds.getOrDefault(metric, thresholds.getOrDefault(ALL, MetricThreshold.DEFAULT));
    }
}
