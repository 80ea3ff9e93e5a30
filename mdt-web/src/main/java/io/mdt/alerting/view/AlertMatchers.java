package io.mdt.alerting.view;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The matchers of a silence for one alert, from its labels: its rule ({@code alertname}, or
 * {@code rule} without one), its model and, where it has one, the column, metric or monitor it
 * is about. The silence mutes that alert and its returns, not the rule's other subjects.
 */
final class AlertMatchers {

    private static final List<String> SUBJECTS = List.of("column", "metric", "monitor");

    private AlertMatchers() {}

    static List<LabelMatcher> of(Map<String, String> labels) {
        var matchers = new ArrayList<LabelMatcher>();
        add(matchers, labels, labels.containsKey("alertname") ? "alertname" : "rule");
        add(matchers, labels, "model");
        SUBJECTS.forEach(subject -> add(matchers, labels, subject));
        return List.copyOf(matchers);
    }

    private static void add(List<LabelMatcher> matchers, Map<String, String> labels, String name) {
        var value = labels.get(name);
        if (value != null && !value.isEmpty()) {
            matchers.add(new LabelMatcher(name, value, false, true));
        }
    }
}
