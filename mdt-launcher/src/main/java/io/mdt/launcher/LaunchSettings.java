package io.mdt.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Everything the stack needs to start, read from environment variables (documented in
 * docs/configuration.md) so the same settings work for the run script, a service manager
 * and a container.
 *
 * @param home the data folder: database, broker journal, Payara domain, logs
 * @param payaraZip the Payara Server distribution downloaded by Maven
 * @param ear the application archive
 * @param rar the Artemis resource adapter archive
 * @param bindAddress the interface the embedded database and broker listen on
 * @param database an external database, or empty for the embedded one on {@code dbPort}
 * @param broker an external broker, or empty for the embedded one on {@code brokerPort}
 * @param serverHeap the application server's maximum heap, in JVM syntax ({@code 1g})
 * @param evaluationWorkers how many evaluations one server runs in parallel
 * @param ingestionConsumers how many messages of each ingestion queue one server takes in parallel
 * @param durableDatabase whether the embedded database flushes every commit to disk before
 *     answering ({@code MDT_DB_DURABILITY}); off only for throwaway benchmark or test data
 * @param mail the SMTP server of the mail session {@code mail/mdt}
 * @param dashboardUrl the dashboard's base URL as users reach it, for links in alerts:
 *     {@code MDT_DASHBOARD_URL}, or else {@link #localDashboardUrl} of this start
 * @param adminBindAddress the interface the admin console and asadmin listen on
 *     ({@code MDT_ADMIN_BIND_ADDRESS}), loopback unless opened on purpose
 * @param identity the OpenID Connect provider whose tokens MDT accepts, if any: external, or a
 *     Keycloak run by the launcher
 * @param instances how many Payara instances run MDT ({@code MDT_INSTANCES}, {@code ./mdt run
 *     --instances N}): 1, the DAS itself; more, a deployment group beside the DAS, instance
 *     {@code k} (from 1) on {@code httpPort + k - 1} and {@code httpsPort + k - 1}
 */
public record LaunchSettings(
        Path home,
        Path payaraZip,
        Path ear,
        Path rar,
        String bindAddress,
        int httpPort,
        int httpsPort,
        int adminPort,
        int dbPort,
        int brokerPort,
        Optional<DatabaseAddress> database,
        Optional<BrokerAddress> broker,
        String serverHeap,
        int evaluationWorkers,
        int ingestionConsumers,
        boolean durableDatabase,
        MailSettings mail,
        String dashboardUrl,
        String adminBindAddress,
        IdentitySettings identity,
        int instances) {

    /** Sessions of the listeners whose parallelism is not a setting: 8 + 4 + 4 + 2 + 1. */
    private static final int FIXED_LISTENER_SESSIONS = 19;

    /** Enough for the machines this launcher runs on; a bigger cluster spans machines (docs/operations.md). */
    static final int MAX_INSTANCES = 8;

    private static final Set<String> LOCAL_OR_ANY = Set.of("localhost", "0.0.0.0", "::", "::1");

    /** Reads the settings from the environment, without a Keycloak distribution to run; archives come from the caller. */
    public static LaunchSettings from(Map<String, String> env, Path payaraZip, Path ear, Path rar) {
        return from(env, payaraZip, Path.of("keycloak.zip"), ear, rar);
    }

    /** Reads the settings from the environment; archives and distributions come from the caller. */
    public static LaunchSettings from(Map<String, String> env, Path payaraZip, Path keycloakZip, Path ear, Path rar) {
        var vars = new EnvironmentVariables(env);
        var home = Path.of(vars.text(
                "MDT_HOME", Path.of(System.getProperty("user.home"), ".mdt").toString()));
        Optional<DatabaseAddress> database = vars.optional("MDT_DB_URL")
                .map(url -> new DatabaseAddress(
                        url,
                        vars.text("MDT_DB_USER", "mdt"),
                        vars.optional("MDT_DB_PASSWORD").orElse("")));
        Optional<BrokerAddress> broker = vars.optional("MDT_BROKER_URL")
                .map(url -> BrokerAddress.parse(
                        url,
                        vars.optional("MDT_BROKER_USER").orElse(null),
                        vars.optional("MDT_BROKER_PASSWORD").orElse(null)));
        var bindAddress = vars.text("MDT_BIND_ADDRESS", "127.0.0.1");
        var httpPort = vars.port("MDT_HTTP_PORT", 8080);
        return new LaunchSettings(
                home.toAbsolutePath(),
                payaraZip,
                ear,
                rar,
                bindAddress,
                httpPort,
                vars.port("MDT_HTTPS_PORT", 8181),
                vars.port("MDT_ADMIN_PORT", 4848),
                vars.port("MDT_DB_PORT", 15432),
                vars.port("MDT_BROKER_PORT", 61616),
                database,
                broker,
                vars.text("MDT_SERVER_HEAP", "1g"),
                vars.count("MDT_EVALUATION_WORKERS", 2),
                vars.count("MDT_INGESTION_CONSUMERS", 4),
                vars.onOff("MDT_DB_DURABILITY", true),
                MailSettings.from(vars),
                vars.optional("MDT_DASHBOARD_URL")
                        .map(LaunchSettings::checkedDashboardUrl)
                        .orElseGet(() -> localDashboardUrl(bindAddress, httpPort)),
                vars.ipAddress("MDT_ADMIN_BIND_ADDRESS", "127.0.0.1"),
                IdentitySettings.from(vars, keycloakZip),
                vars.whole("MDT_INSTANCES", 1, 1, MAX_INSTANCES, "a whole number"));
    }

    /**
     * The dashboard's URL on this machine: the bind address when it names one interface, or
     * {@code localhost} when it is a loopback or the wildcard, which no browser can open.
     */
    public static String localDashboardUrl(String bindAddress, int httpPort) {
        String host;
        if (LOCAL_OR_ANY.contains(bindAddress) || bindAddress.startsWith("127.")) {
            host = "localhost";
        } else {
            host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        }
        return "http://" + host + ":" + httpPort;
    }

    private static String checkedDashboardUrl(String url) {
        try {
            var uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException malformed) {
            // reported below with the variable's name
        }
        throw new InvalidSettingException(
                "MDT_DASHBOARD_URL must be an http:// or https:// URL like https://mdt.example.com, got '" + url + "'");
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Whether a deployment group of instances runs MDT, rather than the DAS alone. */
    public boolean clustered() {
        return instances > 1;
    }

    /** The base URL of each server that runs MDT: the first is {@link #baseUrl}. */
    public List<String> serverUrls() {
        return IntStream.rangeClosed(1, instances).mapToObj(this::instanceUrl).toList();
    }

    /** Where instance {@code k} (from 1) of a deployment group answers on this machine. */
    public String instanceUrl(int k) {
        return "http://localhost:" + (httpPort + k - 1);
    }

    /**
     * The admin console's URL on this machine. Once the listener is opened beyond loopback,
     * secure administration is on, and the console answers HTTPS only.
     */
    public String adminUrl() {
        var host = adminHost().contains(":") ? "[" + adminHost() + "]" : adminHost();
        return (adminLoopbackOnly() ? "http" : "https") + "://" + host + ":" + adminPort;
    }

    /** Where this machine reaches the admin listener: {@code localhost}, unless it listens on one other interface only. */
    String adminHost() {
        return adminLoopbackOnly() || "0.0.0.0".equals(adminBindAddress) || "::".equals(adminBindAddress)
                ? "localhost"
                : adminBindAddress;
    }

    /**
     * Threads of the broker client's pool, which runs every listener session's deliveries: one
     * for each session (the evaluation workers, two ingestion queues' consumers, and the fixed
     * sessions of the notification, alert, model command, MLflow and retraining listeners)
     * plus room for sends. The client's default, eight per core, is fewer than the sessions on
     * a small machine, so a few slow deliveries (an unreachable webhook) would hold up the
     * others' (an evaluation) while they last.
     */
    int brokerClientThreads() {
        return FIXED_LISTENER_SESSIONS + evaluationWorkers + 2 * ingestionConsumers + 16;
    }

    /** Whether only this machine reaches the admin listener. */
    boolean adminLoopbackOnly() {
        return adminBindAddress.startsWith("127.") || "::1".equals(adminBindAddress);
    }
}
