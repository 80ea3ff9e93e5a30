package io.mdt.engine.performance;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of {@code golden.json}: the columns as a CSV reader would give them (numbers as a numerical
 * column, text as a categorical one, null as missing) and scikit-learn's answers.
 */
record GoldenCase(
        String name,
        PerformanceSpec spec,
        Column target,
        Column prediction,
        List<NumericalColumn> scores,
        long rows,
        Map<String, Double> expected,
        Map<String, Map<String, Double>> perClass) {

    @SuppressWarnings("unchecked")
    static GoldenCase of(Map<String, Object> json) {
        Task task = Task.valueOf(((String) json.get("task")).toUpperCase());
        List<String> scoreLabels = (List<String>) json.get("score_labels");
        PerformanceSpec spec = task == Task.REGRESSION
                ? PerformanceSpec.regression()
                : new PerformanceSpec(
                        task,
                        (String) json.getOrDefault("positive", null),
                        ((Double) json.getOrDefault("threshold", 0.5)),
                        scoreLabels);
        List<NumericalColumn> scores = new ArrayList<>();
        for (Object column : (List<Object>) json.get("scores")) {
            scores.add((NumericalColumn) column("score", (List<Object>) column));
        }
        Map<String, Map<String, Double>> perClass = new LinkedHashMap<>();
        if (json.get("per_class") != null) {
            ((Map<String, Object>) json.get("per_class")).forEach((k, v) -> perClass.put(k, (Map<String, Double>) v));
        }
        return new GoldenCase(
                (String) json.get("name"),
                spec,
                column("target", (List<Object>) json.get("target")),
                json.get("prediction") == null ? null : column("prediction", (List<Object>) json.get("prediction")),
                scores,
                Math.round((Double) json.get("rows")),
                (Map<String, Double>) json.get("expected"),
                perClass);
    }

    private static Column column(String name, List<Object> values) {
        if (values.stream().allMatch(v -> v == null || v instanceof Double)) {
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = values.get(i) == null ? Double.NaN : (Double) values.get(i);
            }
            return new NumericalColumn(name, numbers);
        }
        CategoricalColumn.Builder builder = CategoricalColumn.builder(name);
        values.forEach(v -> builder.add(v == null ? null : v.toString()));
        return builder.build();
    }

    @Override
    public String toString() {
        return name;
    }
}
