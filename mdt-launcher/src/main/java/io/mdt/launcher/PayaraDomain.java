package io.mdt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Payara domain that runs MDT. Created on first use with the configured ports, then
 * configured from {@code server-config/asadmin}: {@code configure-config.asadmin} for the
 * configuration of the servers that run MDT and {@code configure-domain.asadmin} for their
 * resources. Those servers are the DAS alone, or with {@code MDT_INSTANCES} above one the
 * {@link DeploymentGroup} made by {@code configure-deployment-group.asadmin}, the DAS then
 * running no application. Kept across runs and rebuilt only when its configuration changes.
 * Its state worth keeping (timers, data) lives in PostgreSQL, so rebuilding it loses nothing.
 */
final class PayaraDomain {

    static final String NAME = "mdt";
    private static final String DB_PASSWORD_ALIAS = "mdt-db-password";
    private static final String BROKER_PASSWORD_ALIAS = "mdt-broker-password";
    private static final String SMTP_PASSWORD_ALIAS = "mdt-smtp-password";
    private static final String[] INTERNAL_PORT_PROPERTIES = {
        "jms.port",
        "orb.listener.port",
        "orb.ssl.port",
        "orb.mutualauth.port",
        "domain.jmxPort",
        "osgi.shell.telnet.port",
        "java.debugger.port",
        "hazelcast.das.port",
        "hazelcast.start.port"
    };

    private final LaunchSettings settings;
    private final Path domains;
    private final Path stateFile;
    private final Asadmin asadmin;
    private final AdminLogin admin;
    private final DeploymentGroup group;

    PayaraDomain(LaunchSettings settings, Path installation, Path log, AdminLogin admin) {
        this.settings = settings;
        this.domains = settings.home().resolve("domains");
        this.stateFile = domains.resolve(NAME + ".launch");
        this.asadmin = new Asadmin(installation, settings.adminHost(), settings.adminPort(), log, admin);
        this.admin = admin;
        this.group = new DeploymentGroup(settings, asadmin);
    }

    /** The deployment group of the servers that run MDT, when {@code MDT_INSTANCES} is above one. */
    DeploymentGroup group() {
        return group;
    }

    /** The configuration of the servers that run MDT. */
    private String applicationConfig() {
        return settings.clustered() ? DeploymentGroup.CONFIG : "server-config";
    }

    /** Where MDT is deployed and its resources referenced. */
    private String applicationTarget() {
        return settings.clustered() ? DeploymentGroup.NAME : "server";
    }

    /** Creates and configures the domain unless the one on disk already has this configuration. */
    void prepare(DatabaseAddress database, BrokerAddress broker, Optional<OidcProvider> oidc) {
        var script = configurationScript(database, broker) + OidcDomainConfiguration.script(oidc, applicationConfig());
        var fingerprint = sha256(script
                + settings.instances()
                + settings.httpPort()
                + settings.httpsPort()
                + settings.adminPort()
                + database.password()
                + broker.password()
                + settings.mail().password()
                + admin.password()
                + oidc.map(OidcProvider::clientSecret).orElse(""));
        var existing = DomainState.read(stateFile);
        if (existing.isPresent()
                && existing.get().fingerprint().equals(fingerprint)
                && existing.get().internalPortsFree()) {
            return;
        }
        var taken = new ArrayList<>(List.of(settings.adminPort(), settings.dbPort(), settings.brokerPort()));
        for (int k = 0; k < settings.instances(); k++) {
            taken.add(settings.httpPort() + k);
            taken.add(settings.httpsPort() + k);
        }
        int dasListeners = settings.clustered() ? 2 : 0;
        var ports = Ports.free(
                INTERNAL_PORT_PROPERTIES.length + dasListeners + DeploymentGroup.internalPortCount(settings), taken);
        createAndStart(ports);
        createPasswordAlias(DB_PASSWORD_ALIAS, database.password());
        if (broker.hasCredentials()) {
            createPasswordAlias(BROKER_PASSWORD_ALIAS, broker.password());
        }
        if (settings.mail().logsIn()) {
            createPasswordAlias(SMTP_PASSWORD_ALIAS, settings.mail().password());
        }
        if (oidc.isPresent()) {
            createPasswordAlias(
                    OidcDomainConfiguration.CLIENT_SECRET_ALIAS, oidc.get().clientSecret());
        }
        runScript("configure-domain", script);
        if (settings.clustered()) {
            group.create(Arrays.copyOfRange(ports, INTERNAL_PORT_PROPERTIES.length + dasListeners, ports.length));
        }
        if (!settings.adminLoopbackOnly()) {
            asadmin.run("enable-secure-admin");
        }
        stop();
        new DomainState(fingerprint, ports, "").write(stateFile);
    }

    /**
     * Creates the domain and starts it for the first time. A brand-new domain has, rarely,
     * failed its first start with its configuration half-read (a null monitoring service in
     * a complete domain.xml), and a fresh domain started on the next attempt; one retry
     * spares the user a failed launch, and a second failure is reported.
     */
    private void createAndStart(int[] ports) {
        create(ports);
        try {
            start();
        } catch (LaunchException firstStart) {
            create(ports);
            start();
        }
    }

    void start() {
        asadmin.local(true, "start-domain", "--domaindir", domains.toString(), NAME);
    }

    void stop() {
        asadmin.local(false, "stop-domain", "--domaindir", domains.toString(), NAME);
    }

    /** The server's process id, which Payara writes to the domain's {@code config/pid} as it starts. */
    long serverPid() {
        return serverPid(settings.home());
    }

    static long serverPid(Path home) {
        return PidFile.read(home.resolve("domains").resolve(NAME).resolve("config/pid"), "the Payara Server");
    }

    /**
     * Deploys the EAR unless this very archive is already deployed. To a deployment group it is
     * deployed with availability, so that the dashboard's sessions (which MDT marks
     * distributable) are kept in the data grid and an instance serves the sessions another
     * started, when a proxy moves a browser over or an instance dies.
     */
    void deploy(Path ear) {
        var checksum = sha256(ear);
        var state = DomainState.read(stateFile).orElseThrow();
        if (checksum.equals(state.deployedEar())) {
            return;
        }
        asadmin.run(
                "deploy",
                "--force=true",
                "--availabilityenabled=" + settings.clustered(),
                "--target",
                applicationTarget(),
                "--name",
                "mdt",
                ear.toString());
        state.deployed(checksum).write(stateFile);
    }

    /** Applies MicroProfile Config properties to the domain's config source (dynamic, no restart). */
    void applyConfigProperties(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        var script = new StringBuilder();
        properties.forEach((key, value) -> script.append("set-config-property --source domain --propertyName ")
                .append(key)
                .append(" --propertyValue ")
                .append(value)
                .append('\n'));
        runScript("config-properties", script.toString());
    }

    /**
     * Creates the domain on the configured ports; with a deployment group, the DAS's own HTTP
     * listeners take free ports (it serves no application) and the instances the configured ones.
     */
    private void create(int[] ports) {
        deleteRecursively(domains.resolve(NAME));
        deleteRecursively(DeploymentGroup.nodeFolder(settings.home()));
        int dasHttpPort = settings.clustered() ? ports[INTERNAL_PORT_PROPERTIES.length] : settings.httpPort();
        int dasHttpsPort = settings.clustered() ? ports[INTERNAL_PORT_PROPERTIES.length + 1] : settings.httpsPort();
        var properties = new StringBuilder("http.ssl.port=" + dasHttpsPort);
        for (int i = 0; i < INTERNAL_PORT_PROPERTIES.length; i++) {
            properties
                    .append(':')
                    .append(INTERNAL_PORT_PROPERTIES[i])
                    .append('=')
                    .append(ports[i]);
        }
        asadmin.local(
                false,
                "create-domain",
                "--domaindir",
                domains.toString(),
                "--adminport",
                String.valueOf(settings.adminPort()),
                "--instanceport",
                String.valueOf(dasHttpPort),
                "--domainproperties",
                properties.toString(),
                NAME);
        copyJdbcDriver(domains.resolve(NAME).resolve("lib"));
    }

    /**
     * The whole configuration script: with a deployment group, the group first; then the
     * configuration of the DAS, and of the group's instances, and the resources.
     */
    private String configurationScript(DatabaseAddress database, BrokerAddress broker) {
        var script = new StringBuilder();
        if (settings.clustered()) {
            script.append(template("configure-deployment-group", database, broker)
                    .replace(
                            "@{NODE_DIR}",
                            DeploymentGroup.nodeFolder(settings.home()).toString()));
        }
        script.append(template("configure-config", database, broker).replace("@{CONFIG}", "server-config"));
        if (settings.clustered()) {
            script.append(template("configure-config", database, broker).replace("@{CONFIG}", DeploymentGroup.CONFIG));
        }
        return script.append(template("configure-domain", database, broker).replace("@{TARGET}", applicationTarget()))
                .toString();
    }

    private String template(String name, DatabaseAddress database, BrokerAddress broker) {
        try (InputStream template = PayaraDomain.class.getResourceAsStream("/asadmin/" + name + ".asadmin")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@{SERVER_HEAP}", settings.serverHeap())
                    .replace(
                            "@{DATA_GRID_NAME}",
                            "mdt-" + sha256(settings.home().toString()).substring(0, 12))
                    .replace("@{ADMIN_BIND_ADDRESS}", settings.adminBindAddress())
                    .replace("@{EVALUATION_WORKERS}", String.valueOf(settings.evaluationWorkers()))
                    .replace("@{INGESTION_CONSUMERS}", String.valueOf(settings.ingestionConsumers()))
                    .replace("@{BROKER_CLIENT_THREADS}", String.valueOf(settings.brokerClientThreads()))
                    .replace("@{DB_POOL_PROPERTIES}", database.poolProperties(DB_PASSWORD_ALIAS))
                    .replace("@{BROKER_PROPERTIES}", broker.adapterProperties(BROKER_PASSWORD_ALIAS))
                    .replace("@{BROKER_POOL_LOGIN}", broker.poolOptions(BROKER_PASSWORD_ALIAS))
                    .replace("@{RAR}", settings.rar().toAbsolutePath().toString())
                    .replace("@{SMTP_HOST}", settings.mail().host())
                    .replace("@{SMTP_PORT}", String.valueOf(settings.mail().port()))
                    .replace("@{SMTP_STARTTLS}", String.valueOf(settings.mail().startTls()))
                    .replace("@{SMTP_LOGIN}", settings.mail().loginOptions(SMTP_PASSWORD_ALIAS))
                    .replace("@{MAIL_FROM}", settings.mail().from());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands the application a secret as a system property whose value is a password alias, so
     * that the secret is stored encrypted in the domain, never as text in its configuration.
     */
    void provideSecret(String property, String alias, String secret) {
        try {
            passwordAlias("create-password-alias", alias, secret);
        } catch (LaunchException exists) {
            passwordAlias("update-password-alias", alias, secret);
        }
        runScript(
                "secret-property",
                "create-system-properties --target " + applicationConfig() + " " + property + "="
                        + DatabaseAddress.escape("${ALIAS=" + alias + "}") + "\n");
    }

    private void createPasswordAlias(String alias, String password) {
        passwordAlias("create-password-alias", alias, password);
    }

    /** Creates or updates an alias through a password file that exists only for the command. */
    private void passwordAlias(String subcommand, String alias, String password) {
        var passwordFile = writeSecret(admin.asadminLine() + "AS_ADMIN_ALIASPASSWORD=" + password + "\n");
        try {
            asadmin.withPasswordFile(passwordFile, subcommand, alias);
        } finally {
            passwordFile.toFile().delete();
        }
    }

    private void runScript(String name, String script) {
        try {
            var file = Files.createTempFile(domains, name, ".asadmin");
            Files.writeString(file, script);
            try {
                asadmin.run("multimode", "--file", file.toString());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new LaunchException("cannot write the " + name + " script: " + e.getMessage(), e);
        }
    }

    private Path writeSecret(String content) {
        try {
            var file = Files.createTempFile(
                    domains,
                    "secret",
                    ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new LaunchException("cannot write a password file: " + e.getMessage(), e);
        }
    }

    /** Payara loads JDBC drivers from the domain's lib folder; the launcher carries the driver. */
    private static void copyJdbcDriver(Path lib) {
        try {
            var driver = Path.of(org.postgresql.Driver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Files.createDirectories(lib);
            Files.copy(driver, lib.resolve(driver.getFileName()));
        } catch (IOException | java.net.URISyntaxException e) {
            throw new LaunchException("cannot copy the PostgreSQL driver into the domain: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new LaunchException("cannot remove the old domain " + folder + ": " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) {
        try (var in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new LaunchException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
