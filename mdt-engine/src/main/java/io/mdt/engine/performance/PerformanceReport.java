package io.mdt.engine.performance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The realized metrics of a model on the rows that have an actual.
 *
 * @param task what the model predicts
 * @param rows the labelled rows the metrics are computed on (rows with a missing target are left out)
 * @param metrics every metric of the task, in the order of {@link Performance#names}; null when undefined
 * @param undefined for each null metric, the sentence that says why it is undefined on these rows
 * @param confusionMatrix counts of actual (rows) against predicted (columns) classes; null for regression
 * @param perClass precision, recall and F1 of each class, in class order; empty unless multiclass
 */
public record PerformanceReport(
        Task task,
        long rows,
        Map<String, Double> metrics,
        Map<String, String> undefined,
        ConfusionMatrix confusionMatrix,
        Map<String, ClassMetrics> perClass) {

    public PerformanceReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        undefined = Collections.unmodifiableMap(new LinkedHashMap<>(undefined));
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }
}
