package io.mdt.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until MDT itself is ready. Payara answers {@code /health/ready} with UP before the
 * application is loaded, so readiness counts only once the application's own database and
 * broker checks appear in the answer, UP, and the REST API answers too. After a restart the
 * server may still re-initialise a module for a moment once these first answer, so both must
 * hold for several polls in a row.
 */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final String[] APPLICATION_CHECKS = {"\"database\"", "\"broker\""};
    private static final int CONSECUTIVE_ANSWERS = 4;

    /**
     * What the API answers a call without credentials once the application serves it: Payara
     * answers 404 for an application not deployed yet, only MDT's own mechanism answers 401.
     */
    private static final int API_ASKS_FOR_CREDENTIALS = 401;

    private Readiness() {}

    static void await(String baseUrl, Duration timeout) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        var api = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me"))
                .timeout(Duration.ofSeconds(10))
                .build();
        var deadline = Instant.now().plus(timeout);
        var last = "no answer";
        int answers = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = client.send(health, HttpResponse.BodyHandlers.ofString());
                var apiStatus =
                        client.send(api, HttpResponse.BodyHandlers.discarding()).statusCode();
                boolean ready =
                        isReady(response.statusCode(), response.body()) && apiStatus == API_ASKS_FOR_CREDENTIALS;
                answers = ready ? answers + 1 : 0;
                if (answers == CONSECUTIVE_ANSWERS) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body() + "; API HTTP " + apiStatus;
            } catch (IOException notListeningYet) {
                answers = 0;
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for MDT to be ready", e);
            }
            sleep();
        }
        throw new LaunchException("MDT was not ready within " + timeout.toSeconds() + " s; last answer: " + last);
    }

    /** Whether one answer of {@code /health/ready} says the application itself is loaded and UP. */
    static boolean isReady(int status, String body) {
        return status == 200 && hasApplicationChecks(body);
    }

    private static boolean hasApplicationChecks(String body) {
        for (var check : APPLICATION_CHECKS) {
            if (!body.contains(check)) {
                return false;
            }
        }
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for MDT to be ready", e);
        }
    }
}
