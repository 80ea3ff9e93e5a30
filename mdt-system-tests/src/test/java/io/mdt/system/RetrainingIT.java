package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Retraining on the running stack: a champion that has degraded (its predictions of a known truth
 * are mostly noise) is trained again on its labelled predictions by the worker, which registers a
 * STAGING challenger carrying its model; the challenger's answers on the hold-out pair with the
 * champion's, and it is measurably better; the training is logged to the challenger's MLflow run
 * and registered there; promoting it is a person's audited change. Asked for
 * through the API, by an alert rule, and from the model page.
 */
@ExtendWith(RunningMdt.class)
class RetrainingIT {

    private static final int ROWS = 600;

    private final Mdt mdt;
    private final MlflowServer mlflow;
    private final Random random = new Random(17);
    private String model;
    private Instant start;

    RetrainingIT(Mdt mdt, MlflowServer mlflow) {
        this.mdt = mdt;
        this.mlflow = mlflow;
    }

    @BeforeEach
    void degradedChampion() {
        model = ServedModels.classifierVersion(mdt, "retrained");
        start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        var predictions = new StringJoiner(",", "[", "]");
        var actuals = new StringJoiner(",", "[", "]");
        for (int i = 0; i < ROWS; i++) {
            double x1 = 2 * random.nextGaussian();
            double x2 = random.nextGaussian();
            int outcome = x1 - x2 > 0 ? 1 : 0;
            double p = random.nextDouble() < 0.7 ? random.nextDouble() : (outcome == 1 ? 0.8 : 0.2);
            var id = "r-" + i;
            predictions.add(String.format(
                    Locale.ROOT,
                    "{\"predictionId\": \"%s\", \"timestamp\": \"%s\", \"features\": {\"x1\": %.6f, \"x2\": %.6f,"
                            + " \"region\": \"%s\"}, \"prediction\": %d, \"scores\": {\"p1\": %.6f}}",
                    id,
                    start.plusSeconds(i),
                    x1,
                    x2,
                    i % 2 == 0 ? "EU" : "US",
                    p >= 0.5 ? 1 : 0,
                    p));
            actuals.add("{\"predictionId\": \"" + id + "\", \"actual\": " + outcome + "}");
        }
        var version = "/models/" + model + "/versions/v1";
        mdt.api()
                .body(predictions.toString())
                .post(version + "/predictions")
                .then()
                .statusCode(200);
        mdt.api().body(actuals.toString()).post(version + "/actuals").then().statusCode(200);
    }

    @Test
    void aDegradedChampionIsTrainedAgainIntoABetterStagingChallengerComparedOnTheHoldOut() throws Exception {
        var response = mdt.api()
                .body("{\"from\": \"" + start.minusSeconds(1) + "\", \"to\": \"" + start.plusSeconds(ROWS)
                        + "\", \"holdoutShare\": 0.25, \"label\": \"v2\"}")
                .post("/models/" + model + "/retrainings")
                .then()
                .statusCode(202)
                .header("Location", containsString("/retrainings/"))
                .body("state", equalTo("QUEUED"))
                .body("baseVersion", equalTo("v1"))
                .body("origin", equalTo("API"))
                .extract();
        var done = awaitFinished(response.header("Location"));

        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("SUCCEEDED");
        assertThat(done.getString("challenger")).isEqualTo("v2");
        int holdout = done.getInt("holdoutRows");
        assertThat(holdout + done.getInt("trainingRows")).isEqualTo(ROWS);
        assertThat(holdout).isBetween(ROWS / 8, ROWS / 2);
        var accuracy = metric(done.getList("comparison"), "accuracy");
        assertThat(((Number) accuracy.get("second")).doubleValue()).isGreaterThan(0.9);
        assertThat(((Number) accuracy.get("difference")).doubleValue()).isGreaterThan(0.2);
        assertThat(accuracy.get("significant")).isEqualTo(true);

        assertThat(done.getString("mlflow")).isEqualTo("registered in MLflow as " + model + " version 1");
        var runId = mlflow.runsOf("mdt/" + model).get("v2");
        assertThat(mlflow.metric(runId, "training/holdout.accuracy"))
                .containsExactly(((Number) accuracy.get("second")).doubleValue());
        assertThat(mlflow.metric(runId, "training/holdout.champion.accuracy"))
                .containsExactly(((Number) accuracy.get("first")).doubleValue());
        assertThat(mlflow.params(runId))
                .containsEntry("mdt.base_version", "v1")
                .containsEntry("mdt.features", "x1,x2")
                .containsEntry("mdt.holdout_rows", Integer.toString(holdout));
        assertThat(mlflow.versions(model)).hasSize(1);

        var versions = "/models/" + model + "/versions/";
        long challengerId = mdt.api()
                .get(versions + "v2")
                .then()
                .statusCode(200)
                .body("stage", equalTo("STAGING"))
                .body("mlflowModelName", equalTo(model))
                .body("mlflowModelVersion", equalTo("1"))
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api().get(versions + "v2/artifact").then().statusCode(200).body("format", equalTo("tribuo"));
        var compared = mdt.api()
                .body("{\"first\": \"v1\", \"second\": \"v2\"}")
                .post("/models/" + model + "/comparisons")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(compared.getInt("rows")).isEqualTo(holdout);
        mdt.api()
                .body("{\"features\": {\"x1\": 3.0, \"x2\": -1.0, \"region\": \"EU\"}}")
                .post(versions + "v2/predict")
                .then()
                .statusCode(200)
                .body("predictions[0].prediction", equalTo(1.0f));

        mdt.api()
                .body("{\"stage\": \"PRODUCTION\"}")
                .put(versions + "v2/stage")
                .then()
                .statusCode(200);
        var audited = mdt.api()
                .queryParam("targetType", "version")
                .queryParam("targetId", String.valueOf(challengerId))
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items");
        assertThat(audited).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("version.updated");
            assertThat(entry.get("after").toString()).contains("PRODUCTION");
        });
    }

    @Test
    void aRangeWithoutLabelledPredictionsFailsWithTheReasonAndBadRequestsAreRefused() throws Exception {
        var location = mdt.api()
                .body("{\"from\": \"2020-01-01T00:00:00Z\", \"to\": \"2020-02-01T00:00:00Z\"}")
                .post("/models/" + model + "/retrainings")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        var failed = awaitFinished(location);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("step")).isEqualTo("READING");
        assertThat(failed.getString("failure")).contains("0 labelled predictions to train on");
        assertThat(mdt.api().get("/models/" + model + "/versions").jsonPath().getList("label"))
                .containsExactly("v1");

        mdt.api()
                .body("{\"holdoutShare\": 0.9, \"window\": \"soon\"}")
                .post("/models/" + model + "/retrainings")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("holdoutShare", "window"));
        mdt.api()
                .body("{\"baseVersion\": \"v9\"}")
                .post("/models/" + model + "/retrainings")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        mdt.api()
                .get("/models/" + model + "/retrainings/999999")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertThat(mdt.api().get("/models/" + model + "/retrainings").jsonPath().getList("id"))
                .hasSize(1);
    }

    /**
     * A freshness rule that asks for retraining fires once the model looks two hours without
     * predictions (checked by the alerting clock); its alert queues a retraining with every
     * default, in the rule's name, which trains on the last 30 days.
     */
    @Test
    void anAlertOfARuleThatAsksForItRetrainsTheModel() throws Exception {
        long versionId =
                mdt.api().get("/models/" + model + "/versions/v1").jsonPath().getLong("id");
        mdt.execute("UPDATE monitored_model SET created = now() - interval '2 hours' WHERE name = '" + model + "'");
        mdt.execute("UPDATE mdt_data.predictions_" + versionId + " SET ingested_at = now() - interval '2 hours'");
        mdt.api()
                .body("{\"name\": \"stale\", \"model\": \"" + model
                        + "\", \"kind\": \"freshness\", \"period\": \"PT1H\", \"retrain\": true}")
                .post("/alert-rules")
                .then()
                .statusCode(201)
                .body("retrain", equalTo(true));

        var alerts = AlertModel.awaitAlerts(mdt, model, Duration.ofMinutes(2), a -> a.size() == 1);
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        List<Map<String, Object>> retrainings = List.of();
        while (Instant.now().isBefore(deadline) && retrainings.isEmpty()) {
            retrainings = mdt.api()
                    .get("/models/" + model + "/retrainings")
                    .jsonPath()
                    .getList("$");
            Thread.sleep(300);
        }
        assertThat(retrainings).hasSize(1);
        var retraining = retrainings.get(0);
        assertThat(retraining)
                .containsEntry("origin", "ALERT")
                .containsEntry("requestedBy", "alert rule stale")
                .containsEntry("baseVersion", "v1");
        assertThat(((Number) retraining.get("alertId")).longValue())
                .isEqualTo(((Number) alerts.get(0).get("id")).longValue());
        var done = awaitFinished("/models/" + model + "/retrainings/" + retraining.get("id"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("SUCCEEDED");
        assertThat(done.getString("challenger")).startsWith("v1-retrained-");
    }

    @Test
    void anEngineerRetrainsFromTheModelPageFollowsItAndPromotesTheChallenger() throws Exception {
        var engineer = mdt.createUser("mdt-engineer");
        WebDriver browser = Chromium.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoring(StaleElementReferenceException.class);
            Chromium.signIn(browser, mdt.baseUrl(), engineer, Mdt.password(engineer));
            browser.get(mdt.baseUrl() + "/model.xhtml?name=" + model);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("retrainingForm:retrain")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is queued"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("retrainingForm:retrainings"), "Succeeded"));
            assertThat(browser.findElement(By.cssSelector(".mdt-retraining-result"))
                            .getText())
                    .startsWith("accuracy");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('retrainingForm').scrollIntoView()");
            Chromium.screenshot(browser, "retraining");

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$='promote']")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is in production"));
        } finally {
            browser.quit();
        }
        var retraining = mdt.api()
                .get("/models/" + model + "/retrainings")
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .get(0);
        assertThat(retraining).containsEntry("origin", "DASHBOARD").containsEntry("requestedBy", engineer);
        mdt.api()
                .get("/models/" + model + "/versions/" + retraining.get("challenger"))
                .then()
                .statusCode(200)
                .body("stage", equalTo("PRODUCTION"));
    }

    private JsonPath awaitFinished(String location) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonPath state = null;
        while (Instant.now().isBefore(deadline)) {
            state = mdt.api()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            if (List.of("SUCCEEDED", "FAILED").contains(state.getString("state"))) {
                return state;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the retraining did not finish in time: " + (state == null ? "" : state.prettify()));
    }

    private static Map<String, Object> metric(List<Map<String, Object>> metrics, String name) {
        return metrics.stream()
                .filter(m -> name.equals(m.get("metric")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + metrics));
    }
}
