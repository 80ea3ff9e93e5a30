package io.mdt.engine.performance;

import io.mdt.engine.drift.MiniJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every metric against scikit-learn 1.2.1 on the cases of {@code golden.json}, written by {@code
 * golden.py} beside it: random sizes and imbalance, tied scores, one class present, all correct, all
 * wrong, no positive prediction, string and numeric labels, zeros and constants in regression targets.
 * A value matches within a relative difference of 1e-9; a metric is undefined exactly where scikit-learn
 * raises, warns or gives nan (plus the zero-denominator MCC and the constant-target R^2 that MDT leaves
 * undefined, see the script).
 */
class GoldenValuesTest {

    private static final double TOLERANCE = 1e-9;

    @SuppressWarnings("unchecked")
    static Stream<GoldenCase> cases() throws IOException {
        try (InputStream in = GoldenValuesTest.class.getResourceAsStream("golden.json")) {
            Map<String, Object> json =
                    (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return ((List<Map<String, Object>>) json.get("cases")).stream().map(GoldenCase::of).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void metricsMatchScikitLearn(GoldenCase c) {
        PerformanceReport report = Performance.evaluate(c.spec(), c.target(), c.prediction(), c.scores());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.rows()).isEqualTo(c.rows());
        softly.assertThat(List.copyOf(report.metrics().keySet()))
                .isEqualTo(Performance.names(c.spec().task()));
        softly.assertThat(List.copyOf(c.expected().keySet()))
                .isEqualTo(Performance.names(c.spec().task()));
        c.expected()
                .forEach((name, expected) ->
                        compare(softly, name, expected, report.metrics().get(name), report));
        c.perClass().forEach((label, expected) -> {
            ClassMetrics actual = report.perClass().get(label);
            softly.assertThat(actual).as("per class " + label).isNotNull();
            if (actual != null) {
                compare(softly, label + " precision", expected.get("precision"), actual.precision(), null);
                compare(softly, label + " recall", expected.get("recall"), actual.recall(), null);
                compare(softly, label + " f1", expected.get("f1"), actual.f1(), null);
            }
        });
        if (!c.perClass().isEmpty()) {
            softly.assertThat(report.perClass().keySet())
                    .containsExactlyElementsOf(c.perClass().keySet());
        }
        softly.assertAll();
    }

    private static void compare(
            SoftAssertions softly, String name, Double expected, Double actual, PerformanceReport report) {
        if (expected == null) {
            softly.assertThat(actual).as(name + " undefined").isNull();
            if (report != null) {
                softly.assertThat(report.undefined()).as(name + " reason").containsKey(name);
            }
            return;
        }
        softly.assertThat(actual).as(name).isNotNull();
        if (actual != null) {
            double scale = Math.max(Math.abs(expected), Math.abs(actual));
            softly.assertThat(Math.abs(actual - expected))
                    .as(name + ": " + actual + " vs scikit-learn " + expected)
                    .isLessThanOrEqualTo(TOLERANCE * scale);
        }
        if (report != null) {
            softly.assertThat(report.undefined()).as(name + " has no reason").doesNotContainKey(name);
        }
    }
}
