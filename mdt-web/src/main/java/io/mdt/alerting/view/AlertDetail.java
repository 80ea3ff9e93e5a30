package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertSummary;
import io.mdt.alerting.boundary.AlertTransitionSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One alert as its history dialog shows it: the alert as it is now and every transition, oldest first. */
public record AlertDetail(AlertSummary alert, List<AlertTransitionSummary> history) implements Serializable {

    /** The labels as Alertmanager writes them: {@code name="value"}, by name. */
    public String labels() {
        return alert.labels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
                .collect(Collectors.joining(", "));
    }
}
