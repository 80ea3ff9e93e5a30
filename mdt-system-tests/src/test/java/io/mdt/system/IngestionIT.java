package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMdt.class)
class IngestionIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEMA = """
            {"label": "v1", "stage": "PRODUCTION", "columns": [
              {"name": "request_id", "role": "ID"},
              {"name": "time", "role": "TIMESTAMP"},
              {"name": "age", "role": "FEATURE", "type": "NUMERICAL", "minimum": 0, "maximum": 120},
              {"name": "country", "role": "FEATURE", "type": "CATEGORICAL"},
              {"name": "vip", "role": "FEATURE", "type": "BOOLEAN"},
              {"name": "churn", "role": "PREDICTION", "type": "NUMERICAL"},
              {"name": "p_churn", "role": "PREDICTION_SCORE"},
              {"name": "churned", "role": "TARGET", "type": "NUMERICAL"},
              {"name": "region", "role": "SEGMENT"}]}
            """;

    private final Mdt mdt;
    private String model;
    private long versionId;

    IngestionIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @BeforeEach
    void registerAVersion() {
        model = Mdt.uniqueName("ingest");
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        versionId = mdt.api()
                .body(SCHEMA)
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201)
                .body("columns", hasSize(9))
                .body("stage", equalTo("PRODUCTION"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void readsTheVersionAndMovesItToAnotherStage() {
        mdt.api()
                .get("/models/" + model + "/versions/v1")
                .then()
                .statusCode(200)
                .body("columns[2].name", equalTo("age"))
                .body("columns[2].minimum", equalTo(0.0f));
        mdt.api()
                .body("{\"stage\": \"ARCHIVED\"}")
                .put("/models/" + model + "/versions/v1/stage")
                .then()
                .statusCode(200)
                .body("stage", equalTo("ARCHIVED"));
        mdt.api().get("/models/" + model + "/versions").then().statusCode(200).body("label", hasSize(1));
        mdt.api()
                .body(SCHEMA)
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void takesAReferenceAsAMultipartFileAndReportsItsRejectedRows() {
        var csv = """
                age,country,vip,churn,churned
                30,DE,true,1,0
                -5,FR,false,0,0
                41,IT,false,0,1
                """;
        var references = "/models/" + model + "/versions/v1/references";

        mdt.api()
                .contentType("multipart/form-data")
                .multiPart("file", "reference.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(references)
                .then()
                .statusCode(201)
                .body("dataset.rows", equalTo(2))
                .body("dataset.rejected", equalTo(1))
                .body("firstRejected", hasSize(1));
        mdt.api()
                .contentType("multipart/form-data")
                .multiPart("data", "reference.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(references)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        mdt.api().get(references).then().statusCode(200).body("rows", equalTo(List.of(2)));
    }

    static String prediction(String id, Object age) {
        return """
                {"predictionId": "%s", "timestamp": "2026-11-29T10:15:00Z",
                 "features": {"age": %s, "country": "DE", "vip": true}, "prediction": 1,
                 "scores": {"p_churn": 0.8}, "segments": {"region": "EU"}}
                """.formatted(id, age);
    }

    private String predictionsPath() {
        return "/models/" + model + "/versions/v1/predictions";
    }

    private long stored() {
        return mdt.count("SELECT count(*) FROM mdt_data.predictions_" + versionId);
    }

    /** The stored count once it reaches the expected one, or when the time is up. */
    private long storedWithin(Duration time, long expected) throws InterruptedException {
        var deadline = System.nanoTime() + time.toNanos();
        while (stored() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return stored();
    }

    @Test
    void storesValidRecordsReportsRejectedOnesAndKeepsDuplicatesOnce() {
        var batch = "[" + prediction("a", 30) + "," + prediction("b", 40) + "," + prediction("c", "\"old\"") + "]";

        mdt.api()
                .body(batch)
                .post(predictionsPath())
                .then()
                .statusCode(200)
                .body("received", equalTo(3))
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected[0].index", equalTo(2))
                .body("rejected[0].reason", equalTo("age must be a number, got STRING"));
        mdt.api()
                .body(batch)
                .post(predictionsPath())
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(2));

        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void answersBadBatchesWithProblemsAndStoresNothing() {
        mdt.api()
                .body("[" + prediction("x", 500) + "]")
                .post(predictionsPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("records[0]"));
        mdt.api()
                .body("[" + prediction("y", 3) + ",")
                .post(predictionsPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:malformed-request"));
        var oversized = IntStream.range(0, 10_001)
                .mapToObj(i -> prediction("big-" + i, 3))
                .collect(Collectors.joining(",", "[", "]"));
        mdt.api()
                .body(oversized)
                .post(predictionsPath())
                .then()
                .statusCode(413)
                .body("type", equalTo("urn:mdt:problem:batch-too-large"));
        mdt.api()
                .body(prediction("z", 3))
                .post("/models/no-such-model/versions/v1/predictions")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        mdt.api()
                .body(prediction("z", 3))
                .post("/models/" + model + "/versions/v9/predictions")
                .then()
                .statusCode(404);

        assertThat(stored()).isZero();
    }

    @Test
    void keepsActualsThatArriveBeforeTheirPrediction() {
        mdt.api()
                .body("""
                        [{"predictionId": "late", "actual": 1, "timestamp": "2026-11-30T08:00:00Z"},
                         {"predictionId": "late", "actual": 0}]
                        """)
                .post("/models/" + model + "/versions/v1/actuals")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(1));
        mdt.api().body(prediction("late", 50)).post(predictionsPath()).then().statusCode(200);

        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + versionId + " p JOIN mdt_data.actuals_"
                        + versionId + " a USING (prediction_id) WHERE a.actual = 1"))
                .isEqualTo(1);
    }

    @Test
    void takesBatchesOverJmsAndDeadLettersWhatItCannotTake() throws Exception {
        var correlation = UUID.randomUUID().toString();
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "JMSCorrelationID", correlation);
            var batch = broker.createTextMessage("[" + prediction("j1", 20) + "," + prediction("j2", -5) + "]");
            batch.setStringProperty("model", model);
            batch.setStringProperty("version", "v1");
            batch.setJMSCorrelationID(correlation);
            broker.send("mdt.predictions", batch);
            var unknownVersion = broker.createTextMessage(prediction("j3", 20));
            unknownVersion.setStringProperty("model", model);
            unknownVersion.setStringProperty("version", "v7");
            unknownVersion.setJMSCorrelationID(correlation);
            broker.send("mdt.predictions", unknownVersion);

            var first = (TextMessage) deadLetters.receive(20_000);
            var second = (TextMessage) deadLetters.receive(20_000);

            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            var reasons = first.getStringProperty("mdtReason") + " | " + second.getStringProperty("mdtReason");
            assertThat(reasons)
                    .contains("age = -5 is outside the allowed range")
                    .contains("has no version 'v7'");
            var recordLetter = first.propertyExists("mdtRecordIndex") ? first : second;
            assertThat(recordLetter.getIntProperty("mdtRecordIndex")).isEqualTo(1);
            assertThat(recordLetter.getText()).contains("j2");
        }
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void takesUtf8BytesMessagesAndDeadLettersMalformedUtf8Whole() throws Exception {
        var correlation = UUID.randomUUID().toString();
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "JMSCorrelationID", correlation);
            var batch = broker.createBytesMessage(
                    ("[" + prediction("b1", 20) + "," + prediction("b2", 30) + "]").getBytes(StandardCharsets.UTF_8));
            batch.setStringProperty("model", model);
            batch.setStringProperty("version", "v1");
            broker.send("mdt.predictions", batch);
            var json = prediction("b3", 40).getBytes(StandardCharsets.UTF_8);
            var malformed = Arrays.copyOf(json, json.length + 2);
            malformed[json.length] = (byte) 0xC3;
            malformed[json.length + 1] = (byte) 0x28;
            var broken = broker.createBytesMessage(malformed);
            broken.setStringProperty("model", model);
            broken.setStringProperty("version", "v1");
            broken.setJMSCorrelationID(correlation);
            broker.send("mdt.predictions", broken);

            var letter = deadLetters.receive(20_000);

            assertThat(letter).isNotNull();
            assertThat(letter.getStringProperty("mdtReason")).startsWith("malformed JSON");
            assertThat(letter.getBody(byte[].class)).isEqualTo(malformed);
        }
        assertThat(storedWithin(Duration.ofSeconds(20), 2)).isEqualTo(2);
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + versionId
                        + " WHERE prediction_id IN ('b1', 'b2')"))
                .isEqualTo(2);
    }
}
