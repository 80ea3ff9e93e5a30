package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Champion against challenger on the running stack: two versions of a binary classifier score the
 * same 3,000 prediction ids, the second more accurately, with the actuals sent to the first only;
 * then the comparison of the two, of the first with itself, and requests the API refuses.
 */
@ExtendWith(RunningMdt.class)
class VersionComparisonIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int ROWS = 3_000;
    private static final int BATCH = 1_000;

    private final Mdt mdt;
    private final Random random = new Random(23);

    VersionComparisonIT(Mdt mdt) {
        this.mdt = mdt;
    }

    private static String schema(String label) {
        return """
                {"label": "%s", "positiveClass": "1", "threshold": 0.5, "columns": [
                  {"name": "id", "role": "ID"},
                  {"name": "time", "role": "TIMESTAMP"},
                  {"name": "x1", "role": "FEATURE", "type": "NUMERICAL"},
                  {"name": "label", "role": "PREDICTION", "type": "NUMERICAL"},
                  {"name": "p1", "role": "PREDICTION_SCORE", "classLabel": "1"},
                  {"name": "outcome", "role": "TARGET", "type": "NUMERICAL"}]}
                """.formatted(label);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String prediction(String id, Instant time, double x1, double p) {
        return "{\"predictionId\": \"" + id + "\", \"timestamp\": \"" + time + "\", \"features\": {\"x1\": "
                + format(x1) + "}, \"prediction\": " + (p >= 0.5 ? 1 : 0) + ", \"scores\": {\"p1\": " + format(p)
                + "}}";
    }

    /** A model of the same truth: v2 sees it clearly, v1 through noise. */
    private String createScoredVersions(String model, Instant start) {
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        var versions = "/models/" + model + "/versions";
        for (var label : List.of("v1", "v2")) {
            mdt.api().body(schema(label)).post(versions).then().statusCode(201);
        }
        var first = new StringJoiner(",", "[", "]");
        var second = new StringJoiner(",", "[", "]");
        var actuals = new StringJoiner(",", "[", "]");
        for (int i = 0; i < ROWS; i++) {
            double x1 = random.nextGaussian();
            double truth = 1 / (1 + Math.exp(-3 * x1));
            int outcome = random.nextDouble() < truth ? 1 : 0;
            double noisy = 1 / (1 + Math.exp(-(0.8 * x1 + 1.2 * random.nextGaussian())));
            var id = "p-" + i;
            var time = start.plusSeconds(i);
            first.add(prediction(id, time, x1, noisy));
            second.add(prediction(id, time, x1, truth));
            actuals.add("{\"predictionId\": \"" + id + "\", \"actual\": " + outcome + "}");
            if ((i + 1) % BATCH == 0) {
                send(versions + "/v1/predictions", first.toString());
                send(versions + "/v2/predictions", second.toString());
                send(versions + "/v1/actuals", actuals.toString());
                first = new StringJoiner(",", "[", "]");
                second = new StringJoiner(",", "[", "]");
                actuals = new StringJoiner(",", "[", "]");
            }
        }
        return "/models/" + model + "/comparisons";
    }

    private void send(String path, String batch) {
        mdt.api().body(batch).post(path).then().statusCode(200).body("accepted", equalTo(BATCH));
    }

    private static Map<String, Object> metric(JsonPath json, String path, String name) {
        List<Map<String, Object>> metrics = json.getList(path);
        return metrics.stream()
                .filter(m -> name.equals(m.get("metric")))
                .findFirst()
                .orElseThrow();
    }

    private static double number(Map<String, Object> metric, String field) {
        return ((Number) metric.get(field)).doubleValue();
    }

    @Test
    void aBetterChallengerIsSignificantAndAVersionEqualsItself() {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        var comparisons = createScoredVersions(Mdt.uniqueName("compared"), start);

        var json = mdt.api()
                .body("""
                        {"first": "v1", "second": "v2", "from": "%s", "to": "%s", "window": "PT30M"}
                        """.formatted(start, start.plus(Duration.ofHours(1))))
                .post(comparisons)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("mode")).isEqualTo("PAIRED");
        assertThat(json.getLong("rows")).isEqualTo(ROWS);
        var accuracy = metric(json, "metrics", "accuracy");
        assertThat(number(accuracy, "difference")).isPositive();
        assertThat(accuracy.get("significant")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        var mcnemar = (Map<String, Object>) accuracy.get("mcnemar");
        assertThat(number(mcnemar, "pValue")).isLessThan(0.05);
        var auc = metric(json, "metrics", "roc_auc");
        assertThat(auc.get("first")).isNotNull();
        assertThat(auc.get("second")).isNotNull();
        assertThat(number(auc, "difference")).isPositive();
        assertThat(json.getList("windows")).hasSize(2);
        assertThat(json.getLong("windows[0].rows") + json.getLong("windows[1].rows"))
                .isEqualTo(ROWS);

        var itself = mdt.api()
                .body("{\"first\": \"v1\", \"second\": \"v1\"}")
                .post(comparisons)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(itself.getLong("rows")).isEqualTo(ROWS);
        List<Map<String, Object>> metrics = itself.getList("metrics");
        assertThat(metrics).isNotEmpty().allSatisfy(m -> {
            assertThat(number(m, "difference")).isZero();
            assertThat(m.get("significant")).isEqualTo(false);
        });
    }

    @Test
    void aViewerComparesTheVersionsOnTheirPageAsTheApiDoes() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        var model = Mdt.uniqueName("compared-page");
        createScoredVersions(model, start);
        var viewer = mdt.createUser("mdt-viewer");
        var browser = Chromium.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Chromium.signIn(browser, mdt.baseUrl(), viewer, Mdt.password(viewer));
            browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("compareVersions")))
                    .click();
            wait.until(ExpectedConditions.titleContains("Compare versions of " + model));

            choose(browser, "comparisonForm:window", "hour");
            browser.findElement(By.id("comparisonForm:compare")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("comparisonForm:windowMessage"), "needs both 'from' and 'to'"));

            var minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(ZoneId.of(
                            browser.findElement(By.id("comparisonZone")).getText()));
            enterTime(browser, "comparisonForm:from", minutes.format(start));
            enterTime(browser, "comparisonForm:to", minutes.format(start.plus(Duration.ofHours(2))));
            browser.findElement(By.id("comparisonForm:compare")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comparisonForm:metrics")));

            assertThat(browser.findElement(By.id("comparedRows")).getText()).startsWith(ROWS + " labelled");
            var accuracyRow = browser.findElements(By.cssSelector("#comparisonForm\\:metrics_data tr")).stream()
                    .filter(row -> row.getText().startsWith("accuracy "))
                    .findFirst()
                    .orElseThrow();
            assertThat(accuracyRow.getText()).contains("significant difference").doesNotContain("no significant");
            Chromium.screenshot(browser, "compare");
            var windows = (List<?>) ((JavascriptExecutor) browser)
                    .executeScript("return Chart.getChart(document.getElementById('comparisonForm:windowChart_canvas'))"
                            + ".data.labels;");
            assertThat(windows).hasSize(2);
        } finally {
            browser.quit();
        }
    }

    /** Picks an option of a PrimeFaces select menu by its label, through the select it hides. */
    private static void choose(WebDriver browser, String menu, String label) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "var s = document.getElementById(arguments[0]);"
                                + " s.value = Array.from(s.options).find(o => o.text === arguments[1]).value;",
                        menu + "_input",
                        label);
    }

    /** Types a time into a time field, as a user who knows the time would. */
    private static void enterTime(WebDriver browser, String picker, String time) {
        var input = browser.findElement(By.id(picker));
        input.clear();
        input.sendKeys(time);
    }

    @Test
    void refusesUnknownVersionsBackwardRangesAndUnknownMetrics() {
        var model = Mdt.uniqueName("compared");
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        mdt.api()
                .body(schema("v1"))
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201);
        var comparisons = "/models/" + model + "/comparisons";

        mdt.api()
                .body("{\"first\": \"v1\", \"second\": \"v9\"}")
                .post(comparisons)
                .then()
                .statusCode(404)
                .contentType(startsWith(PROBLEM_JSON));
        mdt.api()
                .body("{\"first\": \"v1\", \"second\": \"v1\", \"from\": \"2026-02-01T00:00:00Z\","
                        + " \"to\": \"2026-01-01T00:00:00Z\"}")
                .post(comparisons)
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON));
        mdt.api()
                .body("{\"first\": \"v1\", \"second\": \"v1\", \"metrics\": [\"accuracy\", \"happiness\"]}")
                .post(comparisons)
                .then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON));
    }
}
