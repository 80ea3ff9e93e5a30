package io.mdt.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The real state of each part of a running MDT, checked from outside the launcher: a live
 * launcher process says nothing about whether its server still answers. The application
 * server must run and answer {@code /health/ready} with the application's own checks UP;
 * the database must accept a login and a query; the broker must accept a connection.
 */
final class StackStatus {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private StackStatus() {}

    static List<ComponentState> check(LaunchSettings settings) {
        var states = new ArrayList<ComponentState>();
        int instances = DeploymentGroup.instancesOnDisk(settings.home());
        if (instances > 0) {
            for (int k = 1; k <= instances; k++) {
                int instance = k;
                states.add(applicationServer(
                        "Payara instance " + DeploymentGroup.instanceName(k),
                        () -> DeploymentGroup.pid(settings.home(), instance),
                        settings.instanceUrl(k)));
            }
        } else {
            states.add(applicationServer(
                    "Payara Server", () -> PayaraDomain.serverPid(settings.home()), settings.baseUrl()));
        }
        states.add(database(settings));
        states.add(broker(settings));
        if (settings.identity().embeddedKeycloak()) {
            states.add(keycloak(settings));
        }
        return states;
    }

    private static ComponentState applicationServer(String name, LongSupplier readPid, String baseUrl) {
        long pid;
        try {
            pid = readPid.getAsLong();
        } catch (LaunchException noPidFile) {
            return ComponentState.notReady(name, "no pid file: " + noPidFile.getMessage());
        }
        if (!running(pid)) {
            return ComponentState.notReady(name, "process " + pid + " is not running");
        }
        var url = baseUrl + "/health/ready";
        try {
            var response = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            var answer = "pid " + pid + ", " + url + " answered " + response.statusCode();
            return Readiness.isReady(response.statusCode(), response.body())
                    ? ComponentState.ready(name, answer + " UP")
                    : ComponentState.notReady(name, answer + ": " + response.body());
        } catch (IOException e) {
            return ComponentState.notReady(name, "pid " + pid + " runs, but " + url + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentState.notReady(name, "interrupted");
        }
    }

    private static ComponentState database(LaunchSettings settings) {
        var external = settings.database();
        var name = external.isPresent() ? "PostgreSQL (external)" : "PostgreSQL (embedded)";
        var address = external.orElseGet(() -> embeddedAddress(settings));
        var process = "";
        if (external.isEmpty()) {
            var pid = EmbeddedDatabase.postmasterPid(settings.home());
            if (pid < 0 || !running(pid)) {
                return ComponentState.notReady(name, "the postmaster is not running");
            }
            process = "pid " + pid + ", ";
        }
        try (var connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                var statement = connection.createStatement()) {
            statement.setQueryTimeout((int) TIMEOUT.toSeconds());
            statement.executeQuery("SELECT 1").close();
            return ComponentState.ready(name, process + "accepts connections at " + address.jdbcUrl());
        } catch (SQLException e) {
            return ComponentState.notReady(name, process + address.jdbcUrl() + " refused: " + e.getMessage());
        }
    }

    private static ComponentState broker(LaunchSettings settings) {
        var broker = settings.broker()
                .orElseGet(() -> new BrokerAddress(settings.bindAddress(), settings.brokerPort(), null, null));
        var name = settings.broker().isPresent() ? "Artemis (external)" : "Artemis (embedded)";
        var host = "0.0.0.0".equals(broker.host()) ? "127.0.0.1" : broker.host();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, broker.port()), (int) TIMEOUT.toMillis());
            return ComponentState.ready(name, "accepts connections at " + broker.url());
        } catch (IOException e) {
            return ComponentState.notReady(name, broker.url() + " refused: " + e.getMessage());
        }
    }

    /** The embedded Keycloak is ready when MDT's realm serves its discovery document. */
    private static ComponentState keycloak(LaunchSettings settings) {
        var name = "Keycloak (embedded)";
        var url = EmbeddedKeycloak.url(settings.identity().keycloakPort()) + "/realms/" + EmbeddedKeycloak.REALM
                + "/.well-known/openid-configuration";
        try {
            var status = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200
                    ? ComponentState.ready(name, url + " answered 200")
                    : ComponentState.notReady(name, url + " answered " + status);
        } catch (IOException e) {
            return ComponentState.notReady(name, url + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentState.notReady(name, "interrupted");
        }
    }

    private static DatabaseAddress embeddedAddress(LaunchSettings settings) {
        try {
            var password = Files.readString(EmbeddedDatabase.applicationPasswordFile(settings.home()));
            return EmbeddedDatabase.address(settings, password.strip());
        } catch (IOException unreadable) {
            return EmbeddedDatabase.address(settings, "");
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
