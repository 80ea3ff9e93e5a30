package io.mdt.system;

import io.mdt.launcher.Ports;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}) in a process of
 * its own, on a free port of 127.0.0.1, with a temporary configuration whose only receiver
 * sends nowhere and no cluster port, so that tests read what it holds through its API.
 * {@link #start} returns once {@code /-/ready} answers; a test is skipped, not failed, when
 * the command is not installed ({@code .ci/run} installs it). {@link #close} stops exactly
 * this process and removes its folder; a shutdown hook does the same should the JVM end
 * first. One per test or test class: alerts sent to one are seen by no other.
 */
public final class Alertmanager implements AutoCloseable {

    private static final String COMMAND = "prometheus-alertmanager";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final String CONFIGURATION = """
            route:
              receiver: "null"
            receivers:
              - name: "null"
            """;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path folder;
    private final int port;
    private final Thread stopOnExit;

    private Alertmanager(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts one and waits until it is ready; skips the calling test when the command is absent. */
    public static Alertmanager start() throws IOException, InterruptedException {
        var command = onPath(COMMAND);
        Assumptions.assumeTrue(
                command.isPresent(),
                COMMAND + " is not installed: apt-get install prometheus-alertmanager (.ci/run does)");
        var folder = Files.createTempDirectory("alertmanager");
        var configuration = Files.writeString(folder.resolve("alertmanager.yml"), CONFIGURATION);
        var storage = Files.createDirectory(folder.resolve("data"));
        int port = Ports.free();
        var process = new ProcessBuilder(
                        command.get().toString(),
                        "--config.file=" + configuration,
                        "--storage.path=" + storage,
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address=")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("alertmanager.log").toFile())
                .start();
        var alertmanager = new Alertmanager(process, folder, port);
        try {
            alertmanager.awaitReady();
            return alertmanager;
        } catch (RuntimeException | InterruptedException e) {
            alertmanager.close();
            throw e;
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, as MDT is to be given it. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * The alerts it holds now ({@code GET /api/v2/alerts}), each as the API's JSON object:
     * {@code labels}, {@code annotations}, {@code startsAt}, {@code endsAt}, {@code status}
     * with {@code state}, {@code silencedBy} and {@code inhibitedBy}, and so on.
     */
    public List<Map<String, Object>> alerts() throws IOException, InterruptedException {
        var response = get("/api/v2/alerts");
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
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, harmlessly, on a process already stopped
        }
        deleteRecursively(folder);
    }

    private void awaitReady() throws InterruptedException {
        var deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(COMMAND + " exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // asked again below
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(COMMAND + " was not ready within " + READY_TIMEOUT + ": " + log());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("alertmanager.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
