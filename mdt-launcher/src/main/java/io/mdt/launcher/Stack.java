package io.mdt.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole of MDT on one machine, started in dependency order and stopped in reverse:
 * PostgreSQL, Artemis, the schema, Payara with the EAR (the DAS, and with {@code MDT_INSTANCES}
 * above one the instances of its {@link DeploymentGroup}). An embedded Keycloak is launched
 * first and starts meanwhile, in a process of its own, since nothing else needs it before
 * MDT is ready: only its issuer URL and client secret, which are known beforehand. Whatever
 * started is stopped again when a later step fails. Once ready, a {@link Supervisor}
 * restarts the server, the embedded database or the embedded Keycloak when one dies.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    private static final String DASHBOARD_URL_KEY = "mdt.dashboard.url";

    private final LaunchSettings settings;
    private final Consumer<String> progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<Supervised> supervised = new ArrayList<>();
    private final List<ApplicationServer> instances = new ArrayList<>();
    private DatabaseAddress database;
    private BrokerAddress broker;
    private EmbeddedKeycloak keycloak;
    private PayaraDomain domain;
    private ApplicationServer server;
    private Supervisor supervisor;

    private Stack(LaunchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Starts everything and returns once MDT answers ready; stops what started if a step fails.
     *
     * @param giveUp receives the reason if a process died and could not be restarted; the
     *     stack is then no longer watched, and the caller should close it
     */
    public static Stack start(LaunchSettings settings, Consumer<String> progress, Consumer<String> giveUp) {
        var stack = new Stack(settings, progress);
        try {
            stack.startAll();
            stack.supervise(giveUp);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void supervise(Consumer<String> giveUp) {
        if (settings.clustered()) {
            supervised.add(ApplicationServer.domain(domain, Optional.empty(), READY_TIMEOUT));
            var urls = settings.serverUrls();
            for (int k = 1; k <= settings.instances(); k++) {
                instances.add(ApplicationServer.instance(domain.group(), k, urls.get(k - 1), READY_TIMEOUT));
            }
        } else {
            instances.add(ApplicationServer.domain(domain, Optional.of(settings.baseUrl()), READY_TIMEOUT));
        }
        server = instances.get(0);
        supervised.addAll(instances);
        supervisor = new Supervisor(supervised, RestartPolicy.DEFAULT, CHECK_INTERVAL, progress, giveUp);
        started.push(supervisor);
        supervisor.start();
    }

    private void startAll() {
        checkPorts();
        var logs = createFolder(settings.home().resolve("logs"));
        if (settings.identity().embeddedKeycloak()) {
            keycloak = timed("Keycloak launch (embedded)", () -> {
                var launched = EmbeddedKeycloak.launch(settings, logs.resolve("keycloak.log"), progress);
                started.push(launched);
                return launched;
            });
        }
        database = settings.database()
                .orElseGet(() -> timed("PostgreSQL (embedded)", () -> {
                    var embedded = EmbeddedDatabase.start(settings, logs.resolve("postgres.log"));
                    started.push(embedded);
                    supervised.add(embedded);
                    return embedded.address();
                }));
        int migrations = timed("schema migrations", () -> SchemaMigration.migrate(database));
        progress.accept("  " + migrations + " migration(s) applied to " + database.jdbcUrl());
        broker = settings.broker()
                .orElseGet(() -> timed("Artemis broker (embedded)", () -> {
                    var credentials =
                            BrokerCredentials.readOrCreate(settings.home().resolve("secrets"));
                    started.push(EmbeddedBroker.start(
                            settings.home().resolve("broker"),
                            settings.bindAddress(),
                            settings.brokerPort(),
                            credentials));
                    return new BrokerAddress(
                            settings.bindAddress(),
                            settings.brokerPort(),
                            BrokerCredentials.SERVER,
                            credentials.server());
                }));
        var installation = timed(
                "Payara Server provisioning",
                () -> PayaraInstallation.provision(
                        settings.payaraZip(), settings.home().resolve("runtime")));
        var admin = AdminLogin.readOrCreate(settings.home().resolve("secrets"));
        domain = new PayaraDomain(settings, installation, logs.resolve("asadmin.log"), admin);
        timed("Payara domain configuration", () -> {
            domain.prepare(database, broker, oidcProvider());
            return null;
        });
        timed("Payara Server start", () -> {
            domain.start();
            started.push(domain::stop);
            return null;
        });
        if (settings.clustered()) {
            timed("Payara instances start (" + settings.instances() + ")", () -> {
                for (int k = 1; k <= settings.instances(); k++) {
                    int instance = k;
                    domain.group().start(instance);
                    started.push(() -> domain.group().stop(instance));
                }
                return null;
            });
        }
        var firstAdministrator = FirstAdministrator.needed(database, settings.home());
        timed("MDT configuration and deployment", () -> {
            firstAdministrator.ifPresent(
                    password -> domain.provideSecret(FirstAdministrator.PROPERTY, FirstAdministrator.ALIAS, password));
            domain.applyConfigProperties(configProperties());
            domain.deploy(settings.ear());
            return null;
        });
        timed("MDT readiness", () -> {
            settings.serverUrls().forEach(url -> Readiness.await(url, READY_TIMEOUT));
            return null;
        });
        if (keycloak != null) {
            timed("Keycloak readiness", () -> {
                keycloak.awaitReady();
                supervised.add(keycloak);
                return null;
            });
        }
        if (admin.generated()) {
            progress.accept(admin.firstStartNotice(System.console() != null));
        }
        if (firstAdministrator.isPresent() && FirstAdministrator.hasAccounts(database)) {
            progress.accept(FirstAdministrator.announcement(
                    settings.home(), firstAdministrator.get(), System.console() != null));
        }
    }

    /** Where the first administrator's generated password is kept, once MDT created that account. */
    public Path initialAdminPasswordFile() {
        return FirstAdministrator.file(settings.home());
    }

    /** The OpenID Connect provider the application server was told about, if any. */
    public Optional<OidcProvider> oidcProvider() {
        return keycloak != null
                ? Optional.of(keycloak.provider())
                : settings.identity().external();
    }

    /** The embedded Keycloak's address and secrets, if the launcher runs one. */
    public Optional<KeycloakAddress> keycloak() {
        return Optional.ofNullable(keycloak).map(EmbeddedKeycloak::address);
    }

    /**
     * Stops and starts the application server while the database and broker keep running, as
     * an operator's restart would; returns once MDT is ready again.
     */
    public void restartApplicationServer() {
        supervisor.pausedFor(server::restart);
    }

    /** Returns once MDT answers ready, for callers that broke something on purpose and wait for its repair. */
    public void awaitReady() {
        Readiness.await(settings.baseUrl(), READY_TIMEOUT);
    }

    /** The process id of the Payara Server running now that serves {@link LaunchSettings#baseUrl}. */
    public long applicationServerPid() {
        return server.pid();
    }

    /** The process ids of the servers that run MDT now, in the order of {@link LaunchSettings#serverUrls}. */
    public List<Long> serverPids() {
        return instances.stream().map(ApplicationServer::pid).toList();
    }

    /** The process id of the embedded database's postmaster running now, if the database is embedded. */
    public OptionalLong databasePid() {
        return supervised.stream()
                .filter(EmbeddedDatabase.class::isInstance)
                .mapToLong(Supervised::pid)
                .findFirst();
    }

    public LaunchSettings settings() {
        return settings;
    }

    public DatabaseAddress database() {
        return database;
    }

    public BrokerAddress broker() {
        return broker;
    }

    /** The URLs a user needs, in the order the run command prints them. */
    public Map<String, String> urls() {
        var base = settings.baseUrl();
        var urls = new LinkedHashMap<String, String>();
        urls.put("Dashboard", base + "/");
        urls.put("REST API", base + "/api/v1/models");
        urls.put("OpenAPI", base + "/openapi");
        urls.put("Health", base + "/health");
        if (settings.clustered()) {
            var servers = settings.serverUrls();
            for (int k = 1; k <= servers.size(); k++) {
                urls.put("Instance " + DeploymentGroup.instanceName(k), servers.get(k - 1) + "/");
            }
        }
        urls.put("Metrics", base + "/metrics");
        urls.put("Admin console", settings.adminUrl());
        urls.put("Broker", broker.url());
        urls.put("Database", database.jdbcUrl());
        if (keycloak != null) {
            urls.put("Keycloak", keycloak.address().url() + "/admin/");
        }
        oidcProvider().ifPresent(oidc -> urls.put("OIDC issuer", oidc.issuer()));
        return urls;
    }

    /** Stops Payara, then the broker, then the database, then Keycloak; reports but survives a failing step. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                progress.accept("  could not stop cleanly: " + e.getMessage());
            }
        }
    }

    private void checkPorts() {
        for (int k = 0; k < settings.instances(); k++) {
            Ports.requireFree(settings.httpPort() + k, k == 0 ? "MDT_HTTP_PORT" : "MDT_HTTP_PORT + " + k);
            Ports.requireFree(settings.httpsPort() + k, k == 0 ? "MDT_HTTPS_PORT" : "MDT_HTTPS_PORT + " + k);
        }
        Ports.requireFree(settings.adminPort(), "MDT_ADMIN_PORT");
        if (settings.database().isEmpty()) {
            Ports.requireFree(settings.dbPort(), "MDT_DB_PORT");
        }
        if (settings.broker().isEmpty()) {
            Ports.requireFree(settings.brokerPort(), "MDT_BROKER_PORT");
        }
        if (settings.identity().embeddedKeycloak()) {
            Ports.requireFree(settings.identity().keycloakPort(), "MDT_KEYCLOAK_PORT");
        }
    }

    /**
     * MicroProfile Config properties from {@code $MDT_HOME/config/mdt.properties}, if present,
     * and the dashboard's URL of this start, which the launcher knows best.
     */
    private Map<String, String> configProperties() {
        var file = settings.home().resolve("config/mdt.properties");
        var properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new LaunchException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        var result = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> result.put(key, properties.getProperty(key)));
        result.put(DASHBOARD_URL_KEY, settings.dashboardUrl());
        return result;
    }

    private <T> T timed(String step, Supplier<T> action) {
        long begin = System.nanoTime();
        var result = action.get();
        progress.accept(String.format("✔ %-34s %6.1f s", step, (System.nanoTime() - begin) / 1e9));
        return result;
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LaunchException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }
}
