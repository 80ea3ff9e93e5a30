package io.mdt.engine.estimation;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.util.List;
import java.util.Map;

/**
 * Estimates a model's performance without actuals by its task: {@link Cbpe} for classifiers (from the
 * scores; the features are not used), {@link Dle} for regression (from the features and prediction;
 * there are no scores).
 */
public final class PerformanceEstimator {

    private final Cbpe cbpe;
    private final Dle dle;

    private PerformanceEstimator(Cbpe cbpe, Dle dle) {
        this.cbpe = cbpe;
        this.dle = dle;
    }

    /**
     * Learns from the reference rows that have a target.
     *
     * @param referencePrediction predicted labels or values; for a classifier it may be null (then derived
     *     from the scores), for regression it is required
     * @param referenceScores a classifier's score columns, one per score label of the spec; empty for regression
     * @throws IllegalArgumentException for fewer than 100 labelled rows, a single class, invalid scores or
     *     a column of the wrong type
     */
    public static PerformanceEstimator fit(
            PerformanceSpec spec,
            List<Column> referenceFeatures,
            Column referenceTarget,
            Column referencePrediction,
            List<NumericalColumn> referenceScores) {
        if (spec.task() == Task.REGRESSION) {
            if (referencePrediction == null) {
                throw new IllegalArgumentException("a regression model's performance is estimated from its prediction");
            }
            return new PerformanceEstimator(null, Dle.fit(referenceFeatures, referencePrediction, referenceTarget));
        }
        return new PerformanceEstimator(Cbpe.fit(spec, referenceTarget, referencePrediction, referenceScores), null);
    }

    /**
     * One chunk's estimates, in the order binary {@code accuracy precision recall f1 specificity roc_auc},
     * multiclass {@code accuracy precision_macro recall_macro f1_macro roc_auc_ovr}, regression
     * {@code mae mse rmse}.
     */
    public Map<String, Estimate> estimate(List<Column> features, Column prediction, List<NumericalColumn> scores) {
        return cbpe != null ? cbpe.estimate(prediction, scores) : dle.estimate(features, prediction);
    }
}
