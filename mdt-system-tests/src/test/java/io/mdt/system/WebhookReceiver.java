package io.mdt.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP endpoint that stands in for a webhook receiver: it listens on a free port of
 * 127.0.0.1, records every request (method, path with query, headers, body) and answers
 * each with the status set by {@link #answer} (200 at first), so a test can make it fail.
 * One per test: create it in a try-with-resources block and give MDT its {@link #url}.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; header names are matched without regard to case. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        /** The header's first value, or null when the request had none. */
        public String header(String name) {
            var values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private int status = 200;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::record);
        server.start();
    }

    /** The base URL, {@code http://127.0.0.1:<port>}; any path below it is accepted. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The status of every answer from now on, e.g. 500 or 503 to simulate a failing receiver. */
    public synchronized void answer(int status) {
        this.status = status;
    }

    /** The requests received so far, oldest first. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until at least {@code count} requests have arrived and returns all of them; fails,
     * listing what came, when the timeout passes first.
     */
    public synchronized List<Request> await(int count, Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (requests.size() < count) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " webhook request(s) within " + timeout + ", got "
                        + requests.size() + ": " + requests);
            }
            wait(left);
        }
        return List.copyOf(requests);
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer;
            synchronized (this) {
                requests.add(new Request(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().toString(),
                        Collections.unmodifiableMap(headers),
                        body));
                answer = status;
                notifyAll();
            }
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
