package io.mdt.system;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}) in a process of
 * its own, on a free port of 127.0.0.1, with a temporary configuration whose only receiver
 * sends nowhere and no cluster port, so that tests read what it holds through its API.
 * {@link #start} returns once it is ready; a test is skipped, not failed, when the command is
 * not installed ({@code .ci/run} installs it). {@link #close} stops exactly this process and
 * removes its folder; a shutdown hook does the same should the JVM end
 * first. One per test or test class: alerts sent to one are seen by no other.
 */
public final class Alertmanager implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final String CONFIGURATION = """
            route:
              receiver: "null"
            receivers:
              - name: "null"
            """;

    private final LocalServer server;

    private Alertmanager(LocalServer server) {
        this.server = server;
    }

    /** Starts one and waits until it is ready; skips the calling test when the command is absent. */
    public static Alertmanager start() throws IOException, InterruptedException {
        var folder = Files.createTempDirectory("alertmanager");
        var configuration = Files.writeString(folder.resolve("alertmanager.yml"), CONFIGURATION);
        var storage = Files.createDirectory(folder.resolve("data"));
        return new Alertmanager(LocalServer.start(
                "prometheus-alertmanager",
                folder,
                port -> List.of(
                        "--config.file=" + configuration,
                        "--storage.path=" + storage,
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address="),
                READY_TIMEOUT));
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, as MDT is to be given it. */
    public String url() {
        return server.url();
    }

    /**
     * The alerts it holds now ({@code GET /api/v2/alerts}), each as the API's JSON object:
     * {@code labels}, {@code annotations}, {@code startsAt}, {@code endsAt}, {@code status}
     * with {@code state}, {@code silencedBy} and {@code inhibitedBy}, and so on.
     */
    public List<Map<String, Object>> alerts() throws IOException, InterruptedException {
        var response = server.get("/api/v2/alerts");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/v2/alerts answered " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body()).getList("$");
    }

    /** The alerts once {@code done} holds for them, asked for every 200 ms until the timeout. */
    public List<Map<String, Object>> awaitAlerts(Predicate<List<Map<String, Object>>> done, Duration timeout)
            throws IOException, InterruptedException {
        var deadline = Instant.now().plus(timeout);
        var alerts = alerts();
        while (!done.test(alerts)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "Alertmanager's alerts did not turn out as expected within " + timeout + ": " + alerts);
            }
            Thread.sleep(200);
            alerts = alerts();
        }
        return alerts;
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
