package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data that keeps growing: weekly partitions made ahead and for backfilled weeks, retention
 * dropping whole weeks, prediction ids unique across weeks, and an evaluation that reads only
 * its window's partitions.
 */
@ExtendWith(RunningMdt.class)
class RetentionIT {

    private static final DateTimeFormatter MONDAY = DateTimeFormatter.ofPattern("'w'yyyyMMdd");

    private final Mdt mdt;

    RetentionIT(Mdt mdt) {
        this.mdt = mdt;
    }

    private long versionId(String model) {
        return mdt.api().get("/models/" + model + "/versions/v1").jsonPath().getLong("id");
    }

    private JsonPath ingest(String model, String batch) {
        return mdt.api()
                .body(batch)
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("rejected.size()", equalTo(0))
                .extract()
                .jsonPath();
    }

    private JsonPath maintain(String model) {
        return mdt.api()
                .post("/models/" + model + "/retention/maintenance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The name of the partition of the week holding {@code time}, computed here from the calendar. */
    private static String partition(long version, Instant time) {
        var monday = time.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return "mdt_data.predictions_" + version + "_" + MONDAY.format(monday);
    }

    private Set<String> partitionsOf(String table) {
        return mdt.ids("SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = '" + table + "'");
    }

    @Test
    void weeksAreMadeAheadAndForBackfilledDataAndRetentionDropsWholeOldWeeks() {
        var stream = new SyntheticStream(11, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("retained"));
        long version = versionId(model);
        var now = Instant.now();
        var recent = now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        var older = now.minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
        var expired = now.minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.HOURS);
        var ahead = now.plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);

        assertThat(maintain(model).getList("model", String.class)).containsExactly(model);
        assertThat(partitionsOf("predictions_" + version))
                .as("the current week, two ahead and the default partition")
                .contains(partition(version, now).substring("mdt_data.".length()))
                .hasSize(4);

        ingest(model, stream.batch("recent-", 0, 100, recent, Duration.ofSeconds(10)));
        ingest(model, stream.batch("older-", 0, 100, older, Duration.ofSeconds(10)));
        ingest(model, stream.batch("expired-", 0, 100, expired, Duration.ofSeconds(10)));
        ingest(model, stream.batch("ahead-", 0, 10, ahead, Duration.ofSeconds(10)));
        var defaultPartition = "mdt_data.predictions_" + version + "_default";

        maintain(model);
        assertThat(mdt.count("SELECT count(*) FROM " + partition(version, older)))
                .isEqualTo(100);
        assertThat(mdt.count("SELECT count(*) FROM " + defaultPartition))
                .as("only the predictions far ahead wait in the default partition")
                .isEqualTo(10);
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version))
                .isEqualTo(210);
        assertThat(removed(model)).isEqualTo(100);

        mdt.api()
                .body("{\"days\": 30}")
                .put("/models/" + model + "/retention")
                .then()
                .statusCode(200)
                .body("retentionDays", equalTo(30));
        maintain(model);
        assertThat(partitionsOf("predictions_" + version))
                .as("the week 40 days back is dropped whole")
                .doesNotContain(partition(version, older).substring("mdt_data.".length()));
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version))
                .isEqualTo(110);
        assertThat(removed(model)).isEqualTo(200);

        var summary = mdt.api()
                .get("/models/" + model + "/retention")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(summary.getInt("retentionDays")).isEqualTo(30);
        assertThat(summary.getString("versions[0].maintained")).isNotNull();
        assertThat(summary.getList("versions[0].predictions")).hasSizeGreaterThanOrEqualTo(4);
    }

    /** Predictions removed by retention so far, as the API reports them whichever maintenance removed them. */
    private long removed(String model) {
        return mdt.api().get("/models/" + model + "/retention").jsonPath().getLong("versions[0].removedPredictions");
    }

    @Test
    void aPredictionIdIsStoredOnceAcrossWeeksAndTheFirstOfABatchWins() {
        var stream = new SyntheticStream(12, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("retained"));
        long version = versionId(model);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        maintain(model);
        var thisWeek = stream.batch("same-", 0, 1, now.minus(Duration.ofHours(1)), Duration.ZERO);
        var weeksAgo = stream.batch("same-", 0, 1, now.minus(Duration.ofDays(20)), Duration.ZERO);

        assertThat(ingest(model, thisWeek).getInt("accepted")).isEqualTo(1);
        maintain(model);
        var again = ingest(model, weeksAgo);
        assertThat(again.getInt("accepted")).isZero();
        assertThat(again.getInt("duplicates")).isEqualTo(1);

        var twice = "["
                + stream.batch("twin-", 0, 1, now.minus(Duration.ofDays(30)), Duration.ZERO)
                        .replaceAll("^\\[|\\]$", "")
                + ","
                + stream.batch("twin-", 0, 1, now.minus(Duration.ofHours(2)), Duration.ZERO)
                        .replaceAll("^\\[|\\]$", "")
                + "]";
        var batch = ingest(model, twice);
        assertThat(batch.getInt("accepted")).isEqualTo(1);
        assertThat(batch.getInt("duplicates")).isEqualTo(1);
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version
                        + " WHERE prediction_id = 'twin-0' AND event_time = '" + now.minus(Duration.ofDays(30)) + "'"))
                .isEqualTo(1);
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version))
                .isEqualTo(2);
    }

    /**
     * Another week's partition is locked against every reader while a window is evaluated again:
     * the evaluation completes, so it never opened that partition.
     */
    @Test
    void anEvaluationReadsOnlyThePartitionsOfItsWindow() throws Exception {
        var stream = new SyntheticStream(13, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("retained"));
        long version = versionId(model);
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(500))
                .post("/models/" + model + "/versions/v1/references")
                .then()
                .statusCode(201);
        var today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        var recentDay = today.minus(Duration.ofDays(1));
        var olderDay = today.minus(Duration.ofDays(30));
        ingest(model, stream.batch("recent-", 0, 200, recentDay, Duration.ofSeconds(60)));
        ingest(model, stream.batch("older-", 0, 200, olderDay, Duration.ofSeconds(60)));
        maintain(model);
        assertThat(mdt.count("SELECT count(*) FROM " + partition(version, olderDay)))
                .isEqualTo(200);
        long monitor = mdt.createMonitor(
                model, "{\"name\": \"daily\", \"interval\": \"PT2S\", \"window\": \"P1D\", \"minRows\": 50}");
        var evaluated = mdt.awaitRuns(
                monitor,
                runs -> Mdt.count(runs, "DONE") == 2 && Mdt.count(runs, "QUEUED") + Mdt.count(runs, "RUNNING") == 0);
        var before = finishedOf(evaluated, recentDay);

        try (var connection = DriverManager.getConnection(
                        mdt.database().jdbcUrl(),
                        mdt.database().user(),
                        mdt.database().password());
                var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("LOCK TABLE " + partition(version, olderDay) + " IN ACCESS EXCLUSIVE MODE");
            mdt.api()
                    .body("{\"from\": \"" + recentDay + "\", \"to\": \"" + recentDay.plus(Duration.ofDays(1)) + "\"}")
                    .post("/monitors/" + monitor + "/backfill")
                    .then()
                    .statusCode(200);
            var again = mdt.awaitRuns(monitor, runs -> {
                var finished = finishedOf(runs, recentDay);
                return finished != null && !finished.equals(before);
            });
            assertThat(again.stream().filter(run -> recentDay.equals(Instant.parse((String) run.get("windowStart")))))
                    .singleElement()
                    .satisfies(run -> assertThat(run.get("status")).isEqualTo("DONE"));
            connection.rollback();
        }
    }

    private static String finishedOf(List<Map<String, Object>> runs, Instant windowStart) {
        return runs.stream()
                .filter(run -> windowStart.equals(Instant.parse((String) run.get("windowStart")))
                        && "DONE".equals(run.get("status")))
                .map(run -> (String) run.get("finished"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aRetentionOutsideItsRangeOrOfTheWrongTypeIsRefused() {
        var model = mdt.createSyntheticModel(Mdt.uniqueName("retained"));
        for (var body : List.of("{\"days\": 0}", "{\"days\": 36501}", "{}", "{\"days\": \"30\"}", "{\"days\": 1.5}")) {
            mdt.api()
                    .body(body)
                    .put("/models/" + model + "/retention")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        mdt.api().get("/models/" + model + "/retention").then().statusCode(200).body("retentionDays", equalTo(90));
        mdt.api().get("/models/no-such-model-" + model + "/retention").then().statusCode(404);
    }
}
