package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.system.MalformedJson.Variant;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends every documented write endpoint malformed input of every kind that {@link
 * MalformedJson} generates (types, sizes, encodings, nesting, numbers and times out of range,
 * content types, CSV shapes, path segments) and checks the error contract: an answer within
 * {@link RawRequests#BOUND}, never a 5xx, every error {@code application/problem+json},
 * nothing written by a refused request, every accepted object readable, and the good record
 * of a mixed batch stored. The same for the JMS ingestion queue.
 */
@ExtendWith(RunningMdt.class)
class MalformedInputIT {

    private static final String JSON = "application/json";
    private static final String UNIQUE = "$UNIQUE";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");
    private static final AtomicLong TOKENS = new AtomicLong();

    /**
     * The data tables of versions and references, counted without the weekly partitions that
     * maintenance adds to versions in its own time.
     */
    private static final String DATA_TABLES = "(SELECT count(*) FROM pg_class c JOIN pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE n.nspname = 'mdt_data'"
            + " AND c.relname ~ '^(predictions|actuals|reference)_[0-9]+$')";

    private final Mdt mdt;
    private final RawRequests requests;
    private String model;
    private long modelId;
    private long versionId;
    private long referenceId;
    private long monitorId;

    MalformedInputIT(Mdt mdt) {
        this.mdt = mdt;
        this.requests = new RawRequests(mdt.baseUrl() + "/api/v1", mdt.adminKey());
    }

    /** One connection for the many reads of what is stored, which each check compares. */
    private Connection database;

    @BeforeEach
    void connect() throws SQLException {
        var address = mdt.database();
        database = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    @AfterEach
    void disconnect(TestInfo test) throws SQLException {
        database.close();
        System.out.printf(
                "%s: %d requests, %d breaches%n",
                test.getDisplayName(), requests.sent(), requests.breaches().size());
    }

    private String stored(String sql) {
        try (var statement = database.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return String.valueOf(result.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return Long.parseLong(stored(sql));
    }

    @BeforeEach
    void registerAMonitoredVersion() {
        model = Mdt.uniqueName("malformed");
        modelId = mdt.createModel(model, "BINARY_CLASSIFICATION");
        versionId = idOf(send("POST", versions(), MalformedJson.write(version("v1"))), 201);
        referenceId = idOf(requests.send("POST", version() + "/references", "text/csv", bytes("""
                        age,country,vip,churn,churned
                        30,DE,true,1,0
                        41,FR,false,0,1
                        """), "reference"), 201);
        monitorId = idOf(send("POST", version() + "/monitors", MalformedJson.write(monitor())), 201);
    }

    @Test
    void registryWritesRefuseMalformedInputAndStoreNothing() {
        checkEach(
                "POST /models",
                "POST",
                () -> "/models",
                MalformedJson.variants(model()),
                () -> stored("SELECT count(*) FROM monitored_model"),
                answer -> readable("/models/" + idOf(answer, 201)));
        checkEach(
                "PUT /models/{id}",
                "PUT",
                () -> "/models/" + modelId,
                MalformedJson.variants(model()),
                () -> stored("SELECT md5(m::text) FROM monitored_model m WHERE id = " + modelId),
                answer -> readable("/models/" + modelId));
        checkEach(
                "POST versions",
                "POST",
                this::versions,
                MalformedJson.variants(version(UNIQUE)),
                () -> stored("SELECT (SELECT count(*) FROM model_version) || '/' || (SELECT count(*) FROM"
                        + " version_column) || '/' || " + DATA_TABLES),
                answer -> readable(versions()));
        checkEach(
                "PUT stage",
                "PUT",
                () -> version() + "/stage",
                MalformedJson.variants(Map.of("stage", "PRODUCTION")),
                () -> stored("SELECT stage FROM model_version WHERE id = " + versionId),
                answer -> readable(version()));

        assertThat(requests.breaches()).isEmpty();
        assertThat(requests.sent()).isGreaterThan(1_000);
    }

    @Test
    void monitorWritesRefuseMalformedInputAndStoreNothing() {
        var cron = new LinkedHashMap<String, Object>(monitor());
        cron.remove("interval");
        cron.remove("window");
        cron.put("cron", "5 */2 * * MON-FRI");
        cron.put("windowRows", 500);
        cron.put("referenceId", referenceId);
        Supplier<String> monitors = () -> stored("SELECT count(*) FROM monitor");
        checkEach(
                "POST monitors",
                "POST",
                () -> version() + "/monitors",
                MalformedJson.variants(monitor()),
                monitors,
                answer -> readable("/monitors/" + idOf(answer, 201)));
        checkEach(
                "POST cron monitors",
                "POST",
                () -> version() + "/monitors",
                MalformedJson.variants(cron),
                monitors,
                answer -> readable("/monitors/" + idOf(answer, 201)));
        var update = new LinkedHashMap<String, Object>(monitor());
        update.put("name", "base");
        checkEach(
                "PUT /monitors/{id}",
                "PUT",
                () -> "/monitors/" + monitorId,
                MalformedJson.variants(update),
                () -> stored("SELECT md5(m::text) FROM monitor m WHERE id = " + monitorId),
                answer -> readable("/monitors/" + monitorId));
        checkEach(
                "POST backfill",
                "POST",
                () -> "/monitors/" + monitorId + "/backfill",
                MalformedJson.variants(range()),
                () -> stored("SELECT count(*) FROM evaluation_run WHERE monitor_id = " + monitorId),
                answer -> readable("/monitors/" + monitorId + "/runs"));
        checkEach(
                "POST from-predictions",
                "POST",
                () -> version() + "/references/from-predictions",
                MalformedJson.variants(range()),
                this::references,
                answer -> readable(version() + "/references"));

        assertThat(requests.breaches()).isEmpty();
        assertThat(count("SELECT count(*) FROM monitor WHERE version_id = " + versionId + " AND length(schedule) > 0"))
                .isEqualTo(count("SELECT count(*) FROM monitor WHERE version_id = " + versionId));
    }

    @Test
    void recordsAreRefusedOneByOneAndTheGoodOnesOfTheBatchStored() {
        checkRecords("predictions", prediction(UNIQUE), "mdt_data.predictions_" + versionId);
        checkRecords("actuals", actual(UNIQUE), "mdt_data.actuals_" + versionId);
        for (var variant : MalformedJson.recordVariants(referenceRow())) {
            var description = "POST references with a row of " + variant.description();
            var rows = concat("[", variant.body(), ", " + MalformedJson.write(referenceRow()) + "]");
            var answer = requests.send("POST", version() + "/references", JSON, rows, description);
            boolean keptAlone =
                    answer.body().contains("\"rows\":1") && answer.body().contains("\"index\":0");
            boolean keptBoth = !variant.refused() && answer.body().contains("\"rows\":2");
            if (answer.status() != 201 || !(keptAlone || keptBoth)) {
                requests.breach(
                        description, "did not keep the good row alone: " + answer.status() + " " + answer.body());
            }
        }
        checkEach(
                "POST references document",
                "POST",
                () -> version() + "/references",
                MalformedJson.variants(List.of(referenceRow())),
                this::references,
                answer -> readable(version() + "/references"));

        assertThat(requests.breaches()).isEmpty();
    }

    @Test
    void csvReferencesRejectBadRowsByNumberAndRefuseBadFilesWhole() {
        var header = "age,country,vip,churn,churned\n";
        var good = "30,DE,true,1,0\n";
        var badRows = List.of(
                "a\u0000,DE,true,1,0",
                "30,D\u0000E,true,1,0",
                "NaN,DE,true,1,0",
                "1e400,DE,true,1,0",
                "-5,DE,true,1,0",
                "30,XX,true,1,0",
                "30,DE,maybe,1,0",
                "30,DE,true,1",
                "30,DE,true,1,0,9",
                "30,\"DE,true,1,0",
                "30,\uD83D\uDE00,true,1,0");
        for (var bad : badRows) {
            var answer = requests.send(
                    "POST", version() + "/references", "text/csv", bytes(header + bad + "\n" + good), "CSV row " + bad);
            if (answer.status() == 201) {
                assertThat(answer.body()).as(bad).contains("\"rows\":1").contains("\"index\":0");
            }
        }
        var badFiles = List.of(
                "",
                header,
                "unknown," + header + good,
                "age,age,country,vip,churn,churned\n" + good,
                "country,vip\n" + "DE,true\n");
        for (var file : badFiles) {
            var before = references();
            var answer = requests.send("POST", version() + "/references", "text/csv", bytes(file), "CSV file " + file);
            assertThat(answer.status()).as(file).isEqualTo(400);
            assertThat(references()).as(file).isEqualTo(before);
        }
        var invalidUtf8 = concat(header + "30,", new byte[] {(byte) 0xC3, 0x28}, ",true,1,0\n" + good);
        assertThat(requests.send("POST", version() + "/references", "text/csv", invalidUtf8, "CSV not UTF-8")
                        .status())
                .isEqualTo(400);

        assertThat(requests.breaches()).isEmpty();
    }

    @Test
    void contentTypesAndEmptyBodiesAreProblems() {
        var writes = List.of(
                "/models",
                "/models/" + modelId,
                versions(),
                version() + "/stage",
                version() + "/predictions",
                version() + "/actuals",
                version() + "/references",
                version() + "/monitors",
                version() + "/artifact",
                version() + "/predict",
                "/monitors/" + monitorId,
                "/monitors/" + monitorId + "/backfill");
        for (var path : writes) {
            for (var method : List.of("POST", "PUT")) {
                for (var type :
                        new String[] {null, "text/plain", "application/xml", JSON, "application/json; charset=latin1"
                        }) {
                    var answer = requests.send(method, path, type, null, method + " " + path + " as " + type);
                    if (answer.accepted()) {
                        requests.breach(method + " " + path, "accepted an empty body as " + type);
                    }
                }
            }
        }

        assertThat(requests.breaches()).isEmpty();
    }

    @Test
    void pathSegmentsAndMethodsAreProblems() {
        var segments = List.of(
                "a%2Fb",
                "%C3%BC", "x".repeat(300), "%20", "a;b", "%2E%2E", "99999999999999999999", "-1", "%F0%9F%98%80");
        for (var segment : segments) {
            requests.send("GET", "/models/" + segment, null, null, "model id " + segment);
            requests.send("GET", "/models/" + segment + "/versions", null, null, "model " + segment);
            requests.send("GET", "/models/" + model + "/versions/" + segment, null, null, "version " + segment);
            requests.send(
                    "POST",
                    "/models/" + segment + "/versions/v1/predictions",
                    JSON,
                    bytes(MalformedJson.write(prediction(UNIQUE))),
                    "predictions of model " + segment);
            requests.send("GET", "/monitors/" + segment, null, null, "monitor " + segment);
        }
        for (var query : List.of(
                "direction=%00",
                "sort=%ED%A0%80",
                "page=99999999999",
                "size=-1",
                "page=107374183&size=20",
                "direction=sideways",
                "sort=%C3%28")) {
            var answer = requests.send("GET", "/models?" + query, null, null, "query " + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
        }
        for (var method : List.of("PATCH", "DELETE", "TRACE")) {
            assertThat(requests.send(method, "/models", JSON, bytes("{}"), method + " /models")
                            .status())
                    .isEqualTo(405);
        }
        var pages = new RawRequests(mdt.baseUrl(), mdt.adminKey());
        for (var page : List.of("/", "/models.xhtml", "/resources/mdt/mdt.css", "/no-such-page")) {
            var answer = pages.send("TRACE", page, null, null, "TRACE " + page);
            assertThat(answer.status()).as(page).isEqualTo(405);
            assertThat(answer.body()).as(page).contains("urn:mdt:problem:http").doesNotContain("Authorization");
        }
        assertThat(requests.breaches()).isEmpty();
        assertThat(pages.breaches()).isEmpty();
    }

    @Test
    void theIngestionQueueDeadLettersEachBadRecordNamingIt() throws Exception {
        var correlation = UUID.randomUUID().toString();
        var variants = MalformedJson.recordVariants(prediction(UNIQUE));
        var goods = new ArrayList<String>();
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "JMSCorrelationID", correlation);
            for (var variant : variants) {
                var good = token("good");
                goods.add(good);
                var batch = concat("[", unique(variant.body()), ", " + MalformedJson.write(prediction(good)) + "]");
                var message = broker.createBytesMessage(batch);
                message.setStringProperty("model", model);
                message.setStringProperty("version", "v1");
                message.setJMSCorrelationID(correlation);
                broker.send("mdt.predictions", message);
            }
            var letters = new ArrayList<Message>();
            for (var letter = deadLetters.receive(30_000); letter != null; letter = deadLetters.receive(5_000)) {
                letters.add(letter);
            }
            var stored = count("SELECT count(*) FROM mdt_data.predictions_" + versionId + " WHERE prediction_id IN ('"
                    + String.join("','", goods) + "')");

            assertThat(stored).as("the good record of every message").isEqualTo(goods.size());
            assertThat(letters).isNotEmpty();
            for (var letter : letters) {
                assertThat(letter.propertyExists("mdtRecordIndex"))
                        .as(letter.getStringProperty("mdtReason"))
                        .isTrue();
                assertThat(letter.getIntProperty("mdtRecordIndex")).isZero();
                assertThat(letter.getStringProperty("mdtReason")).isNotBlank();
            }
            var acceptedBad = count(rowsEver("mdt_data.predictions_" + versionId)) - goods.size();
            assertThat(letters.size() + acceptedBad).isGreaterThanOrEqualTo(variants.size());
        }
    }

    /**
     * Sends each variant, checking the contract: a refusal leaves the state as it was; an
     * acceptance is readable afterwards.
     */
    private void checkEach(
            String endpoint,
            String method,
            Supplier<String> path,
            List<Variant> variants,
            Supplier<String> state,
            Consumer<RawRequests.Answer> readBack) {
        for (var variant : variants) {
            var description = endpoint + " with " + variant.description();
            var before = state.get();
            var answer = requests.send(method, path.get(), JSON, unique(variant.body()), description);
            if (answer.accepted() && variant.refused()) {
                requests.breach(description, "accepted what no documented rule allows: " + answer.body());
            } else if (answer.accepted()) {
                try {
                    readBack.accept(answer);
                } catch (AssertionError e) {
                    requests.breach(description, "accepted, then unreadable: " + e.getMessage());
                }
            } else if (answer.status() >= 400 && !state.get().equals(before)) {
                requests.breach(description, "refused with " + answer.status() + " but changed what is stored");
            }
        }
    }

    /**
     * The rows a table of the version holds plus those retention removed from it meanwhile (an
     * accepted record with a time centuries ago is stored, then removed by the next maintenance,
     * in one transaction with the count of removed predictions).
     */
    private String rowsEver(String table) {
        return "SELECT (SELECT count(*) FROM " + table + ")"
                + (table.contains("predictions_")
                        ? " + (SELECT retired_predictions FROM model_version WHERE id = " + versionId + ")"
                        : "");
    }

    /** Single bad records refused whole; a bad record beside a good one refused alone. */
    private void checkRecords(String endpoint, Map<String, Object> template, String table) {
        Supplier<String> rows = () -> stored(rowsEver(table));
        checkEach(
                "POST " + endpoint,
                "POST",
                () -> version() + "/" + endpoint,
                MalformedJson.variants(template),
                rows,
                answer -> readable(version()));
        for (var variant : MalformedJson.recordVariants(template)) {
            var good = token("good");
            var description = "POST " + endpoint + " batch with " + variant.description();
            var before = count(rowsEver(table));
            var batch = concat("[", unique(variant.body()), ", " + MalformedJson.write(with(template, good)) + "]");
            var answer = requests.send("POST", version() + "/" + endpoint, JSON, batch, description);
            var delta = count(rowsEver(table)) - before;
            var goodStored = count("SELECT count(*) FROM " + table + " WHERE prediction_id = '" + good + "'");
            if (answer.status() != 200 || goodStored != 1) {
                requests.breach(
                        description,
                        "answered " + answer.status() + " and stored the good record " + goodStored + " times: "
                                + answer.body());
                continue;
            }
            var accepted = ACCEPTED.matcher(answer.body());
            if (!accepted.find() || Long.parseLong(accepted.group(1)) != delta) {
                requests.breach(description, "reported " + answer.body() + " but stored " + delta);
            }
            if (variant.refused() && delta != 1) {
                requests.breach(description, "stored a record no documented rule allows: " + answer.body());
            }
            boolean duplicate = answer.body().contains("\"duplicates\":1");
            if (delta == 1 && !duplicate && !answer.body().contains("\"index\":0")) {
                requests.breach(description, "refused the bad record without saying which: " + answer.body());
            }
        }
    }

    private void readable(String path) {
        var answer = requests.send("GET", path, null, null, "read back " + path);
        assertThat(answer.status()).as("GET " + path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(JSON);
    }

    private RawRequests.Answer send(String method, String path, String json) {
        return requests.send(method, path, JSON, unique(bytes(json)), method + " " + path);
    }

    private String references() {
        return stored("SELECT (SELECT count(*) FROM reference_dataset WHERE version_id = " + versionId + ") || '/' || "
                + DATA_TABLES);
    }

    private static long idOf(RawRequests.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        var matcher = ID.matcher(answer.body());
        assertThat(matcher.find()).as(answer.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String versions() {
        return "/models/" + model + "/versions";
    }

    private String version() {
        return versions() + "/v1";
    }

    private static Map<String, Object> model() {
        return map("name", UNIQUE, "taskType", "BINARY_CLASSIFICATION", "description", "churn", "owner", "risk");
    }

    private static Map<String, Object> version(String label) {
        return map(
                "label",
                label,
                "stage",
                "PRODUCTION",
                "mlflowModelName",
                "churn",
                "mlflowModelVersion",
                "3",
                "columns",
                List.of(
                        map("name", "request_id", "role", "ID"),
                        map("name", "time", "role", "TIMESTAMP"),
                        map("name", "age", "role", "FEATURE", "type", "NUMERICAL", "minimum", 0, "maximum", 120),
                        map(
                                "name",
                                "country",
                                "role",
                                "FEATURE",
                                "type",
                                "CATEGORICAL",
                                "categories",
                                List.of("DE", "FR", "IT")),
                        map("name", "vip", "role", "FEATURE", "type", "BOOLEAN"),
                        map("name", "churn", "role", "PREDICTION", "type", "NUMERICAL"),
                        map("name", "p_churn", "role", "PREDICTION_SCORE"),
                        map("name", "churned", "role", "TARGET", "type", "NUMERICAL"),
                        map("name", "region", "role", "SEGMENT")));
    }

    private static Map<String, Object> monitor() {
        return map(
                "name",
                UNIQUE,
                "interval",
                "PT1H",
                "window",
                "PT1H",
                "minRows",
                10,
                "methods",
                map("age", "ks"),
                "thresholds",
                map("age", 0.05),
                "datasetRule",
                "share:0.5",
                "grace",
                "PT5M");
    }

    private static Map<String, Object> range() {
        return map("from", "2026-11-29T00:00:00Z", "to", "2026-11-29T03:00:00Z");
    }

    private static Map<String, Object> prediction(String id) {
        return map(
                "predictionId",
                id,
                "timestamp",
                "2026-11-29T10:15:00Z",
                "features",
                map("age", 30, "country", "DE", "vip", true),
                "prediction",
                1,
                "scores",
                map("p_churn", 0.8),
                "segments",
                map("region", "EU"));
    }

    private static Map<String, Object> actual(String id) {
        return map("predictionId", id, "actual", 1, "timestamp", "2026-11-30T08:00:00Z");
    }

    private static Map<String, Object> referenceRow() {
        return map("age", 30, "country", "DE", "vip", true, "churn", 1, "p_churn", 0.5, "churned", 0, "region", "EU");
    }

    private static Map<String, Object> with(Map<String, Object> record, String id) {
        var copy = new LinkedHashMap<>(record);
        copy.put("predictionId", id);
        return copy;
    }

    private static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String token(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + TOKENS.incrementAndGet();
    }

    /** The body with each {@value #UNIQUE} replaced by a new token, bytes otherwise unchanged. */
    private static byte[] unique(byte[] body) {
        var text = new String(body, StandardCharsets.ISO_8859_1);
        while (text.contains(UNIQUE)) {
            text = text.replaceFirst(Pattern.quote(UNIQUE), token("u"));
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        var head = bytes(before);
        var tail = bytes(after);
        var result = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, result, 0, head.length);
        System.arraycopy(middle, 0, result, head.length, middle.length);
        System.arraycopy(tail, 0, result, head.length + middle.length, tail.length);
        return result;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
