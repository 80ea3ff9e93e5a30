package io.mdt.system;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real Prometheus (Debian's {@code prometheus}) in a process of its own, on a free port of
 * 127.0.0.1, scraping one MDT every second with the given rule file, its storage in a temporary
 * folder; tests read what it scraped and evaluated through its HTTP API. It starts, is skipped
 * when not installed and stops as {@link LocalServer} says.
 */
public final class Prometheus implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final LocalServer server;

    private Prometheus(LocalServer server) {
        this.server = server;
    }

    /**
     * @param target MDT's {@code host:port}
     * @param rules a Prometheus rule file, copied beside the configuration
     */
    public static Prometheus start(String target, Path rules) throws IOException, InterruptedException {
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
        var storage = Files.createDirectory(folder.resolve("data"));
        return new Prometheus(LocalServer.start(
                "prometheus",
                folder,
                port -> List.of(
                        "--config.file=" + configuration,
                        "--storage.tsdb.path=" + storage,
                        "--web.listen-address=127.0.0.1:" + port),
                READY_TIMEOUT));
    }

    /** The instant vector of a PromQL query now, each sample as the API gives it: {@code metric}, {@code value}. */
    public List<Map<String, Object>> query(String promql) throws IOException, InterruptedException {
        var response = server.get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
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
                        + samples + "\n" + server.log());
            }
            Thread.sleep(500);
            samples = query(promql);
        }
        return samples;
    }

    /** The rules it evaluates, each with its {@code name} and {@code health}. */
    public List<Map<String, Object>> rules() throws IOException, InterruptedException {
        return JsonPath.from(server.get("/api/v1/rules").body()).getList("data.groups.rules.flatten()");
    }

    /** A sample's value as a number. */
    public static double value(Map<String, Object> sample) {
        return Double.parseDouble(((List<?>) sample.get("value")).get(1).toString());
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
