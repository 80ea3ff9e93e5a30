package io.mdt.engine.performance;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;

/**
 * Realized performance: a model's metrics on the rows whose actual is known, with scikit-learn's
 * definitions and numbers. Where scikit-learn warns and substitutes a value (0 for a precision
 * without predicted positives, for instance), the metric is undefined here with the reason, so that a
 * monitor never alerts on a number that was only a convention.
 */
public final class Performance {

    /** Which way a metric improves. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    private Performance() {}

    /**
     * @param spec how to read the model's outputs
     * @param target the actuals; a row where it is missing has no actual yet and is skipped
     * @param prediction the predicted labels (classification) or values (regression); may be null for a
     *     binary model given a score, which is then thresholded at {@code spec.threshold()}
     * @param scores the probability columns: the positive class's for a binary model, {@code scores.get(i)}
     *     the probability of {@code spec.scoreLabels().get(i)} for a multiclass one; empty for none
     * @throws IllegalArgumentException when a labelled row lacks a prediction, a score is NaN, infinite or
     *     outside [0, 1], or the columns do not fit the task
     */
    public static PerformanceReport evaluate(
            PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {
        List<NumericalColumn> given = scores == null ? List.of() : scores;
        LabelledRows.checkLengths(target, prediction, given);
        return switch (spec.task()) {
            case BINARY -> BinaryColumns.evaluate(spec, target, prediction, given);
            case MULTICLASS -> MulticlassColumns.evaluate(spec, target, prediction, given);
            case REGRESSION -> regression(target, prediction);
        };
    }

    private static PerformanceReport regression(Column target, Column prediction) {
        if (!(target instanceof NumericalColumn actual) || !(prediction instanceof NumericalColumn predicted)) {
            throw new IllegalArgumentException("a regression model needs a numerical target and prediction");
        }
        LabelledRows rows = LabelledRows.ofNumbers(actual);
        return RegressionMetrics.of(rows.values(actual), rows.values(predicted));
    }

    /** The task's metric names in report order. */
    public static List<String> names(Task task) {
        return Catalogue.names(task);
    }

    /** @throws IllegalArgumentException for an unknown metric */
    public static Direction direction(String metric) {
        return Catalogue.direction(metric);
    }

    /**
     * The valid range {@code [low, high]} of a metric, infinite where unbounded: [0, 1] for most, [-1, 1]
     * for MCC, [0, inf) for losses and errors, (-inf, 1] for R^2 and explained variance, (-inf, inf) for
     * mean_error. mean_error is a bias, best at 0: its direction is {@code LOWER_IS_BETTER} on its absolute
     * value, and bounds set on it are two-sided anyway.
     *
     * @throws IllegalArgumentException for an unknown metric
     */
    public static double[] range(String metric) {
        return Catalogue.range(metric);
    }
}
