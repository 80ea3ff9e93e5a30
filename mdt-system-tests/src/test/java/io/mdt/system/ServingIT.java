package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A version served by MDT: a Tribuo model trained here is uploaded as the version's artifact
 * (in Tribuo's form, or exported to ONNX), scores records over REST as Tribuo scores them in
 * this process, answers an identical
 * input from the cache, logs every answer as the version's prediction, and refuses models and
 * records that do not fit with the usual problems.
 */
@ExtendWith(RunningMdt.class)
class ServingIT {

    private final Mdt mdt;
    private String model;

    ServingIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void classifierVersion() {
        model = ServedModels.classifierVersion(mdt, "served");
    }

    @Test
    void aServedVersionAnswersAsItsModelDoesFromTheCacheTheSecondTimeAndLogsEachAnswer() throws IOException {
        var classifier = ServedModels.classifier();
        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.bytes(classifier))
                .put("/models/" + model + "/versions/v1/artifact?format=tribuo")
                .then()
                .statusCode(200)
                .body("format", equalTo("tribuo"))
                .body("features", equalTo(List.of("x1", "x2")))
                .body("sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));

        var record = "{\"predictionId\": \"%s\", \"features\": {\"x1\": 1.25, \"x2\": -0.5, \"region\": \"EU\"}}";
        var id = Mdt.uniqueName("served-record");
        var first = mdt.api()
                .body(record.formatted(id))
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        var expected = classifier.predict(
                new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, ServedModels.FEATURES, new double[] {1.25, -0.5}));
        assertThat(first.getString("predictions[0].predictionId")).isEqualTo(id);
        assertThat(first.getDouble("predictions[0].prediction"))
                .isEqualTo(Double.parseDouble(expected.getOutput().getLabel()));
        assertThat(first.getDouble("predictions[0].scores.p1"))
                .isCloseTo(expected.getOutputScores().get("1").getScore(), offset(1e-9));
        assertThat(first.getBoolean("predictions[0].cached")).isFalse();

        var again = mdt.api()
                .body(record.formatted(Mdt.uniqueName("served-record")))
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertThat(again.getBoolean("predictions[0].cached")).isTrue();
        assertThat(again.getDouble("predictions[0].scores.p1")).isEqualTo(first.getDouble("predictions[0].scores.p1"));

        mdt.api()
                .body("""
                        [{"predictionId": "%s", "timestamp": "2026-01-01T00:00:00Z",
                          "features": {"x1": 1.25, "x2": -0.5, "region": "EU"}, "prediction": 1, "scores": {"p1": 0.5}}]
                        """.formatted(id))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("duplicates", equalTo(1));
        assertThat(mdt.root().get("/metrics?scope=application").asString())
                .contains("mdt_serving_cache_hits")
                .contains("mdt_serving_cache_misses");
    }

    @Test
    void anOnnxGraphIsServedAsTheModelItWasExportedFromAndAnswersFromTheCacheTheSecondTime() {
        var classifier = ServedModels.classifier();
        var classes = ServedModels.classes(classifier);
        var upload = mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.onnx(classifier))
                .queryParam("format", "onnx")
                .queryParam("features", "x1", "x2")
                .queryParam("classes", classes);
        upload.put("/models/" + model + "/versions/v1/artifact")
                .then()
                .statusCode(200)
                .body("format", equalTo("onnx"))
                .body("storage", equalTo("database"))
                .body("features", equalTo(List.of("x1", "x2")))
                .body("outputs", equalTo(classes));

        var records = """
                [{"features": {"x1": 0.4, "x2": 1.1, "region": "EU"}},
                 {"features": {"x1": -2.0, "x2": 0.3, "region": "US"}}]
                """;
        var first = predict(records);
        for (int i = 0; i < 2; i++) {
            var values = i == 0 ? new double[] {0.4, 1.1} : new double[] {-2.0, 0.3};
            var expected =
                    classifier.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, ServedModels.FEATURES, values));
            assertThat(first.getDouble("predictions[" + i + "].prediction"))
                    .isEqualTo(Double.parseDouble(expected.getOutput().getLabel()));
            assertThat(first.getDouble("predictions[" + i + "].scores.p1"))
                    .isCloseTo(expected.getOutputScores().get("1").getScore(), offset(1e-5));
            assertThat(first.getBoolean("predictions[" + i + "].cached")).isFalse();
        }
        var again = predict(records);
        assertThat(again.getList("predictions.cached")).containsExactly(true, true);
        assertThat(again.getDouble("predictions[1].scores.p1")).isEqualTo(first.getDouble("predictions[1].scores.p1"));

        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.onnx(classifier))
                .queryParam("format", "onnx")
                .queryParam("features", "x1", "x2", "region")
                .queryParam("classes", classes)
                .put("/models/" + model + "/versions/v1/artifact")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("records by 3 features"));
    }

    private io.restassured.path.json.JsonPath predict(String records) {
        return mdt.api()
                .body(records)
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void aBatchAnswersTheGoodRecordsAndNamesEachBadOne() throws IOException {
        ServedModels.upload(mdt, model, ServedModels.classifier());

        var answer = mdt.api()
                .body("""
                        [{"features": {"x1": 0.1, "x2": 0.2, "region": "EU"}},
                         {"features": {"x1": "high", "x2": 0.2, "region": "EU"}},
                         {"features": {"x1": 0.1, "x2": 0.2, "region": true}},
                         {"features": {"x1": 0.3}, "features": {"x1": 0.4}},
                         {"features": {"x1": -2, "x2": 3, "region": "US"}, "segments": {"channel": "web"}, "colour": 1}]
                        """)
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getInt("received")).isEqualTo(5);
        assertThat(answer.getList("predictions.index")).containsExactly(0);
        List<Map<String, Object>> rejected = answer.getList("rejected");
        assertThat(rejected).extracting(r -> r.get("index")).containsExactly(1, 2, 3, 4);
        assertThat(rejected.get(0).get("reason").toString()).contains("x1").contains("number");
        assertThat(rejected.get(1).get("reason").toString()).contains("region");
        assertThat(rejected.get(2).get("reason").toString()).contains("twice");
        assertThat(rejected.get(3).get("reason").toString()).contains("colour");

        mdt.api()
                .body("{\"features\": {\"x2\": 0.2, \"region\": \"EU\"}}")
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].message", containsString("x1"));
    }

    @Test
    void modelsThatDoNotFitTheVersionAreRefusedAndAVersionWithoutOneIsNotServed() throws IOException {
        mdt.api()
                .body("{\"features\": {\"x1\": 0.1, \"x2\": 0.2, \"region\": \"EU\"}}")
                .post("/models/" + model + "/versions/v1/predict")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("no artifact"));
        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.bytes(ServedModels.regression()))
                .put("/models/" + model + "/versions/v1/artifact?format=tribuo")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("regresses"));
        mdt.api()
                .contentType("application/octet-stream")
                .body("not a model".getBytes())
                .put("/models/" + model + "/versions/v1/artifact?format=tribuo")
                .then()
                .statusCode(400)
                .body("detail", containsString("not a Tribuo model"));
        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.bytes(ServedModels.classifier()))
                .put("/models/" + model + "/versions/v1/artifact?format=pmml")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("format"));
        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.bytes(ServedModels.classifier()))
                .put("/models/" + model + "/versions/v1/artifact?format=tribuo&features=x1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("features"));
        mdt.api().get("/models/" + model + "/versions/v1/artifact").then().statusCode(404);

        ServedModels.upload(mdt, model, ServedModels.classifier());
        mdt.api().delete("/models/" + model + "/versions/v1/artifact").then().statusCode(204);
        mdt.api().get("/models/" + model + "/versions/v1/artifact").then().statusCode(404);
    }
}
