package io.mdt.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends requests exactly as given (bytes, content type, raw path) with a bound on the answer
 * time, and collects what breaks MDT's error contract: an answer later than the bound, a 5xx,
 * or an error that is not {@code application/problem+json}.
 */
final class RawRequests {

    /** How long any answer may take, however bad the request. */
    static final Duration BOUND = Duration.ofSeconds(30);

    record Answer(int status, String contentType, String body) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final String baseUrl;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> breaches = new ArrayList<>();
    private int sent;

    private final String authorization;

    RawRequests(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
    }

    /** Sends the request; a breach of the contract is recorded under the description. */
    Answer send(String method, String rawPath, String contentType, byte[] body, String description) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + rawPath))
                .timeout(BOUND)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        sent++;
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var answer = new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            if (answer.status() >= 500) {
                breach(description, method + " " + rawPath + " answered " + answer.status() + ": " + answer.body());
            } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                breach(
                        description,
                        method + " " + rawPath + " answered " + answer.status() + " as '" + answer.contentType() + "'");
            } else if (answer.status() < 200 || answer.status() >= 300 && answer.status() < 400) {
                breach(description, method + " " + rawPath + " answered " + answer.status());
            }
            return answer;
        } catch (IOException e) {
            breach(description, method + " " + rawPath + " got no answer within " + BOUND + ": " + e);
            return new Answer(-1, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void breach(String description, String what) {
        breaches.add(description + ": " + what);
    }

    List<String> breaches() {
        return breaches;
    }

    int sent() {
        return sent;
    }
}
