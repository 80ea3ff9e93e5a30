package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the dashboard's pages take to load in a browser with a production-sized history: 50
 * models, 1,000,000 stored predictions and 10,000 finished runs (200 one-minute windows of 100
 * predictions per model). Not part of the test suite, its name not ending in IT: {@code
 * bench/pages.sh} runs it. Each page is loaded once to warm up, then {@value #LOADS} times; the
 * figures are the Navigation Timing API's, from the start of the navigation to the response's
 * last byte and to the end of the load event, written to {@code target/page-load.md}.
 */
@ExtendWith(RunningMdt.class)
class PageLoadBenchmark {

    static final int MODELS = 50;
    static final int WINDOWS = 200;
    static final int PER_WINDOW = 100;
    static final int LOADS = 5;

    private final Mdt mdt;
    private WebDriver browser;

    PageLoadBenchmark(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void pagesLoadWithAMillionPredictionsFiftyModelsAndTenThousandRuns() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
        var prefix = Mdt.uniqueName("load");
        var seeded = Instant.now();
        var monitors = new ArrayList<Long>();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var seeding = new ArrayList<Future<Long>>();
            for (int m = 0; m < MODELS; m++) {
                int model = m;
                seeding.add(pool.submit(() -> seed(prefix + "-" + model, model, start)));
            }
            for (var future : seeding) {
                monitors.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        var evaluated = Instant.now();
        long runs;
        do {
            Thread.sleep(2_000);
            runs = mdt.count("SELECT count(*) FROM evaluation_run WHERE status = 'DONE' AND monitor_id IN ("
                    + String.join(",", monitors.stream().map(String::valueOf).toList()) + ")");
        } while (runs < (long) MODELS * WINDOWS
                && Duration.between(evaluated, Instant.now()).toMinutes() < 30);
        assertThat(runs).isEqualTo((long) MODELS * WINDOWS);
        long predictions = (long) MODELS * WINDOWS * PER_WINDOW;
        var done = Instant.now();

        long monitor = monitors.get(0);
        long run = mdt.api()
                .get("/monitors/" + monitor + "/runs?size=1")
                .jsonPath()
                .getLong("items[0].id");
        var model = prefix + "-0";
        var pages = List.of(
                "/index.xhtml",
                "/models.xhtml",
                "/model.xhtml?name=" + model,
                "/model.xhtml?name=" + model + "&windows=168",
                "/monitor.xhtml?id=" + monitor,
                "/monitor.xhtml?id=" + monitor + "&run=" + run,
                "/column.xhtml?run=" + run + "&column=f3",
                "/alerts.xhtml",
                "/audit.xhtml");
        Chromium.signIn(browser, mdt.baseUrl(), Mdt.ADMIN, mdt.adminPassword());
        var report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "%d models, %,d predictions, %,d finished runs;" + " seeded in %d s, evaluated in %d s%n%n",
                MODELS,
                predictions,
                runs,
                Duration.between(seeded, evaluated).toSeconds(),
                Duration.between(evaluated, done).toSeconds()));
        report.append("| page | response end, median (max) ms | load event end, median (max) ms |\n|---|---|---|\n");
        for (var page : pages) {
            load(page);
            var response = new ArrayList<Double>();
            var loaded = new ArrayList<Double>();
            for (int i = 0; i < LOADS; i++) {
                var timing = load(page);
                response.add(timing.get("response"));
                loaded.add(timing.get("load"));
            }
            report.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %.0f (%.0f) | %.0f (%.0f) |%n",
                    page.replace(model, "MODEL").replaceAll("=\\d+", "=N"),
                    median(response),
                    max(response),
                    median(loaded),
                    max(loaded)));
        }
        System.out.println(report);
        Files.writeString(Path.of("target/page-load.md"), report);
    }

    /** Registers a model with a version, a reference and a minute monitor, stores its predictions, backfills them. */
    private long seed(String name, int index, Instant start) {
        var stream = new SyntheticStream(1000 + index, Set.of(index % 10), start.plus(Duration.ofMinutes(WINDOWS / 2)));
        mdt.createModel(name, "REGRESSION");
        var version = "/models/" + name + "/versions";
        mdt.api().body(SyntheticStream.schema("v1")).post(version).then().statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(1_000))
                .post(version + "/v1/references")
                .then()
                .statusCode(201);
        var spacing = Duration.ofMinutes(1).dividedBy(PER_WINDOW);
        int total = WINDOWS * PER_WINDOW;
        for (int from = 0; from < total; from += 10_000) {
            int count = Math.min(10_000, total - from);
            mdt.api()
                    .body(stream.batch("p", from, count, start, spacing))
                    .post(version + "/v1/predictions")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(count));
        }
        long monitor = mdt.api()
                .body("{\"name\": \"minutes\", \"interval\": \"PT24H\", \"window\": \"PT1M\", \"minRows\": "
                        + PER_WINDOW + "}")
                .post(version + "/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body("{\"from\": \"" + start + "\", \"to\": \"" + start.plus(Duration.ofMinutes(WINDOWS)) + "\"}")
                .post("/monitors/" + monitor + "/backfill")
                .then()
                .statusCode(200);
        return monitor;
    }

    /** Opens a page and reads its Navigation Timing, in milliseconds from the navigation's start. */
    private Map<String, Double> load(String page) {
        browser.get(mdt.baseUrl() + page);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> ((Number) ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return performance.getEntriesByType('navigation')[0].loadEventEnd;"))
                                .doubleValue()
                        > 0);
        @SuppressWarnings("unchecked")
        var timing = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript("var t = performance.getEntriesByType('navigation')[0];"
                        + " return {response: t.responseEnd - t.startTime, load: t.loadEventEnd - t.startTime};");
        return Map.of(
                "response", ((Number) timing.get("response")).doubleValue(),
                "load", ((Number) timing.get("load")).doubleValue());
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
