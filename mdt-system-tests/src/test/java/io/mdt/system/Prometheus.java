package io.mdt.system;

import io.mdt.launcher.Ports;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus (Debian's {@code prometheus}) in a process of its own, on a free port of
 * 127.0.0.1, scraping one MDT every second with the given rule file, its storage in a temporary
 * folder; tests read what it scraped and evaluated through its HTTP API. {@link #start} returns
 * once {@code /-/ready} answers; a test is skipped, not failed, when the command is not
 * installed ({@code .ci/run} installs it). {@link #close} stops exactly this process and removes
 * its folder.
 */
public final class Prometheus implements AutoCloseable {

    private static final String COMMAND = "prometheus";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path folder;
    private final int port;

    private Prometheus(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /**
     * @param target MDT's {@code host:port}
     * @param rules a Prometheus rule file, copied beside the configuration
     */
    public static Prometheus start(String target, Path rules) throws IOException, InterruptedException {
        var command = Alertmanager.onPath(COMMAND);
        Assumptions.assumeTrue(
                command.isPresent(), COMMAND + " is not installed: apt-get install prometheus (.ci/run does)");
        var folder = Files.createTempDirectory("prometheus");
        Files.copy(rules, folder.resolve("rules.yml"));
        var configuration = Files.writeString(folder.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - rules.yml
                scrape_configs:
                  - job_name: mdt
                    metrics_path: /metrics
                    static_configs:
                      - targets: ["%s"]
                """.formatted(target));
        int port = Ports.free();
        var process = new ProcessBuilder(
                        command.get().toString(),
                        "--config.file=" + configuration,
                        "--storage.tsdb.path=" + Files.createDirectory(folder.resolve("data")),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("prometheus.log").toFile())
                .start();
        var prometheus = new Prometheus(process, folder, port);
        try {
            prometheus.awaitReady();
            return prometheus;
        } catch (RuntimeException | InterruptedException e) {
            prometheus.close();
            throw e;
        }
    }

    /** The instant vector of a PromQL query now, each sample as the API gives it: {@code metric}, {@code value}. */
    public List<Map<String, Object>> query(String promql) throws IOException, InterruptedException {
        var response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new AssertionError("query " + promql + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body()).getList("data.result");
    }

    /** The query's samples once {@code done} holds for them, asked every 500 ms until the timeout. */
    public List<Map<String, Object>> awaitQuery(
            String promql, Predicate<List<Map<String, Object>>> done, Duration timeout)
            throws IOException, InterruptedException {
        var deadline = Instant.now().plus(timeout);
        var samples = query(promql);
        while (!done.test(samples)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Prometheus did not answer " + promql + " as expected within " + timeout + ": "
                        + samples + "\n" + log());
            }
            Thread.sleep(500);
            samples = query(promql);
        }
        return samples;
    }

    /** The rules it evaluates, each with its {@code name} and {@code health}. */
    public List<Map<String, Object>> rules() throws IOException, InterruptedException {
        return JsonPath.from(get("/api/v1/rules").body()).getList("data.groups.rules.flatten()");
    }

    /** A sample's value as a number. */
    public static double value(Map<String, Object> sample) {
        return Double.parseDouble(((List<?>) sample.get("value")).get(1).toString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Alertmanager.deleteRecursively(folder);
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
            Thread.sleep(200);
        }
        throw new IllegalStateException(COMMAND + " was not ready within " + READY_TIMEOUT + ": " + log());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("prometheus.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
