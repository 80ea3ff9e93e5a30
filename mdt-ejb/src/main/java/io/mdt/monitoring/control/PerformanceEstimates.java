package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.engine.estimation.PerformanceEstimator;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates a window's performance without its actuals, with an estimator fitted on the
 * reference (CBPE for classifiers, DLE for regression). Fitted estimators are kept for the few
 * references in use, since a reference never changes and fitting DLE's trees takes seconds.
 */
@ApplicationScoped
public class PerformanceEstimates {

    private static final int KEPT = 8;

    private final Map<Long, PerformanceEstimator> fitted =
            Collections.synchronizedMap(new LinkedHashMap<Long, PerformanceEstimator>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, PerformanceEstimator> eldest) {
                    return size() > KEPT;
                }
            });

    /**
     * The window's estimated metrics.
     *
     * @throws IllegalArgumentException when the reference or the window cannot be estimated
     *     from, with the reason
     */
    public Map<String, Estimate> estimate(
            long referenceId,
            PerformanceSpec spec,
            OutputColumns outputs,
            List<Column> reference,
            List<Column> window) {
        var estimator = fitted.get(referenceId);
        if (estimator == null) {
            estimator = PerformanceEstimator.fit(
                    spec,
                    outputs.features(reference),
                    outputs.target(reference),
                    outputs.prediction(reference),
                    outputs.scores(reference));
            fitted.put(referenceId, estimator);
        }
        return estimator.estimate(outputs.features(window), outputs.prediction(window), outputs.scores(window));
    }
}
