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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A monitor's performance on its page, in a real headless Chromium: a calibrated binary
 * classifier, three hourly windows of which only the first two have actuals, so the chart
 * has a realized value for two windows and an estimate for all three, and a run's metrics
 * and confusion matrix.
 */
@ExtendWith(RunningMdt.class)
class PerformancePageIT {

    private static final int WINDOWS = 3;
    private static final int WINDOW_ROWS = 1_000;
    private static final int LABELLED_WINDOWS = 2;

    private final Mdt mdt;
    private final Random random = new Random(23);
    private WebDriver browser;
    private WebDriverWait wait;

    PerformancePageIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String schema() {
        return """
                {"label": "v1", "columns": [
                  {"name": "id", "role": "ID"},
                  {"name": "time", "role": "TIMESTAMP"},
                  {"name": "x1", "role": "FEATURE", "type": "NUMERICAL"},
                  {"name": "label", "role": "PREDICTION", "type": "NUMERICAL"},
                  {"name": "p1", "role": "PREDICTION_SCORE", "classLabel": "1"},
                  {"name": "outcome", "role": "TARGET", "type": "NUMERICAL"}]}
                """;
    }

    /** One row: the input, the model's calibrated probability, its label and the actual outcome. */
    private record Row(double x1, double p, int label, int outcome) {}

    private Row row() {
        double x1 = random.nextGaussian();
        double p = 1 / (1 + Math.exp(-2 * x1));
        return new Row(x1, p, p >= 0.5 ? 1 : 0, random.nextDouble() < p ? 1 : 0);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    @Test
    void chartsRealizedAndEstimatedValuesAndShowsARunsMetricsAndConfusionMatrix() throws Exception {
        var model = Mdt.uniqueName("performance-page");
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        var versions = "/models/" + model + "/versions";
        mdt.api().body(schema()).post(versions).then().statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(referenceCsv(2_000))
                .post(versions + "/v1/references")
                .then()
                .statusCode(201);
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(WINDOWS + 1));
        for (int w = 0; w < WINDOWS; w++) {
            var predictions = new StringJoiner(",", "[", "]");
            var actuals = new StringJoiner(",", "[", "]");
            for (int i = 0; i < WINDOW_ROWS; i++) {
                var r = row();
                var id = "w" + w + "-" + i;
                var time = start.plus(Duration.ofHours(w)).plusMillis(i * 3_600L);
                predictions.add("{\"predictionId\": \"" + id + "\", \"timestamp\": \"" + time
                        + "\", \"features\": {\"x1\": " + format(r.x1()) + "}, \"prediction\": " + r.label()
                        + ", \"scores\": {\"p1\": " + format(r.p()) + "}}");
                actuals.add("{\"predictionId\": \"" + id + "\", \"actual\": " + r.outcome() + "}");
            }
            mdt.api()
                    .body(predictions.toString())
                    .post(versions + "/v1/predictions")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(WINDOW_ROWS));
            if (w < LABELLED_WINDOWS) {
                mdt.api()
                        .body(actuals.toString())
                        .post(versions + "/v1/actuals")
                        .then()
                        .statusCode(200);
            }
        }
        long monitor = mdt.api()
                .body("""
                        {"name": "hourly", "interval": "PT2S", "window": "PT1H",
                         "performance": {"metrics": ["accuracy", "roc_auc"]}}
                        """)
                .post(versions + "/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.awaitRuns(monitor, runs -> Mdt.count(runs, "DONE") == WINDOWS);

        browser.get(mdt.baseUrl() + "/monitor.xhtml?id=" + monitor + "&metric=accuracy");
        wait.until(ExpectedConditions.titleContains("Monitor hourly"));
        wait.until(driver -> !metricChart().isEmpty());
        var datasets = metricChart();
        assertThat(datasets)
                .as("datasets of the metric chart, as [points, defined points]")
                .containsEntry("accuracy (realized)", List.of((long) WINDOWS, (long) LABELLED_WINDOWS))
                .containsEntry("accuracy (estimated)", List.of((long) WINDOWS, (long) WINDOWS))
                .containsKeys("95% band (lower)", "95% band (upper)");

        var firstWindow = start.toString();
        browser.findElements(By.cssSelector("#monitorForm\\:runs_data tr")).stream()
                .filter(row -> MonitoringPagesIT.startsAt(row, firstWindow))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run row for the window starting " + firstWindow))
                .click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitorForm:metrics")));
        assertThat(browser.findElement(By.id("labelled")).getText())
                .isEqualTo(WINDOW_ROWS + " of the window's predictions have an actual (100.0%).");
        var accuracy = browser.findElements(By.cssSelector("#monitorForm\\:metrics_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.get(0).getText().equals("accuracy"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for accuracy in the run's metrics"));
        assertThat(Double.parseDouble(accuracy.get(1).getText())).isBetween(0.6, 0.95);

        var matrix = browser.findElement(By.id("confusionMatrix"));
        assertThat(matrix.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("actual \\ predicted", "0", "1");
        var rows = matrix.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        long cells = 0;
        for (var row : rows) {
            var counts = row.findElements(By.tagName("td"));
            assertThat(counts).hasSize(2);
            for (var count : counts) {
                cells += Long.parseLong(count.getText());
            }
        }
        assertThat(cells).isEqualTo(WINDOW_ROWS);
    }

    private String referenceCsv(int rows) {
        var csv = new StringBuilder("x1,label,p1,outcome\n");
        for (int i = 0; i < rows; i++) {
            var r = row();
            csv.append(format(r.x1()))
                    .append(',')
                    .append(r.label())
                    .append(',')
                    .append(format(r.p()))
                    .append(',')
                    .append(r.outcome())
                    .append('\n');
        }
        return csv.toString();
    }

    /** The metric chart as Chart.js drew it: each dataset's label and [points, defined points]. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Long>> metricChart() {
        return (Map<String, List<Long>>) ((JavascriptExecutor) browser)
                .executeScript("var c = Chart.getChart(document.getElementById('monitorForm:metricChart_canvas'));"
                        + " var found = {};"
                        + " if (!c) { return found; }"
                        + " c.data.datasets.forEach(function (s) {"
                        + " found[s.label] = [s.data.length,"
                        + " s.data.filter(function (v) { return v !== null && v !== undefined; }).length]; });"
                        + " return found;");
    }
}
