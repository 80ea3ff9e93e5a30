package io.mdt.engine.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link Replicates} of several metrics resampled together, in the order they were asked for. */
final class SeveralReplicates {

    private final Map<String, Replicates> byMetric = new LinkedHashMap<>();

    SeveralReplicates(List<String> metrics, int resamples) {
        for (String metric : metrics) {
            byMetric.put(metric, new Replicates(resamples));
        }
    }

    void add(Map<String, Double> first, Map<String, Double> second) {
        byMetric.forEach((metric, replicates) -> replicates.add(first.get(metric), second.get(metric)));
    }

    Map<String, Difference> summarise(Map<String, Double> first, Map<String, Double> second) {
        Map<String, Difference> differences = new LinkedHashMap<>();
        byMetric.forEach((metric, replicates) ->
                differences.put(metric, replicates.summarise(first.get(metric), second.get(metric))));
        return differences;
    }
}
