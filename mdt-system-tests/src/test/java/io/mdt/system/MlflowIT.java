package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MDT beside MLflow (the tests' {@link MlflowServer}, which MDT is configured with): links and
 * the registry sync, every evaluation's figures in the version's MLflow run, registration of a
 * trained model, and MLflow being down.
 */
@ExtendWith(RunningMdt.class)
class MlflowIT {

    /** Two sync intervals and the timer's tick, with room for a busy machine. */
    private static final Duration SYNC_PATIENCE = Duration.ofSeconds(90);

    /** Five deliveries 1, 2, 4 and 8 s apart, with room for a busy machine. */
    private static final Duration DEAD_LETTER_PATIENCE = Duration.ofMinutes(2);

    private final Mdt mdt;
    private final MlflowServer mlflow;

    MlflowIT(Mdt mdt, MlflowServer mlflow) {
        this.mdt = mdt;
        this.mlflow = mlflow;
    }

    @Test
    void aLinkedVersionFollowsItsRegistryStageAndANewerRegistryVersionBecomesAVersion() throws InterruptedException {
        var model = mdt.createSyntheticModel(Mdt.uniqueName("linked"));
        var registered = Mdt.uniqueName("registered");
        var first = mlflow.register(registered, "None");
        var link = "/models/" + model + "/versions/v1/mlflow";

        mdt.api()
                .body(Map.of("registeredModel", registered, "version", first))
                .put(link)
                .then()
                .statusCode(200)
                .body("registeredModel", equalTo(registered))
                .body("registryVersion", equalTo("1"))
                .body("stage", equalTo("STAGING"));
        mdt.api().get(link).then().statusCode(200).body("registeredModel", equalTo(registered));
        mlflow.transition(registered, first, "Production");
        mlflow.register(registered, "Staging");

        await(
                "v1 in production and mlflow-2 created",
                () -> "PRODUCTION"
                                .equals(mdt.api()
                                        .get("/models/" + model + "/versions/v1")
                                        .jsonPath()
                                        .getString("stage"))
                        && mdt.api()
                                        .get("/models/" + model + "/versions/mlflow-2")
                                        .statusCode()
                                == 200);
        mdt.api()
                .get("/models/" + model + "/versions/mlflow-2")
                .then()
                .body("mlflowModelName", equalTo(registered))
                .body("mlflowModelVersion", equalTo("2"))
                .body("stage", equalTo("STAGING"))
                .body("columns.size()", equalTo(SyntheticStream.FEATURES + 4));
        long v1 = mdt.api().get("/models/" + model + "/versions/v1").jsonPath().getLong("id");
        mdt.api()
                .get("/audit?targetType=version&targetId=" + v1)
                .then()
                .statusCode(200)
                .body("items.actor", hasItem("system"));

        mdt.api().delete(link).then().statusCode(200).body("registeredModel", nullValue());
        mdt.api().get(link).then().body("registryVersion", nullValue()).body("stage", equalTo("PRODUCTION"));
    }

    @Test
    void aMalformedLinkIsRefusedWithAProblemAndAnUnknownVersionIsNotFound() {
        var model = mdt.createSyntheticModel(Mdt.uniqueName("refused"));

        mdt.api()
                .body(Map.of("registeredModel", "o'brien", "version", "v2"))
                .put("/models/" + model + "/versions/v1/mlflow")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("registeredModel", "version")));
        mdt.api()
                .body(Map.of("registeredModel", "churn", "version", "1"))
                .put("/models/" + model + "/versions/v9/mlflow")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyEvaluationIsLoggedIntoTheVersionsRunOfTheModelsOneExperiment() throws InterruptedException {
        var model = monitoredVersion(Mdt.uniqueName("logged"), 2);
        long monitor = monitor(model);
        var runs = mdt.awaitRuns(monitor, r -> Mdt.count(r, "DONE") == 2);
        var experiment = "mdt/" + model;

        await(
                "both runs' figures in MLflow",
                () -> mlflow.runsOf(experiment).containsKey("v1")
                        && mlflow.metric(mlflow.runsOf(experiment).get("v1"), "hourly/drift.share")
                                        .size()
                                == 2);

        var runId = mlflow.runsOf(experiment).get("v1");
        assertThat(mlflow.experimentCreations(experiment)).isEqualTo(1);
        assertThat(mlflow.runsOf(experiment)).hasSize(1);
        var shares = runs.stream()
                .filter(run -> "DONE".equals(run.get("status")))
                .map(run -> mdt.api()
                        .get("/runs/" + run.get("id"))
                        .jsonPath()
                        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE))
                        .getDouble("run.share"))
                .toList();
        assertThat(mlflow.metric(runId, "hourly/drift.share")).containsExactlyInAnyOrderElementsOf(shares);
        assertThat(mlflow.metric(runId, "hourly/drift.score.f0")).hasSize(2);
        assertThat(mlflow.metric(runId, "hourly/rows.current")).containsOnly(1000.0);
    }

    @Test
    void aStageChangedInMdtIsWrittenToTheRegistryAndALaterChangeThereIsFollowed() throws InterruptedException {
        var model = mdt.createSyntheticModel(Mdt.uniqueName("promoted"));
        mdt.api()
                .body(Map.of("metrics", Map.of("auc", 0.9)))
                .post("/models/" + model + "/versions/v1/mlflow/registration")
                .then()
                .statusCode(201);

        mdt.api()
                .body(Map.of("stage", "PRODUCTION"))
                .put("/models/" + model + "/versions/v1/stage")
                .then()
                .statusCode(200);

        await(
                "registry version 1 in Production",
                () -> "Production".equals(mlflow.versions(model).get(0).getCurrentStage()));
        assertThat(stageOf(model)).isEqualTo("PRODUCTION");
        mlflow.transition(model, "1", "Archived");
        await("v1 archived, as in the registry", () -> "ARCHIVED".equals(stageOf(model)));
    }

    @Test
    void registeringAVersionsModelCreatesARegistryVersionFromItsRunAndLinksTheVersion() {
        var model = mdt.createSyntheticModel(Mdt.uniqueName("trained"));
        var registration = "/models/" + model + "/versions/v1/mlflow/registration";

        mdt.api()
                .body(Map.of("params", Map.of("learning_rate", "0.1"), "metrics", Map.of("auc", 0.91)))
                .post(registration)
                .then()
                .statusCode(201)
                .body("registeredModel", equalTo(model))
                .body("version", equalTo("1"));

        var runId = mlflow.runsOf("mdt/" + model).get("v1");
        var registered = mlflow.versions(model);
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).getRunId()).isEqualTo(runId);
        assertThat(registered.get(0).getSource()).isEqualTo("runs:/" + runId + "/model");
        assertThat(registered.get(0).getTagsList())
                .anySatisfy(
                        tag -> assertThat(tag.getKey() + "=" + tag.getValue()).isEqualTo("mdt.version=v1"));
        assertThat(mlflow.params(runId)).containsEntry("learning_rate", "0.1");
        assertThat(mlflow.metric(runId, "training/auc")).containsExactly(0.91);
        mdt.api()
                .get("/models/" + model + "/versions/v1/mlflow")
                .then()
                .body("registeredModel", equalTo(model))
                .body("registryVersion", equalTo("1"));
        mdt.api()
                .body(Map.of("metrics", Map.of("rate%", 1)))
                .post(registration)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void whileMlflowIsDownEvaluationsSucceedHealthSaysDegradedAndTheFiguresFollowOnceItIsBack()
            throws InterruptedException {
        var model = monitoredVersion(Mdt.uniqueName("unlogged"), 1);
        mlflow.down(true);
        try {
            long monitor = monitor(model);
            var runs = mdt.awaitRuns(monitor, r -> Mdt.count(r, "DONE") == 1);
            assertThat(Mdt.count(runs, "FAILED")).isZero();
            await("health degraded", () -> "degraded".equals(mlflowHealth().get("mlflow")));
            mdt.root()
                    .get("/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'mlflow' }.status", equalTo("UP"));
            assertThat((String) mlflowHealth().get("reason")).contains("MLflow could not");
        } finally {
            mlflow.down(false);
        }
        var experiment = "mdt/" + model;
        await(
                "the figures delivered again",
                () -> mlflow.runsOf(experiment).containsKey("v1")
                        && !mlflow.metric(mlflow.runsOf(experiment).get("v1"), "hourly/drift.share")
                                .isEmpty());
        assertThat(mlflowHealth()).containsEntry("mlflow", "up");
    }

    @Test
    void figuresMlflowRefusesInEveryDeliveryAreDeadLetteredWithTheReason() throws Exception {
        var model = monitoredVersion(Mdt.uniqueName("dead-lettered"), 1);
        mlflow.down(true);
        try (var broker = new Broker(mdt)) {
            long monitor = monitor(model);
            var done = mdt.awaitRuns(monitor, r -> Mdt.count(r, "DONE") == 1).stream()
                    .filter(run -> "DONE".equals(run.get("status")))
                    .findFirst()
                    .orElseThrow();
            var ofTheRun = "runId = " + done.get("id");
            var deadLetters = broker.consumeWhere("mdt.dead-letter", ofTheRun);

            var deadLetter = deadLetters.receive(DEAD_LETTER_PATIENCE.toMillis());

            if (deadLetter == null) {
                throw new AssertionError("no dead letter of run " + done.get("id") + " in " + DEAD_LETTER_PATIENCE
                        + "; " + broker.whereabouts("mdt.mlflow", ofTheRun));
            }
            assertThat(deadLetter.getStringProperty("mdtOrigin")).isEqualTo("mdt.mlflow");
            assertThat(deadLetter.getStringProperty("mdtReason"))
                    .startsWith("the figures of run " + done.get("id")
                            + " were not logged in 5 attempts: MLflow could not");
        } finally {
            mlflow.down(false);
        }
        assertThat(mlflow.runsOf("mdt/" + model)).isEmpty();
    }

    private Map<String, Object> mlflowHealth() {
        return mdt.root().get("/health/ready").jsonPath().getMap("checks.find { it.name == 'mlflow' }.data");
    }

    /** A version with reference data and a thousand predictions in each of the last full hours. */
    private String monitoredVersion(String model, int hours) {
        mdt.createSyntheticModel(model);
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours + 1));
        var stream = new SyntheticStream(11, Set.of(2), start.plus(Duration.ofHours(1)));
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(2_000))
                .post("/models/" + model + "/versions/v1/references")
                .then()
                .statusCode(201);
        mdt.api()
                .body(stream.batch("p", 0, 1_000 * hours, start, Duration.ofMillis(3_600)))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1_000 * hours));
        return model;
    }

    private long monitor(String model) {
        return mdt.createMonitor(model, """
                        {"name": "hourly", "interval": "PT2S", "window": "PT1H", "minRows": 100}
                        """);
    }

    private String stageOf(String model) {
        return mdt.api().get("/models/" + model + "/versions/v1").jsonPath().getString("stage");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        var deadline = Instant.now().plus(SYNC_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not in time: " + what);
    }
}
