package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Performance on the running stack: a binary classifier whose scores are calibrated, six
 * hourly windows of which the last three follow another concept (the label no longer follows
 * the inputs the same way), actuals for all windows but the fifth, then late actuals for the
 * fifth after it was evaluated, then the realized and estimated metrics, their bands and bounds, the confusion
 * matrix and the model's status.
 */
@ExtendWith(RunningMdt.class)
class PerformanceIT {

    private static final int WINDOW_ROWS = 2_000;
    private static final int WINDOWS = 6;
    private static final int CONCEPT_CHANGES_AT = 3;

    private final Mdt mdt;
    private final Random random = new Random(11);

    PerformanceIT(Mdt mdt) {
        this.mdt = mdt;
    }

    private static String schema() {
        return """
                {"label": "v1", "positiveClass": "1", "threshold": 0.5, "columns": [
                  {"name": "id", "role": "ID"},
                  {"name": "time", "role": "TIMESTAMP"},
                  {"name": "x1", "role": "FEATURE", "type": "NUMERICAL"},
                  {"name": "x2", "role": "FEATURE", "type": "NUMERICAL"},
                  {"name": "label", "role": "PREDICTION", "type": "NUMERICAL"},
                  {"name": "p1", "role": "PREDICTION_SCORE", "classLabel": "1"},
                  {"name": "outcome", "role": "TARGET", "type": "NUMERICAL"}]}
                """;
    }

    /** One row: inputs, the model's calibrated probability, its label and the actual outcome. */
    private record Row(double x1, double x2, double p, int label, int outcome) {}

    private Row row(boolean changedConcept) {
        double x1 = random.nextGaussian();
        double x2 = random.nextGaussian();
        double p = 1 / (1 + Math.exp(-(1.5 * x1 - 1.0 * x2)));
        double truth = changedConcept ? 1 / (1 + Math.exp(-(-1.5 * x1 + 0.5 * x2))) : p;
        return new Row(x1, x2, p, p >= 0.5 ? 1 : 0, random.nextDouble() < truth ? 1 : 0);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    @Test
    void measuresEstimatesAndBoundsPerformanceAndAppliesLateActuals() throws Exception {
        var model = Mdt.uniqueName("classifier");
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        var versions = "/models/" + model + "/versions";
        mdt.api().body(schema()).post(versions).then().statusCode(201).body("positiveClass", equalTo("1"));
        var reference = new StringBuilder("x1,x2,label,p1,outcome\n");
        for (int i = 0; i < 5_000; i++) {
            var r = row(false);
            reference
                    .append(format(r.x1()))
                    .append(',')
                    .append(format(r.x2()))
                    .append(',')
                    .append(r.label())
                    .append(',')
                    .append(format(r.p()))
                    .append(',')
                    .append(r.outcome())
                    .append('\n');
        }
        mdt.api()
                .contentType("text/csv")
                .body(reference.toString())
                .post(versions + "/v1/references")
                .then()
                .statusCode(201);

        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(WINDOWS));
        var actuals = new StringJoiner[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            var batch = new StringJoiner(",", "[", "]");
            actuals[w] = new StringJoiner(",", "[", "]");
            for (int i = 0; i < WINDOW_ROWS; i++) {
                var r = row(w >= CONCEPT_CHANGES_AT);
                var id = "w" + w + "-" + i;
                var time = start.plus(Duration.ofHours(w)).plusMillis(i * 1_000L);
                batch.add("{\"predictionId\": \"" + id + "\", \"timestamp\": \"" + time + "\", \"features\": {\"x1\": "
                        + format(r.x1()) + ", \"x2\": " + format(r.x2()) + "}, \"prediction\": " + r.label()
                        + ", \"scores\": {\"p1\": " + format(r.p()) + "}}");
                actuals[w].add("{\"predictionId\": \"" + id + "\", \"actual\": " + r.outcome() + "}");
            }
            mdt.api()
                    .body(batch.toString())
                    .post(versions + "/v1/predictions")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(WINDOW_ROWS));
        }
        for (int w : new int[] {0, 1, 2, 3, 5}) {
            mdt.api()
                    .body(actuals[w].toString())
                    .post(versions + "/v1/actuals")
                    .then()
                    .statusCode(200);
        }

        long monitor = mdt.api()
                .body("""
                        {"name": "hourly", "interval": "PT2S", "window": "PT1H",
                         "performance": {"metrics": ["accuracy", "roc_auc", "f1"], "minActuals": 200,
                                         "thresholds": {"accuracy": {"kind": "RELATIVE", "lower": 0.05}}}}
                        """)
                .post(versions + "/v1/monitors")
                .then()
                .statusCode(201)
                .body("performance.minActuals", equalTo(200))
                .extract()
                .jsonPath()
                .getLong("id");
        var runs = mdt.awaitRuns(
                monitor, r -> r.size() == WINDOWS && r.stream().allMatch(run -> "DONE".equals(run.get("status"))));

        var accuracy = accuracyByWindow(monitor);
        for (int w = 0; w < WINDOWS; w++) {
            var point = accuracy.get(w);
            assertThat(number(point, "estimated"))
                    .as("estimate of window %d", w)
                    .isBetween(0.6, 0.95);
            assertThat(number(point, "estimateLower")).isLessThan(number(point, "estimated"));
            assertThat(number(point, "estimateUpper")).isGreaterThan(number(point, "estimated"));
            assertThat(text(point, "thresholdKind")).isEqualTo("RELATIVE");
            assertThat(number(point, "lowerBound"))
                    .isCloseTo(0.95 * number(point, "referenceValue"), org.assertj.core.data.Offset.offset(1e-6));
        }
        for (int w = 0; w < CONCEPT_CHANGES_AT; w++) {
            var point = accuracy.get(w);
            assertThat(number(point, "realized"))
                    .as("window %d", w)
                    .isBetween(number(point, "estimateLower") - 0.03, number(point, "estimateUpper") + 0.03);
            assertThat(text(point, "realizedVerdict")).isEqualTo("WITHIN");
        }
        assertThat(number(accuracy.get(3), "realized")).isLessThan(0.6);
        assertThat(text(accuracy.get(3), "realizedVerdict")).isEqualTo("BELOW");
        assertThat(number(accuracy.get(4), "realized")).isNull();
        assertThat(text(accuracy.get(4), "realizedReason")).startsWith("too few actuals: 0 of");

        var lastWindowRun = runs.stream()
                .filter(r -> ((Number) r.get("windowIndex")).longValue()
                        == start.plus(Duration.ofHours(CONCEPT_CHANGES_AT)).getEpochSecond() / 3600)
                .findFirst()
                .orElseThrow();
        var matrix = mdt.api()
                .get("/runs/" + lastWindowRun.get("id") + "/confusion-matrix")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(matrix.getList("labels", String.class)).containsExactly("0", "1");
        long cells = matrix.getList("matrix.flatten()", Long.class).stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(cells).isEqualTo(WINDOW_ROWS);
        mdt.api().get("/models/" + model + "/status").then().statusCode(200).body("status", equalTo("DEGRADED"));

        mdt.api()
                .body(actuals[4].toString())
                .post(versions + "/v1/actuals")
                .then()
                .statusCode(200);
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (number(accuracyByWindow(monitor).get(4), "realized") == null) {
            assertThat(Instant.now()).as("late actuals applied in time").isBefore(deadline);
            Thread.sleep(1000);
        }
        var late = accuracyByWindow(monitor).get(4);
        assertThat(number(late, "realized")).isLessThan(0.6);
        assertThat(((Number) late.get("labelledRows")).longValue()).isEqualTo(WINDOW_ROWS);
        var after = mdt.api()
                .get("/monitors/" + monitor + "/runs?size=500")
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(after)
                .hasSize(WINDOWS)
                .containsExactlyInAnyOrderElementsOf(runs.stream()
                        .map(r -> ((Number) r.get("id")).longValue())
                        .toList());
    }

    /** The accuracy of each window, oldest first. */
    private List<Map<String, Object>> accuracyByWindow(long monitor) {
        List<Map<String, Object>> points = mdt.api()
                .get("/monitors/" + monitor + "/metrics?metric=accuracy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(points).hasSize(WINDOWS);
        return points;
    }

    @SuppressWarnings("unchecked")
    private static Double number(Map<String, Object> point, String field) {
        var value = ((Map<String, Object>) point.get("value")).get(field);
        return value == null ? null : ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> point, String field) {
        return (String) ((Map<String, Object>) point.get("value")).get(field);
    }
}
