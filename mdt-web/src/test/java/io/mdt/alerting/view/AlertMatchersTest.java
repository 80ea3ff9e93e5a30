package io.mdt.alerting.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertMatchersTest {

    private static LabelMatcher equal(String name, String value) {
        return new LabelMatcher(name, value, false, true);
    }

    @Test
    void matchesTheAlertsRuleModelAndColumnNotItsSeverityOrOwnLabels() {
        var labels = Map.of(
                "alertname", "age drift",
                "rule", "age drift",
                "model", "churn",
                "severity", "warning",
                "kind", "column_drift",
                "column", "age",
                "team", "risk");

        assertThat(AlertMatchers.of(labels))
                .containsExactly(equal("alertname", "age drift"), equal("model", "churn"), equal("column", "age"));
    }

    @Test
    void takesTheMetricOrMonitorAsTheSubjectAndTheRuleWithoutAnAlertname() {
        assertThat(AlertMatchers.of(Map.of("rule", "accuracy low", "model", "churn", "metric", "accuracy")))
                .containsExactly(equal("rule", "accuracy low"), equal("model", "churn"), equal("metric", "accuracy"));
        assertThat(AlertMatchers.of(Map.of("alertname", "stale", "model", "churn", "monitor", "hourly")))
                .containsExactly(equal("alertname", "stale"), equal("model", "churn"), equal("monitor", "hourly"));
    }

    @Test
    void aModelWideAlertIsMatchedByRuleAndModelAlone() {
        assertThat(AlertMatchers.of(Map.of("alertname", "dataset drift", "model", "churn", "column", "")))
                .containsExactly(equal("alertname", "dataset drift"), equal("model", "churn"));
    }

    @Test
    void everyMatcherNeedsItsLabelSoTheSilenceNeverMutesAlertsWithoutThem() {
        assertThat(AlertMatchers.of(Map.of("alertname", "age drift", "model", "churn", "column", "age")))
                .noneMatch(LabelMatcher::matchesEmpty)
                .allMatch(m -> m.problem() == null);
    }
}
