package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The model and monitor pages of the dashboard, in a real headless Chromium. */
@ExtendWith(RunningMdt.class)
class MonitoringPagesIT {

    /** The colour the score chart gives drifted windows. */
    private static final String DRIFT_COLOUR = "#dc2626";

    private final Mdt mdt;
    private WebDriver browser;
    private WebDriverWait wait;

    MonitoringPagesIT(Mdt mdt) {
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

    @Test
    void leadsFromTheModelsStatusToTheColumnsThatDrifted() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(4));
        var shiftAt = start.plus(Duration.ofHours(1));
        var stream = new SyntheticStream(11, Set.of(2, 5), shiftAt);
        var model = Mdt.uniqueName("pages");
        mdt.createModel(model, "REGRESSION");
        var version = "/models/" + model + "/versions";
        mdt.api().body(SyntheticStream.schema("v1")).post(version).then().statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(5_000))
                .post(version + "/v1/references")
                .then()
                .statusCode(201);
        mdt.api()
                .body(stream.batch("w", 0, 3_000, start, Duration.ofMillis(3_600)))
                .post(version + "/v1/predictions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3_000));
        long monitor = mdt.api()
                .body("{\"name\": \"hourly\", \"interval\": \"PT2S\", \"window\": \"PT1H\", \"minRows\": 100}")
                .post(version + "/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.awaitRuns(monitor, runs -> Mdt.count(runs, "DONE") == 3);

        openFromTheModelsPage(model);

        wait.until(ExpectedConditions.titleContains(model));
        assertThat(browser.findElement(By.id("modelStatus")).getText()).isEqualTo("Warning");
        assertThat(browser.findElement(By.id("monitors")).getText()).contains("every 2 s", "1 h windows");
        var shiftedWindow = start.plus(Duration.ofHours(2)).toString();
        assertThat(browser.findElements(By.cssSelector("#heatmap tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(heatCell("f0", shiftedWindow).findElement(By.xpath("..")).getAttribute("class"))
                .isIn("mdt-heat-calm", "mdt-heat-near", "mdt-heat-close");
        var drifting = heatCell("f5", shiftedWindow);
        assertThat(drifting.findElement(By.xpath("..")).getAttribute("class"))
                .isIn("mdt-heat-drift", "mdt-heat-strong");
        assertThat(drifting.getAttribute("title"))
                .startsWith("f5, ")
                .endsWith(": drift")
                .contains("wasserstein");
        var driftOverTime = (List<?>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Chart.getChart(document.getElementById('driftChart_canvas')).data.datasets[0].data;");
        assertThat(driftOverTime).hasSize(3);
        assertThat(((Number) driftOverTime.get(2)).doubleValue())
                .as("two of the ten features drifted in the latest window")
                .isCloseTo(20.0, within(1e-9));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heatmapPanel').scrollIntoView()");
        Chromium.screenshot(browser, "model-heatmap");
        long run = Long.parseLong(drifting.getAttribute("href").replaceAll(".*[?&]run=(\\d+).*", "$1"));
        drifting.click();

        wait.until(ExpectedConditions.titleContains("Column f5"));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("drift");
        assertThat(browser.findElement(By.id("test")).getText()).isEqualTo("wasserstein");
        var evidence = mdt.api()
                .get("/runs/" + run + "/columns/f5")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Float> edges = evidence.getList("distribution.edges", Float.class);
        List<Integer> reference = evidence.getList("distribution.reference", Integer.class);
        List<Integer> current = evidence.getList("distribution.current", Integer.class);
        assertThat(reference.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5_000);
        assertThat(current.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
        assertThat(mean(edges, current) - mean(edges, reference))
                .as("the window's values moved by the shift the stream applied")
                .isBetween(0.3, 0.7);
        assertThat(evidence.getList("history.score")).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#bars_data tr"))).hasSize(edges.size() - 1);
        assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("5,000 / 1,000");
        Chromium.screenshot(browser, "column");
        browser.findElement(By.id("monitorLink")).click();

        wait.until(ExpectedConditions.titleContains("Monitor hourly"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitorForm:columns")));
        assertThat(drifted()).isEqualTo(Set.of("f2", "f5"));
        assertThat(chart()).containsEntry("label", "f5 (wasserstein)");
        Chromium.screenshot(browser, "monitor");
        browser.navigate().back();
        wait.until(ExpectedConditions.titleContains("Column f5"));
        browser.navigate().back();
        wait.until(ExpectedConditions.titleContains(model));
        browser.findElement(By.linkText("hourly")).click();

        wait.until(ExpectedConditions.titleContains("Monitor hourly"));
        assertThat(chart()).containsEntry("label", "f0 (wasserstein)").containsEntry("drifted", 0L);
        browser.findElements(By.cssSelector("#monitorForm\\:runs_data tr")).stream()
                .filter(row -> startsAt(row, shiftedWindow))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run row for the window starting " + shiftedWindow))
                .click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitorForm:columns")));
        assertThat(drifted()).isEqualTo(Set.of("f2", "f5"));

        browser.get(mdt.baseUrl() + "/monitor.xhtml?id=" + monitor + "&column=f5");
        wait.until(ExpectedConditions.titleContains("Monitor hourly"));
        assertThat(chart())
                .containsEntry("label", "f5 (wasserstein)")
                .containsEntry("points", 3L)
                .containsEntry("drifted", 2L);
    }

    @Test
    void backfillsFromTheMonitorPageAndShowsTheWindowsOnBothPagesAsTheApiDoes() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(7));
        var stream = new SyntheticStream(19, Set.of(), Instant.MAX);
        var model = Mdt.uniqueName("backfilled");
        mdt.createModel(model, "REGRESSION");
        var version = "/models/" + model + "/versions";
        mdt.api().body(SyntheticStream.schema("v1")).post(version).then().statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(2_000))
                .post(version + "/v1/references")
                .then()
                .statusCode(201);
        mdt.api()
                .body(stream.batch("b", 0, 3_600, start, Duration.ofSeconds(6)))
                .post(version + "/v1/predictions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3_600));
        long monitor = mdt.api()
                .body("{\"name\": \"daily\", \"interval\": \"PT24H\", \"window\": \"PT1H\", \"minRows\": 100}")
                .post(version + "/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        browser.get(mdt.baseUrl() + "/monitor.xhtml?id=" + monitor);
        wait.until(ExpectedConditions.titleContains("Monitor daily"));
        browser.findElement(By.id("monitorForm:backfill")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backfillForm:queueBackfill")));
        var minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.of(browser.findElement(By.id("backfillZone")).getText()));
        enterTime("backfillForm:from", minutes.format(start.plus(Duration.ofHours(6))));
        enterTime("backfillForm:to", minutes.format(start));
        browser.findElement(By.id("backfillForm:queueBackfill")).click();
        wait.withMessage(this::backfillState)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("backfillForm:fromMessage"), "must be a time before 'to'"));

        enterTime("backfillForm:from", minutes.format(start));
        enterTime("backfillForm:to", minutes.format(start.plus(Duration.ofHours(6))));
        browser.findElement(By.id("backfillForm:queueBackfill")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "6 windows are queued"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("backfillDialog")));
        mdt.awaitRuns(monitor, runs -> Mdt.count(runs, "DONE") == 6);

        var evaluatedUntil = mdt.api().get("/monitors/" + monitor).jsonPath().getString("evaluatedUntil");
        assertThat(evaluatedUntil).isEqualTo(start.plus(Duration.ofHours(6)).toString());
        var progress = "up to "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.parse(evaluatedUntil));

        browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model);
        wait.until(ExpectedConditions.titleContains(model));
        assertThat(browser.findElement(By.id("monitors")).getText()).contains("daily", progress);

        browser.findElement(By.linkText("daily")).click();
        wait.until(ExpectedConditions.titleContains("Monitor daily"));
        assertThat(browser.findElement(By.id("monitorForm:settings")).getText()).contains("Evaluated", progress);
        assertThat(browser.findElements(By.cssSelector("#monitorForm\\:runs_data tr")))
                .hasSize(6)
                .allSatisfy(row -> assertThat(row.getText()).contains("Done"));
    }

    @Test
    void saysSoWhenTheModelOrMonitorIsUnknownOrMissing() {
        browser.get(mdt.baseUrl() + "/model.xhtml?name=no-such-model");
        assertThat(browser.findElement(By.className("ui-messages")).getText()).contains("no-such-model");

        browser.get(mdt.baseUrl() + "/monitor.xhtml?id=987654321");
        assertThat(browser.findElement(By.className("ui-messages")).getText()).contains("987654321");

        browser.get(mdt.baseUrl() + "/monitor.xhtml");
        assertThat(browser.findElement(By.className("ui-messages")).getText()).contains("Which monitor?");
    }

    /** What the backfill dialog holds and what the page says, for a failed wait. */
    private String backfillState() {
        return "from " + browser.findElement(By.id("backfillForm:from_input")).getAttribute("value")
                + ", to " + browser.findElement(By.id("backfillForm:to_input")).getAttribute("value")
                + "; the page says "
                + browser.findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .toList();
    }

    /** Types a time into a time field, as a user who knows the time would. */
    private void enterTime(String picker, String time) {
        var input = browser.findElement(By.id(picker));
        input.clear();
        input.sendKeys(time);
    }

    /**
     * Finds the model in the models table page by page, as a user would, and opens it: the
     * table is sorted by name, and other tests' models may fill the first pages.
     */
    private void openFromTheModelsPage(String model) {
        browser.get(mdt.baseUrl() + "/models.xhtml");
        wait.until(ExpectedConditions.titleContains("Models"));
        while (browser.findElements(By.linkText(model)).isEmpty()) {
            var next = browser.findElement(By.cssSelector("#modelsForm\\:models .ui-paginator-next"));
            assertThat(next.getAttribute("class"))
                    .as("model %s on some page of the models table", model)
                    .doesNotContain("ui-state-disabled");
            var firstRow = browser.findElement(By.cssSelector("#modelsForm\\:models_data tr"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
        }
        browser.findElement(By.linkText(model)).click();
    }

    /** The score chart as Chart.js drew it: its label, points and points drawn as drifted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> chart() {
        return (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript("var c = Chart.getChart(document.getElementById('monitorForm:scoreChart_canvas'));"
                        + " if (!c) { return {}; }"
                        + " var s = c.data.datasets[0];"
                        + " return {label: s.label, points: s.data.length,"
                        + " drifted: s.pointBackgroundColor.filter(function (p) { return p === '"
                        + DRIFT_COLOUR + "'; }).length};");
    }

    /** The features the shown run's columns table says drifted. */
    private Set<String> drifted() {
        var drifted = new HashSet<String>();
        for (var row : browser.findElements(By.cssSelector("#monitorForm\\:columns_data tr"))) {
            var cells = row.findElements(By.tagName("td"));
            if (cells.get(1).getText().equals("FEATURE")
                    && cells.get(6).getText().equals("drift")) {
                drifted.add(cells.get(0).getText());
            }
        }
        return drifted;
    }

    /** The mean of a binned sample, each value taken at its bin's middle. */
    private static double mean(List<Float> edges, List<Integer> counts) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += counts.get(i) * (edges.get(i) + edges.get(i + 1)) / 2.0;
            n += counts.get(i);
        }
        return sum / n;
    }

    /** The model page's heatmap cell of a column in the window starting at {@code window} (ISO-8601). */
    private WebElement heatCell(String column, String window) {
        return browser.findElement(
                By.cssSelector("#heatmap a[data-column='" + column + "'][data-window='" + window + "']"));
    }

    /** Whether a row of the runs table is the run of the window starting at {@code iso} (ISO-8601, UTC). */
    static boolean startsAt(WebElement row, String iso) {
        var times = row.findElements(By.tagName("time"));
        return !times.isEmpty() && iso.equals(times.get(0).getAttribute("datetime"));
    }
}
