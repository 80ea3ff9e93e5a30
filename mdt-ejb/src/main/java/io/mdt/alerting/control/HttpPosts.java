package io.mdt.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * Posts JSON to a receiver within bounded time (5 s to connect, 10 s for the answer), and
 * turns anything but a 2xx answer into a {@link NotificationFailure} that says what happened.
 */
@ApplicationScoped
public class HttpPosts {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int QUOTED_ANSWER = 200;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public void post(String url, String json, Map<String, String> headers) throws NotificationFailure {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "MDT");
        headers.forEach(request::header);
        try {
            var response = client.send(
                    request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                var answer = response.body() == null ? "" : response.body().strip();
                throw new NotificationFailure("the receiver answered HTTP " + response.statusCode()
                        + (answer.isEmpty() ? "" : ": " + abbreviate(answer)));
            }
        } catch (HttpTimeoutException e) {
            throw new NotificationFailure("the receiver did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new NotificationFailure("cannot reach the receiver: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailure("interrupted while sending", e);
        }
    }

    private static String describe(IOException e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String abbreviate(String text) {
        return text.length() <= QUOTED_ANSWER ? text : text.substring(0, QUOTED_ANSWER) + "...";
    }
}
