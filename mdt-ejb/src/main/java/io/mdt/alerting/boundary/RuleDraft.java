package io.mdt.alerting.boundary;

import java.util.Map;

/**
 * An alert rule as clients write it. Only name and kind are required; the rest has defaults
 * per kind (see docs/alerting.md).
 *
 * @param model the model's name or id; absent: a global rule, for every model
 * @param overrides the id of the global rule this model's rule replaces for the model
 * @param column the column a column rule watches; absent: each column
 * @param metric the metric a performance rule watches; absent: each metric
 * @param operator {@code >}, {@code >=}, {@code <} or {@code <=}, for rules that compare
 * @param source for performance rules: realized, estimated or any (default)
 * @param period for freshness rules: how long without predictions, ISO-8601 ({@code PT1H})
 * @param forWindows how many consecutive windows the condition must hold before the alert fires
 * @param retrain whether an alert the rule fires (or reopens) also asks for the model to be trained
 *     again (docs/retraining.md); default false
 */
public record RuleDraft(
        String name,
        String model,
        Long overrides,
        String kind,
        String column,
        String metric,
        String operator,
        Double threshold,
        String source,
        String period,
        String severity,
        Integer forWindows,
        Map<String, String> labels,
        String summary,
        String description,
        Boolean enabled,
        Boolean retrain) {}
