package io.mdt.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole of MDT on one machine, started in dependency order and stopped in reverse:
 * PostgreSQL, Artemis, the schema, Payara with the EAR. Whatever started is stopped again
 * when a later step fails.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final LaunchSettings settings;
    private final Consumer<String> progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private DatabaseAddress database;
    private BrokerAddress broker;
    private PayaraDomain domain;

    private Stack(LaunchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts everything and returns once MDT answers ready; stops what started if a step fails. */
    public static Stack start(LaunchSettings settings, Consumer<String> progress) {
        var stack = new Stack(settings, progress);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        checkPorts();
        var logs = createFolder(settings.home().resolve("logs"));
        database = settings.database()
                .orElseGet(() -> timed("PostgreSQL (embedded)", () -> {
                    var embedded = EmbeddedDatabase.start(
                            settings.home().resolve("postgres"),
                            settings.bindAddress(),
                            settings.dbPort(),
                            logs.resolve("postgres.log"));
                    started.push(embedded);
                    return embedded.address();
                }));
        int migrations = timed("schema migrations", () -> SchemaMigration.migrate(database));
        progress.accept("  " + migrations + " migration(s) applied to " + database.jdbcUrl());
        broker = settings.broker()
                .orElseGet(() -> timed("Artemis broker (embedded)", () -> {
                    started.push(EmbeddedBroker.start(
                            settings.home().resolve("broker"), settings.bindAddress(), settings.brokerPort()));
                    return new BrokerAddress(settings.bindAddress(), settings.brokerPort(), null, null);
                }));
        var installation = timed(
                "Payara Server provisioning",
                () -> PayaraInstallation.provision(
                        settings.payaraZip(), settings.home().resolve("runtime")));
        domain = new PayaraDomain(settings, installation, logs.resolve("asadmin.log"));
        timed("Payara domain configuration", () -> {
            domain.prepare(database, broker);
            return null;
        });
        timed("Payara Server start", () -> {
            domain.start();
            started.push(domain::stop);
            return null;
        });
        timed("MDT configuration and deployment", () -> {
            domain.applyConfigProperties(configProperties());
            domain.deploy(settings.ear());
            return null;
        });
        timed("MDT readiness", () -> {
            Readiness.await(settings.baseUrl(), READY_TIMEOUT);
            return null;
        });
    }

    /**
     * Stops and starts the application server while the database and broker keep running, as
     * an operator's restart would; returns once MDT is ready again.
     */
    public void restartApplicationServer() {
        domain.stop();
        domain.start();
        Readiness.await(settings.baseUrl(), READY_TIMEOUT);
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
        urls.put("Metrics", base + "/metrics");
        urls.put("Admin console", settings.adminUrl());
        urls.put("Broker", broker.url());
        urls.put("Database", database.jdbcUrl());
        return urls;
    }

    /** Stops Payara, then the broker, then the database; reports but survives a failing step. */
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
        Ports.requireFree(settings.httpPort(), "MDT_HTTP_PORT");
        Ports.requireFree(settings.httpsPort(), "MDT_HTTPS_PORT");
        Ports.requireFree(settings.adminPort(), "MDT_ADMIN_PORT");
        if (settings.database().isEmpty()) {
            Ports.requireFree(settings.dbPort(), "MDT_DB_PORT");
        }
        if (settings.broker().isEmpty()) {
            Ports.requireFree(settings.brokerPort(), "MDT_BROKER_PORT");
        }
    }

    /** MicroProfile Config properties from {@code $MDT_HOME/config/mdt.properties}, if present. */
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
