package io.mdt.launcher;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A Keycloak server for a single machine, run from the distribution in its production mode
 * ({@code kc.sh start}) rather than its development mode, so that sessions, keys and users
 * survive restarts: plain HTTP on the loopback interface only, a fixed hostname (so the
 * issuer of every token is the URL MDT was told, however Keycloak was reached), a local cache
 * instead of a cluster, and an H2 file under {@code MDT_HOME/keycloak/data}. No health or
 * metrics endpoints, so no management port: readiness is the realm's own discovery document.
 *
 * <p>MDT's realm is imported on the first start. Its clients' secrets and the bootstrap
 * administrator's password are generated then and kept in {@code MDT_HOME/secrets} (mode 600);
 * Keycloak reads them from its environment, never from a file it keeps.
 */
final class EmbeddedKeycloak implements Supervised, AutoCloseable {

    static final String REALM = "mdt";
    static final String ADMIN = "admin";
    static final List<String> CONFIDENTIAL_CLIENTS = List.of("mdt-dashboard", "mdt-ingest", "mdt-automation");
    private static final String HOST = "127.0.0.1";
    private static final String HEAP = "-Xms64m -Xmx512m";
    /** The first start builds Keycloak's server image and imports the realm: about a minute on two cores. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final LaunchSettings settings;
    private final Path installation;
    private final Path log;
    private final KeycloakAddress address;
    private volatile Process process;

    private EmbeddedKeycloak(LaunchSettings settings, Path installation, Path log, KeycloakAddress address) {
        this.settings = settings;
        this.installation = installation;
        this.log = log;
        this.address = address;
    }

    /**
     * Starts Keycloak and returns without waiting, so that the rest of MDT starts meanwhile;
     * {@link #awaitReady} waits for it. On the first start, {@code progress} learns where the
     * administrator's password is, and the password itself when a person watches a terminal.
     */
    static EmbeddedKeycloak launch(LaunchSettings settings, Path log, Consumer<String> progress) {
        var home = settings.home();
        var adminPasswordFile = secret(home, "keycloak-admin.password");
        boolean firstStart = !Files.exists(adminPasswordFile);
        var secrets = new LinkedHashMap<String, String>();
        CONFIDENTIAL_CLIENTS.forEach(client ->
                secrets.put(client, PasswordFile.readOrCreate(secret(home, "keycloak-" + client + ".secret"))));
        var address = new KeycloakAddress(
                url(settings.identity().keycloakPort()),
                REALM,
                ADMIN,
                PasswordFile.readOrCreate(adminPasswordFile),
                Map.copyOf(secrets));
        var installation =
                KeycloakInstallation.provision(settings.identity().keycloakZip(), home.resolve("keycloak/runtime"));
        var keycloak = new EmbeddedKeycloak(settings, installation, log, address);
        keycloak.startProcess();
        if (firstStart) {
            progress.accept("  Keycloak administrator '" + ADMIN + "', password in " + adminPasswordFile
                    + (System.console() != null ? ": " + address.adminPassword() : ""));
        }
        return keycloak;
    }

    static String url(int port) {
        return "http://" + HOST + ":" + port;
    }

    KeycloakAddress address() {
        return address;
    }

    /** What the application server is told: this Keycloak's issuer and the dashboard's client. */
    OidcProvider provider() {
        return new OidcProvider(
                address.issuer(),
                IdentitySettings.DEFAULT_CLIENT_ID,
                address.clientSecrets().get(IdentitySettings.DEFAULT_CLIENT_ID),
                IdentitySettings.DEFAULT_AUDIENCE);
    }

    /** Returns once the realm's discovery document names the expected issuer; fails if Keycloak died or is late. */
    void awaitReady() {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = HttpRequest.newBuilder(URI.create(address.issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10))
                .build();
        var deadline = Instant.now().plus(READY_TIMEOUT);
        var last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                var response = client.send(discovery, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200
                        && response.body().contains("\"issuer\":\"" + address.issuer() + "\"")) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for Keycloak", e);
            }
            pause();
        }
        throw new LaunchException("Keycloak was not ready within " + READY_TIMEOUT.toMinutes()
                + " minutes; last answer: " + last + "; see " + log);
    }

    @Override
    public String name() {
        return "Keycloak (embedded)";
    }

    /** The process of {@code kc.sh}, which runs Keycloak's JVM as its child and ends with it. */
    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void restart() {
        stopProcess();
        startProcess();
        awaitReady();
    }

    @Override
    public void close() {
        stopProcess();
    }

    private void startProcess() {
        var port = settings.identity().keycloakPort();
        var command = new ArrayList<String>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                installation.resolve("bin/kc.sh").toString(),
                "start",
                "--http-enabled=true",
                "--http-host=" + HOST,
                "--http-port=" + port,
                "--hostname=" + url(port),
                "--cache=local",
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + settings.home().resolve("keycloak/data/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--health-enabled=false",
                "--metrics-enabled=false",
                "--import-realm"));
        var builder = new ProcessBuilder(command)
                .directory(installation.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectInput(Redirect.from(Path.of("/dev/null").toFile()));
        environment(builder.environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LaunchException("cannot start Keycloak: " + e.getMessage(), e);
        }
    }

    /**
     * Keycloak's own variables from the launcher's environment are dropped, so that only what
     * is set here shapes the server; the realm export's placeholders are filled from the rest.
     */
    private void environment(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", HEAP);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", address.adminPassword());
        env.put("MDT_DASHBOARD_URL", settings.dashboardUrl());
        env.put("MDT_DASHBOARD_CLIENT_SECRET", address.clientSecrets().get("mdt-dashboard"));
        env.put("MDT_INGEST_CLIENT_SECRET", address.clientSecrets().get("mdt-ingest"));
        env.put("MDT_AUTOMATION_CLIENT_SECRET", address.clientSecrets().get("mdt-automation"));
    }

    /**
     * Asks Keycloak's JVM to stop (SIGTERM) and waits for it, so that its database is closed
     * cleanly; the script ends with it. Whatever still runs after the timeout is killed.
     */
    private void stopProcess() {
        var running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        var processes = new ArrayList<>(running.descendants().toList());
        processes.add(running.toHandle());
        processes.forEach(ProcessHandle::destroy);
        var deadline = Instant.now().plus(STOP_TIMEOUT);
        for (var handle : processes) {
            try {
                handle.onExit()
                        .get(
                                Math.max(
                                        1,
                                        Duration.between(Instant.now(), deadline)
                                                .toMillis()),
                                TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (ExecutionException | TimeoutException stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    private static Path secret(Path home, String name) {
        return home.resolve("secrets").resolve(name);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for Keycloak", e);
        }
    }
}
