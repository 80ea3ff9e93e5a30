package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.launcher.IdentitySettings;
import io.mdt.launcher.LaunchSettings;
import io.mdt.launcher.Launcher;
import io.mdt.launcher.MailSettings;
import io.mdt.launcher.Ports;
import io.mdt.launcher.Stack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * MDT as a Payara deployment group of two instances beside the DAS ({@code MDT_INSTANCES=2},
 * what {@code ./mdt run --instances 2} starts), on its own embedded PostgreSQL and Artemis,
 * every instance called directly. Proves what the cluster promises with real processes: a
 * read model cached on one instance is read on the other and evicted from both by a change on
 * either; evaluations are taken by the message-driven beans of both; after a kill -9 of an
 * instance during ingestion and evaluations nothing acknowledged is lost, no window is
 * evaluated twice, its timers fire on the survivor, and no timer fires twice.
 */
class ClusterIT {

    private static final Pattern WINDOWS_EVALUATED =
            Pattern.compile("(?m)^mdt_windows_evaluated_total\\{[^}]*} ([0-9.E]+)");

    private static Stack stack;
    private static Mdt first;
    private static Mdt second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Launcher.quietLogging();
        var home = Path.of(System.getProperty("mdt.test.home") + "-cluster");
        deleteRecursively(home);
        int http = consecutiveFreePorts();
        int https = consecutiveFreePorts();
        var ports = Ports.free(3, List.of(http, http + 1, https, https + 1));
        var settings = new LaunchSettings(
                home,
                Path.of(System.getProperty("mdt.payara.zip")),
                Path.of(System.getProperty("mdt.ear")),
                Path.of(System.getProperty("mdt.rar")),
                "127.0.0.1",
                http,
                https,
                ports[0],
                ports[1],
                ports[2],
                Optional.empty(),
                Optional.empty(),
                "1g",
                2,
                4,
                true,
                MailSettings.unauthenticated("localhost", 25, "mdt@localhost"),
                LaunchSettings.localDashboardUrl("127.0.0.1", http),
                "127.0.0.1",
                IdentitySettings.none(),
                2);
        stack = Stack.start(settings, System.out::println, reason -> System.err.println("cluster: " + reason));
        var password = Files.readString(stack.initialAdminPasswordFile()).strip();
        var key = Mdt.createKey(
                RestAssured.given()
                        .baseUri(settings.baseUrl())
                        .basePath("/api/v1")
                        .auth()
                        .preemptive()
                        .basic(Mdt.ADMIN, password)
                        .contentType(ContentType.JSON),
                "cluster tests",
                "mdt-admin",
                null);
        var urls = settings.serverUrls();
        first = new Mdt(urls.get(0), stack.broker().url(), stack.database(), home.resolve("secrets"), password, key);
        second = new Mdt(urls.get(1), stack.broker().url(), stack.database(), home.resolve("secrets"), password, key);
    }

    /** Both instances up, also after a test that killed one and failed before the launcher brought it back. */
    @BeforeEach
    void bothInstancesServe() {
        stack.awaitReady();
    }

    @AfterAll
    static void stopTheCluster() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aModelListCachedOnOneInstanceIsReadOnTheOtherAndAChangeOnEitherEvictsItEverywhere() {
        var model = Mdt.uniqueName("cached");
        long id = first.createModel(model, "REGRESSION");
        assertThat(description(first, model)).isNull();

        first.execute("UPDATE monitored_model SET description = 'behind the cache' WHERE name = '" + model + "'");
        assertThat(description(second, model))
                .as("the page cached by the first instance, served by the second from the data grid")
                .isNull();

        second.api()
                .body("{\"name\": \"" + model
                        + "\", \"taskType\": \"REGRESSION\", \"description\": \"changed on the second\"}")
                .put("/models/" + id)
                .then()
                .statusCode(200);
        assertThat(description(first, model))
                .as("a change on the second instance evicts the first instance's page too")
                .isEqualTo("changed on the second");
    }

    @Test
    void aDashboardSessionStartedOnOneInstanceIsServedByTheOtherAndEndedEverywhere() throws Exception {
        var engineer = first.createUser("mdt-engineer");
        var browser = Chromium.start();
        try {
            Chromium.signIn(browser, first.baseUrl(), engineer, Mdt.password(engineer));
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(second.baseUrl() + "/models.xhtml");
            wait.until(driver ->
                    "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));

            assertThat(browser.getCurrentUrl())
                    .as("the second instance knows the session the first one signed in")
                    .startsWith(second.baseUrl() + "/models.xhtml");
            assertThat(browser.findElement(By.id("caller")).getText()).isEqualTo(engineer);

            browser.findElement(By.id("sessionForm:signOut")).click();
            wait.until(driver -> driver.getCurrentUrl().contains("/login.xhtml"));
            browser.get(first.baseUrl() + "/models.xhtml");
            wait.until(driver -> driver.getCurrentUrl().contains("/login.xhtml"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void evaluationsAreTakenByTheMessageDrivenBeansOfBothInstances() throws Exception {
        var before = List.of(windowsEvaluated(first), windowsEvaluated(second));
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(48));
        var model = first.createSyntheticModel(
                Mdt.uniqueName("clustered"), new SyntheticStream(41, Set.of(), Instant.MAX), 500);
        var stream = new SyntheticStream(42, Set.of(), Instant.MAX);
        first.api()
                .body(stream.batch("e", 0, 4_800, start, Duration.ofSeconds(36)))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200);
        long monitor = first.createMonitor(
                model, "{\"name\": \"hourly\", \"cron\": \"0 0 1 1 *\", \"window\": \"PT1H\", \"minRows\": 50}");

        first.api()
                .body("{\"from\": \"" + start + "\", \"to\": \"" + start.plus(Duration.ofHours(48)) + "\"}")
                .post("/monitors/" + monitor + "/backfill")
                .then()
                .statusCode(200);
        var runs = first.awaitRuns(monitor, all -> all.size() == 48 && Mdt.count(all, "DONE") == 48);

        assertThat(runs).hasSize(48);
        assertThat(windowsEvaluated(first) - before.get(0))
                .as("windows evaluated by the first instance")
                .isPositive();
        assertThat(windowsEvaluated(second) - before.get(1))
                .as("windows evaluated by the second instance")
                .isPositive();
    }

    @Test
    void killingAnInstanceDuringIngestionAndEvaluationsLosesNothingAndItsTimersFireOnTheSurvivor() throws Exception {
        var model = first.createSyntheticModel(
                Mdt.uniqueName("clustered"), new SyntheticStream(51, Set.of(), Instant.MAX), 500);
        long monitor = first.createMonitor(
                model, "{\"name\": \"by-count\", \"interval\": \"PT2S\", \"windowRows\": 100, \"minRows\": 10}");
        assertThat(timerOwners(monitor)).containsExactly("mdt-1");
        long beatsBefore = heartbeats();
        var measuredFrom = Instant.now();

        var stream = new SyntheticStream(52, Set.of(), Instant.MAX);
        var acknowledged = new HashSet<String>();
        var start = Instant.now().minus(Duration.ofHours(1));
        var instances = List.of(first, second);
        long killed = 0;
        var killedAt = Instant.EPOCH;
        int batches = 150;
        for (int batch = 0; batch < batches; batch++) {
            if (batch == batches / 3) {
                killed = stack.serverPids().get(0);
                ProcessHandle.of(killed).orElseThrow().destroyForcibly();
                killedAt = Instant.now();
            }
            var body = stream.batch("k" + batch + "-", 0, 100, start.plusSeconds(batch * 10L), Duration.ofMillis(100));
            var sentTo = instances.get(batch % 2);
            if (!send(sentTo, model, body)) {
                assertThat(send(instances.get((batch + 1) % 2), model, body))
                        .as("batch %d, refused by the instance that was killed, taken by the other", batch)
                        .isTrue();
            }
            for (int i = 0; i < 100; i++) {
                acknowledged.add("k" + batch + "-" + i);
            }
        }
        var owners = awaitTimerOwners(monitor, Set.of("mdt-2"));
        System.out.printf(
                "cluster: monitor timer owned by %s, checked %d ms after the kill of pid %d%n",
                owners, Duration.between(killedAt, Instant.now()).toMillis(), killed);
        var runs = second.awaitRuns(monitor, all -> all.size() >= batches && Mdt.count(all, "DONE") == all.size());

        assertThat(first.count("SELECT count(*) FROM mdt_data.predictions_" + versionId(model) + "_keys"))
                .as("every acknowledged prediction stored once")
                .isEqualTo(acknowledged.size());
        assertThat(first.ids("SELECT prediction_id FROM mdt_data.predictions_" + versionId(model)))
                .isEqualTo(acknowledged);
        var windows = new ArrayList<Object>();
        runs.forEach(run -> windows.add(run.get("windowIndex")));
        assertThat(new HashSet<>(windows)).as("no window evaluated twice").hasSameSizeAs(windows);
        assertThat(first.count("SELECT count(*) FROM evaluation_run WHERE monitor_id = " + monitor))
                .isEqualTo(runs.size());
        long seconds = Duration.between(measuredFrom, Instant.now()).toSeconds();
        assertThat(heartbeats() - beatsBefore)
                .as("the ten-second heartbeat timer fired once per schedule across the group in %d s", seconds)
                .isBetween(seconds / 10 - 2, seconds / 10 + 1);
        stack.awaitReady();
        assertThat(stack.serverPids().get(0))
                .as("the killed instance, restarted")
                .isNotEqualTo(killed);
    }

    private static boolean send(Mdt instance, String model, String body) {
        try {
            return instance.api()
                            .body(body)
                            .post("/models/" + model + "/versions/v1/predictions")
                            .statusCode()
                    == 200;
        } catch (Exception refusedOrReset) {
            return false;
        }
    }

    private static String description(Mdt instance, String model) {
        List<Map<String, Object>> items = instance.api()
                .get("/models?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return (String) items.stream()
                .filter(item -> model.equals(item.get("name")))
                .findFirst()
                .orElseThrow()
                .get("description");
    }

    private static long versionId(String model) {
        return first.count("SELECT v.id FROM model_version v JOIN monitored_model m ON m.id = v.model_id"
                + " WHERE m.name = '" + model + "'");
    }

    /** The instances owning this monitor's persistent timers (its id is serialized in the row's blob). */
    private static List<String> timerOwners(long monitor) {
        return new ArrayList<>(first.ids(
                "SELECT \"OWNERID\" FROM \"EJB__TIMER__TBL\" WHERE position('\\x7870%016x'::bytea IN \"BLOB\") > 0"
                        .formatted(monitor)));
    }

    private static Set<String> awaitTimerOwners(long monitor, Set<String> expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        var owners = Set.copyOf(timerOwners(monitor));
        while (!owners.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            owners = Set.copyOf(timerOwners(monitor));
        }
        assertThat(owners).as("owners of the monitor's timer").isEqualTo(expected);
        return owners;
    }

    private static long heartbeats() {
        return first.count("SELECT run_count FROM timer_heartbeat WHERE name = 'platform'");
    }

    private static double windowsEvaluated(Mdt instance) {
        var metrics = instance.root().get("/metrics").asString();
        var matcher = WINDOWS_EVALUATED.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    /** The first of two consecutive free ports, as the instances' HTTP (or HTTPS) listeners take them. */
    private static int consecutiveFreePorts() {
        while (true) {
            int port = Ports.free();
            if (Ports.isFree(port + 1)) {
                return port;
            }
        }
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
