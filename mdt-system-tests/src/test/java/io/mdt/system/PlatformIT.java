package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMdt.class)
class PlatformIT {

    private final Mdt mdt;

    PlatformIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void isReadyWithDatabaseAndBroker() {
        mdt.root()
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "broker", "heartbeat"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'broker' }.status", equalTo("UP"));
        mdt.root().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void runsAsManyEvaluationWorkersAndIngestionConsumersAsConfigured() throws Exception {
        try (var broker = new Broker(mdt)) {
            assertThat(broker.consumers("mdt.evaluations")).isEqualTo(RunningMdt.EVALUATION_WORKERS);
            assertThat(broker.consumers("mdt.predictions")).isEqualTo(RunningMdt.INGESTION_CONSUMERS);
            assertThat(broker.consumers("mdt.actuals")).isEqualTo(RunningMdt.INGESTION_CONSUMERS);
        }
    }

    @Test
    void persistentTimerRecordsHeartbeats() throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(45));
        long count = 0;
        while (Instant.now().isBefore(deadline) && count < 2) {
            count = Long.parseLong(mdt.root()
                    .get("/health/ready")
                    .jsonPath()
                    .getString("checks.find { it.name == 'heartbeat' }.data.count"));
            Thread.sleep(1000);
        }
        assertThat(count).as("heartbeat runs within 45 s").isGreaterThanOrEqualTo(2);
    }

    @Test
    void exposesApplicationMetricsInPrometheusFormat() {
        mdt.api().get("/models").then().statusCode(200);

        mdt.root()
                .get("/metrics")
                .then()
                .statusCode(200)
                .body(containsString("mdt_models_api_list"))
                .body(containsString("# TYPE"));
    }

    @Test
    void documentsEveryOperationAndItsProblems() {
        var document =
                mdt.root().get("/openapi").then().statusCode(200).extract().asString();

        assertThat(document)
                .contains("/api/v1/models:")
                .contains("/api/v1/models/{id}:")
                .contains("application/problem+json")
                .contains("\"409\"")
                .contains("\"404\"")
                .contains("\"400\"");
    }
}
