package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMdt.class)
class MonitoringIT {

    private static final Set<String> SHIFTED = Set.of("f1", "f4", "f7");

    private final Mdt mdt;

    MonitoringIT(Mdt mdt) {
        this.mdt = mdt;
    }

    private void ingest(String model, String batch) {
        mdt.api()
                .body(batch)
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("rejected.size()", equalTo(0));
    }

    /**
     * The persistent timers the timer service stored for this monitor. Their info, the monitor
     * id, is kept Java-serialized inside the row's blob: a {@code Long} serializes as its class
     * descriptors, ending with an empty superclass ({@code 78 70}), then its eight bytes.
     */
    private long timersOf(long monitor) {
        return mdt.count(
                "SELECT count(*) FROM \"EJB__TIMER__TBL\" WHERE position('\\x7870%016x'::bytea IN \"BLOB\") > 0"
                        .formatted(monitor));
    }

    @Test
    void flagsExactlyTheShiftedFeaturesInTheWindowsAfterTheShift() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(12));
        var shiftAt = start.plus(Duration.ofHours(5));
        var stream = new SyntheticStream(7, Set.of(1, 4, 7), shiftAt);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("monitored"), stream, 5_000);
        var spacing = Duration.ofMillis(360);
        for (int batch = 0; batch < 10; batch++) {
            ingest(model, stream.batch("p", batch * 10_000, 10_000, start, spacing));
        }

        try (var broker = new Broker(mdt)) {
            var driftEvents = broker.subscribe("mdt.drift");
            long monitor = mdt.createMonitor(model, """
                    {"name": "hourly", "interval": "PT2S", "window": "PT1H", "minRows": 100}
                    """);
            var runs = mdt.awaitRuns(
                    monitor, r -> Mdt.count(r, "DONE") == 10 && Mdt.count(r, "QUEUED") + Mdt.count(r, "RUNNING") == 0);

            for (var run :
                    runs.stream().filter(r -> "DONE".equals(r.get("status"))).toList()) {
                var detail = mdt.api().get("/runs/" + run.get("id")).jsonPath();
                var drifted = new HashSet<>(detail.getList(
                        "columns.findAll { it.role == 'FEATURE' && it.result.drift }.column", String.class));
                var windowStart = Instant.parse(detail.getString("run.windowStart"));
                assertThat(detail.getLong("run.currentRows")).isEqualTo(10_000);
                assertThat(drifted)
                        .as("window starting %s", windowStart)
                        .isEqualTo(windowStart.isBefore(shiftAt) ? Set.of() : SHIFTED);
                assertThat(detail.getList("columns.result.method", String.class))
                        .contains("wasserstein");
            }

            var event = JsonPath.from(((TextMessage) driftEvents.receive(20_000)).getText());
            assertThat(event.getString("model")).isEqualTo(model);
            assertThat(event.getList("driftedColumns", String.class)).containsAll(SHIFTED);

            mdt.api().get("/models/" + model + "/status").then().statusCode(200).body("status", equalTo("WARNING"));
            var scores =
                    mdt.api().get("/monitors/" + monitor + "/columns/f4/scores").jsonPath();
            assertThat(scores.getList("drift", Boolean.class))
                    .containsExactly(false, false, false, false, false, true, true, true, true, true);

            mdt.api()
                    .body("{\"from\": \"" + start + "\", \"to\": \"" + start.plus(Duration.ofHours(2)) + "\"}")
                    .post("/monitors/" + monitor + "/backfill")
                    .then()
                    .statusCode(200)
                    .body("status", hasItems("QUEUED"));
            var again = mdt.awaitRuns(
                    monitor, r -> Mdt.count(r, "DONE") == 10 && Mdt.count(r, "QUEUED") + Mdt.count(r, "RUNNING") == 0);
            assertThat(again).hasSameSizeAs(runs);
        }
    }

    @Test
    void recordsWhyAWindowCannotBeEvaluated() throws Exception {
        var model = Mdt.uniqueName("no-reference");
        var stream = new SyntheticStream(3, Set.of(), Instant.MAX);
        mdt.createModel(model, "REGRESSION");
        mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201);
        ingest(model, stream.batch("q", 0, 300, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(1)));

        long monitor = mdt.createMonitor(model, """
                {"name": "by-count", "interval": "PT2S", "windowRows": 100, "minRows": 10}
                """);
        var runs = mdt.awaitRuns(monitor, r -> Mdt.count(r, "FAILED") == 3);

        assertThat(runs)
                .allSatisfy(run -> assertThat((String) run.get("reason")).contains("no reference dataset"));
    }

    /**
     * Makes every read of the version's reference data fail with this SQLSTATE, as the database
     * would report the fault: the table is renamed and a view in its place raises the error.
     */
    private void failEveryReferenceRead(String model, String sqlState) {
        long dataset = mdt.count("SELECT max(d.id) FROM reference_dataset d JOIN model_version v ON v.id = d.version_id"
                + " JOIN monitored_model m ON m.id = v.model_id WHERE m.name = '" + model + "'");
        var table = "mdt_data.reference_" + dataset;
        var fault = "mdt_data.injected_fault_" + dataset;
        mdt.execute("CREATE FUNCTION " + fault + "() RETURNS boolean LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'injected fault' USING ERRCODE = '" + sqlState + "'; END $$");
        mdt.execute("ALTER TABLE " + table + " RENAME TO reference_" + dataset + "_kept");
        mdt.execute("CREATE VIEW " + table + " AS SELECT * FROM " + table + "_kept WHERE " + fault + "()");
    }

    private Map<String, Object> failedRunOfAWindowWhoseReferenceReadFails(String sqlState) throws Exception {
        var stream = new SyntheticStream(23, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("monitored"), stream, 200);
        ingest(model, stream.batch("t", 0, 200, Instant.parse("2026-03-01T00:00:00Z"), Duration.ofSeconds(1)));
        failEveryReferenceRead(model, sqlState);

        long monitor = mdt.createMonitor(model, """
                {"name": "faulty", "interval": "PT2S", "windowRows": 200, "minRows": 10}
                """);
        return mdt.awaitRuns(monitor, r -> Mdt.count(r, "FAILED") == 1).get(0);
    }

    @Test
    void aTransientFaultIsDeliveredAgainAndRecordedOnTheLastDelivery() throws Exception {
        var run = failedRunOfAWindowWhoseReferenceReadFails("40001");

        assertThat((String) run.get("reason"))
                .startsWith("the database or the message broker was unavailable in all 5 attempts")
                .containsPattern("\\(correlation id [0-9a-f-]{36}\\)$")
                .doesNotContain("injected", "40001", "Exception");
    }

    @Test
    void aDeterministicFaultIsRecordedAtOnce() throws Exception {
        var run = failedRunOfAWindowWhoseReferenceReadFails("22P02");

        assertThat((String) run.get("reason"))
                .startsWith("an error stopped the evaluation, and trying again would not help")
                .containsPattern("\\(correlation id [0-9a-f-]{36}\\)$")
                .doesNotContain("injected", "22P02", "Exception");
    }

    @Test
    void rejectsInvalidMonitorsAndUnknownIds() {
        var stream = new SyntheticStream(5, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("monitored"), stream, 200);

        mdt.api()
                .body("""
                        {"name": "bad", "cron": "every hour", "window": "1 hour",
                         "methods": {"f1": "magic", "nope": "ks"}, "datasetRule": "most"}
                        """)
                .post("/models/" + model + "/versions/v1/monitors")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("cron", "window", "methods.f1", "methods.nope", "datasetRule"));
        mdt.api().get("/monitors/987654321").then().statusCode(404).contentType("application/problem+json");
        mdt.api().get("/runs/987654321").then().statusCode(404);
    }

    @Test
    void deletingTheModelCancelsTheTimersOfItsMonitors() {
        var stream = new SyntheticStream(13, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("monitored"), stream, 200);
        long modelId = mdt.count("SELECT id FROM monitored_model WHERE name = '" + model + "'");
        long monitor = mdt.createMonitor(model, """
                {"name": "every-second", "interval": "PT1S", "window": "PT1H"}
                """);
        assertThat(timersOf(monitor)).as("the monitor's timer").isEqualTo(1);

        mdt.api().delete("/models/" + modelId).then().statusCode(204);

        assertThat(timersOf(monitor))
                .as("timers left behind by the deleted model")
                .isZero();
        mdt.api().get("/monitors/" + monitor).then().statusCode(404);
        assertThat(mdt.count("SELECT count(*) FROM evaluation_run WHERE monitor_id = " + monitor))
                .isZero();
    }

    @Test
    void aTimerWhoseMonitorIsGoneCancelsItselfWhenItFires() throws Exception {
        var stream = new SyntheticStream(17, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("monitored"), stream, 200);
        long monitor = mdt.createMonitor(model, """
                {"name": "orphaned", "interval": "PT1S", "window": "PT1H"}
                """);
        assertThat(timersOf(monitor)).as("the monitor's timer").isEqualTo(1);

        mdt.execute("DELETE FROM monitor WHERE id = " + monitor);

        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (timersOf(monitor) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(timersOf(monitor))
                .as("timers of a monitor that is gone, a minute after it went")
                .isZero();
    }
}
