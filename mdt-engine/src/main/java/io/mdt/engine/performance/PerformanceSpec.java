package io.mdt.engine.performance;

import java.util.List;

/**
 * How to read a model's outputs as a task: the positive class and the decision threshold of a
 * binary classifier, and which class each score column is the probability of.
 *
 * @param task what the model predicts
 * @param positiveLabel the label of the positive class (binary only), as {@link ClassLabels} formats labels
 * @param threshold the score at and above which a binary classifier predicts the positive class; used
 *     only when there is no prediction column
 * @param scoreLabels the class of each score column, in column order: one label (the positive class)
 *     for a binary classifier, one per class for a multiclass one, none for regression
 */
public record PerformanceSpec(Task task, String positiveLabel, double threshold, List<String> scoreLabels) {

    public static final String DEFAULT_POSITIVE = "1";
    public static final double DEFAULT_THRESHOLD = 0.5;

    public PerformanceSpec {
        scoreLabels = List.copyOf(scoreLabels);
    }

    public static PerformanceSpec regression() {
        return new PerformanceSpec(Task.REGRESSION, null, DEFAULT_THRESHOLD, List.of());
    }
}
