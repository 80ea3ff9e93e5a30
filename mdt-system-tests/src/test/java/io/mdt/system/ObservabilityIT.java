package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MDT watched as operators watch it: a model's predictions are ingested (one refused over REST,
 * one dead-lettered from JMS), a window evaluated and a served version asked twice;
 * {@code /metrics} then counts them by model, a real Prometheus scrapes them,
 * and the alert rules and the Grafana dashboard of {@code docker/} name only metrics MDT
 * exports, the rules passing promtool and loading healthy.
 */
@ExtendWith(RunningMdt.class)
class ObservabilityIT {

    private static final Path DOCKER = Path.of("..", "docker");
    private static final Pattern METRIC = Pattern.compile("\\bmdt_[a-z_]+");

    private final Mdt mdt;

    ObservabilityIT(Mdt mdt) {
        this.mdt = mdt;
    }

    /** The metrics once they match (the JMS listener takes its message in its own time). */
    private String metricsMatching(Pattern expected) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        var metrics = mdt.root().get("/metrics").asString();
        while (!expected.matcher(metrics).find() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            metrics = mdt.root().get("/metrics").asString();
        }
        return metrics;
    }

    @Test
    void whatMdtExportsIsScrapedByPrometheusAndIsWhatItsAlertRulesAndDashboardName() throws Exception {
        var model = AlertModel.create(mdt, "observed", Set.of());
        mdt.api()
                .body("[{\"predictionId\": \"refused\", \"features\": {}}]")
                .post("/models/" + model.name + "/versions/v1/predictions")
                .then()
                .statusCode(400);
        model.evaluate(2);
        var served = ServedModels.classifierVersion(mdt, "observed-served");
        ServedModels.upload(mdt, served, ServedModels.classifier());
        for (int i = 0; i < 2; i++) {
            mdt.api()
                    .body("{\"features\": {\"x1\": 0.5, \"x2\": 0.1, \"region\": \"EU\"}}")
                    .post("/models/" + served + "/versions/v1/predict")
                    .then()
                    .statusCode(200);
        }
        try (var broker = new Broker(mdt)) {
            var message = broker.createBytesMessage(
                    "[{\"predictionId\": \"dead\", \"features\": {}}]".getBytes(StandardCharsets.UTF_8));
            message.setStringProperty("model", model.name);
            message.setStringProperty("version", "v1");
            broker.send("mdt.predictions", message);
        }
        metricsMatching(Pattern.compile("mdt_dead_letters_total\\{[^}]*origin=\"mdt.predictions\""));
        var metrics = metricsMatching(
                Pattern.compile("mdt_rejected_records_total\\{[^}]*model=\"" + model.name + "\"[^}]*} 2\\.0"));
        assertThat(metrics)
                .containsPattern("mdt_ingested_records_total\\{[^}]*model=\"" + model.name + "\"[^}]*} 1800\\.0")
                .containsPattern("mdt_rejected_records_total\\{[^}]*model=\"" + model.name + "\"[^}]*} 2\\.0")
                .containsPattern("mdt_windows_evaluated_total\\{[^}]*model=\"" + model.name + "\"[^}]*status=\"done\"");
        var rules = DOCKER.resolve("prometheus/mdt-alerts.yml");
        var named = new TreeSet<String>();
        for (var file : new Path[] {rules, DOCKER.resolve("grafana/mdt-dashboard.json")}) {
            METRIC.matcher(Files.readString(file)).results().forEach(found -> named.add(found.group()));
        }
        assertThat(named).hasSizeGreaterThan(8);
        assertThat(named)
                .allSatisfy(
                        name -> assertThat(metrics).as("exported: " + name).containsPattern("(?m)^" + name + "[{ ]"));

        var promtool = LocalServer.onPath("promtool");
        Assumptions.assumeTrue(promtool.isPresent(), "promtool is not installed: apt-get install prometheus");
        for (var check : new String[][] {
            {"check", "rules", rules.toString()},
            {"check", "config", DOCKER.resolve("prometheus/prometheus.yml").toString()}
        }) {
            var promtoolRun = new ProcessBuilder(promtool.get().toString(), check[0], check[1], check[2])
                    .redirectErrorStream(true)
                    .start();
            var said = new String(promtoolRun.getInputStream().readAllBytes());
            assertThat(promtoolRun.waitFor()).as(said).isZero();
        }

        var target = URI.create(mdt.baseUrl());
        try (var prometheus = Prometheus.start(target.getHost() + ":" + target.getPort(), rules)) {
            var ingested = prometheus.awaitQuery(
                    "sum(mdt_ingested_records_total{kind=\"predictions\",model=\"" + model.name + "\"})",
                    samples -> !samples.isEmpty(),
                    Duration.ofSeconds(30));
            assertThat(Prometheus.value(ingested.get(0))).isEqualTo(1800.0);
            prometheus.awaitQuery("up{job=\"mdt\"} == 1", samples -> samples.size() == 1, Duration.ofSeconds(30));
            assertThat(prometheus.rules())
                    .hasSize(6)
                    .allSatisfy(rule ->
                            assertThat(rule.get("health")).as(rule.toString()).isEqualTo("ok"));
        }
    }

    /** The lines of the JSON server log that hold every given text, once some do. */
    private List<String> logLines(String... texts) throws Exception {
        var log = mdt.secrets().getParent().resolve("domains/mdt/logs/server.log");
        var deadline = Instant.now().plusSeconds(20);
        while (true) {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> Arrays.stream(texts).allMatch(line::contains))
                    .toList();
            if (!lines.isEmpty() || Instant.now().isAfter(deadline)) {
                return lines;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void oneCorrelationIdFollowsARequestOrAMessageIntoTheJsonServerLogAndTheMessagesSent() throws Exception {
        var stream = new SyntheticStream(31, Set.of(), Instant.MAX);
        var model = mdt.createSyntheticModel(Mdt.uniqueName("correlated"), stream, 300);
        var hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        mdt.api()
                .body(stream.batch("c-", 0, 200, hour, Duration.ofSeconds(10)))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200);
        long monitor = mdt.createMonitor(
                model, "{\"name\": \"yearly\", \"cron\": \"0 0 1 1 *\", \"window\": \"PT1H\", \"minRows\": 50}");

        var requestId = "rest-" + UUID.randomUUID();
        mdt.api()
                .header("X-Request-Id", requestId)
                .body("{\"from\": \"" + hour + "\", \"to\": \"" + hour.plus(Duration.ofHours(1)) + "\"}")
                .post("/monitors/" + monitor + "/backfill")
                .then()
                .statusCode(200)
                .header("X-Request-Id", requestId);
        mdt.awaitRuns(monitor, runs -> Mdt.count(runs, "DONE") == 1);
        var evaluated = logLines("\"correlationId\":\"" + requestId + "\"", "Evaluated run");
        assertThat(evaluated)
                .as("the evaluation's log line, as JSON, under the request's id")
                .hasSize(1);
        assertThat(evaluated.get(0))
                .startsWith("{")
                .contains("\"LoggerName\":\"io.mdt.monitoring.boundary.Evaluations\"");

        mdt.api().get("/models").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        mdt.api()
                .header("X-Request-Id", "two words")
                .get("/models")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));

        var messageId = "jms-" + UUID.randomUUID();
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "mdtCorrelationId", messageId);
            var message = broker.createBytesMessage(
                    "[{\"predictionId\": \"dead\", \"features\": {}}]".getBytes(StandardCharsets.UTF_8));
            message.setStringProperty("model", model);
            message.setStringProperty("version", "v1");
            message.setStringProperty("mdtCorrelationId", messageId);
            broker.send("mdt.predictions", message);
            assertThat(deadLetters.receive(30_000))
                    .as("the dead letter of the message's refused record, under the message's id")
                    .isNotNull();
        }
    }
}
