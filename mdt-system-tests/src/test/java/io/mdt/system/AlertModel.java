package io.mdt.system;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A model for the alerting tests, with a reference and three hours of predictions: in the
 * first two the chosen features have drifted, the third is clean. Its monitor's timer fires
 * only after an hour, so the test evaluates the windows one by one, in order, by backfill.
 */
final class AlertModel {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int ROWS_PER_WINDOW = 600;

    private final Mdt mdt;
    final String name;
    final long monitor;
    private final Instant start;

    private AlertModel(Mdt mdt, String name, long monitor, Instant start) {
        this.mdt = mdt;
        this.name = name;
        this.monitor = monitor;
        this.start = start;
    }

    /** A new model whose features {@code shifted} (indexes) drift in windows 0 and 1, not in window 2. */
    static AlertModel create(Mdt mdt, String prefix, Set<Integer> shifted) {
        var name = Mdt.uniqueName(prefix);
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
        var drifting = new SyntheticStream(11, shifted, start);
        var clean = new SyntheticStream(12, Set.of(), Instant.MAX);
        mdt.createModel(name, "REGRESSION");
        mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + name + "/versions")
                .then()
                .statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(drifting.referenceCsv(2_000))
                .post("/models/" + name + "/versions/v1/references")
                .then()
                .statusCode(201);
        var spacing = WINDOW.dividedBy(ROWS_PER_WINDOW);
        ingest(mdt, name, drifting.batch("d", 0, 2 * ROWS_PER_WINDOW, start, spacing));
        ingest(mdt, name, clean.batch("c", 2 * ROWS_PER_WINDOW, ROWS_PER_WINDOW, start, spacing));
        long monitor = mdt.api()
                .body("{\"name\": \"hourly\", \"interval\": \"PT1H\", \"window\": \"PT1H\", \"minRows\": 100}")
                .post("/models/" + name + "/versions/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new AlertModel(mdt, name, monitor, start);
    }

    private static void ingest(Mdt mdt, String model, String batch) {
        mdt.api()
                .body(batch)
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200)
                .body("rejected.size()", equalTo(0));
    }

    /** Evaluates window {@code index} (0, 1: drifted; 2: clean) and waits for its run to be done. */
    void evaluate(int index) throws InterruptedException {
        var from = start.plus(WINDOW.multipliedBy(index));
        mdt.api()
                .body("{\"from\": \"" + from + "\", \"to\": \"" + from.plus(WINDOW) + "\"}")
                .post("/monitors/" + monitor + "/backfill")
                .then()
                .statusCode(200);
        mdt.awaitRuns(
                monitor,
                runs -> runs.stream()
                        .anyMatch(r -> from.toString().equals(r.get("windowStart")) && "DONE".equals(r.get("status"))));
    }

    /** The model's alerts once {@code done} holds for them, asked every half second for up to a minute. */
    List<Map<String, Object>> awaitAlerts(Predicate<List<Map<String, Object>>> done) throws InterruptedException {
        return awaitAlerts(mdt, name, Duration.ofMinutes(1), done);
    }

    /** A model's alerts once {@code done} holds for them, asked every half second. */
    static List<Map<String, Object>> awaitAlerts(
            Mdt mdt, String model, Duration timeout, Predicate<List<Map<String, Object>>> done)
            throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        List<Map<String, Object>> alerts = List.of();
        while (Instant.now().isBefore(deadline)) {
            alerts = alerts(mdt, model);
            if (done.test(alerts)) {
                return alerts;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the alerts of " + model + " did not become as expected: " + alerts);
    }

    List<Map<String, Object>> alerts() {
        return alerts(mdt, name);
    }

    private static List<Map<String, Object>> alerts(Mdt mdt, String model) {
        return mdt.api().get("/alerts?model=" + model).jsonPath().getList("items");
    }

    long rule(String body) {
        return mdt.api()
                .body(body.replace("MODEL", name))
                .post("/alert-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A channel and a route to it for this model's alerts, grouped by model, flushed at once and then every 3 s. */
    long route(String channelBody) {
        var channel = mdt.api()
                .body(channelBody)
                .post("/channels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api().body("""
                        {"channel": "%d", "matchers": [{"name": "model", "value": "%s", "isRegex": false, "isEqual": true}],
                         "groupWait": "PT0S", "groupInterval": "PT3S", "repeatInterval": "PT1H", "continueMatching": true}
                        """.formatted(channel, name)).post("/routes").then().statusCode(201);
        return channel;
    }

    static JsonPath json(String body) {
        return JsonPath.from(body);
    }
}
