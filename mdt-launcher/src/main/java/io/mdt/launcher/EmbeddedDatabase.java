package io.mdt.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the binaries of a Maven artifact, keeping its data in a
 * folder that survives restarts. The application gets a database of its own, {@code mdt},
 * which it reaches as its own role ({@link ApplicationRole}); the superuser and that role log
 * in with generated passwords kept in {@code MDT_HOME/secrets}.
 *
 * <p>The binaries' library starts PostgreSQL with test settings (no {@code fsync}, no
 * synchronous commit), under which a commit that was answered can still be lost by a power
 * cut or an operating-system crash. MDT answers a request only once its records are
 * committed, so it runs the server durably unless the operator opts out for throwaway data.
 */
final class EmbeddedDatabase implements Supervised, AutoCloseable {

    static final String DATABASE = "mdt";
    private static final String SUPERUSER = "postgres";
    /** Long enough for crash recovery after the server was killed, which replays the write-ahead log. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private final LaunchSettings settings;
    private final Path log;
    private final String superuserPassword;
    private final String applicationPassword;
    private EmbeddedPostgres postgres;
    private volatile long pid;

    private EmbeddedDatabase(LaunchSettings settings, Path log) {
        this.settings = settings;
        this.log = log;
        this.superuserPassword =
                PasswordFile.readOrCreate(secrets(settings.home()).resolve("db-superuser.password"));
        this.applicationPassword = PasswordFile.readOrCreate(applicationPasswordFile(settings.home()));
    }

    static EmbeddedDatabase start(LaunchSettings settings, Path log) {
        var database = new EmbeddedDatabase(settings, log);
        database.startServer();
        database.prepareRolesAndAuthentication();
        return database;
    }

    /** The file holding the application role's password: the launcher and the system tests read it. */
    static Path applicationPasswordFile(Path home) {
        return secrets(home).resolve("db-mdt.password");
    }

    static Path dataDirectory(Path home) {
        return home.resolve("postgres");
    }

    DatabaseAddress address() {
        return address(settings, applicationPassword);
    }

    /** Where the application logs in to the embedded database of these settings, with this password. */
    static DatabaseAddress address(LaunchSettings settings, String applicationPassword) {
        var url = "jdbc:postgresql://" + host(settings) + ":" + settings.dbPort() + "/" + DATABASE;
        return new DatabaseAddress(url, ApplicationRole.NAME, applicationPassword);
    }

    /** The postmaster's pid as its {@code postmaster.pid} file says, or -1 without one. */
    static long postmasterPid(Path home) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory(home).resolve("postmaster.pid"))
                    .get(0)
                    .strip());
        } catch (IOException | RuntimeException noPidFile) {
            return -1;
        }
    }

    @Override
    public String name() {
        return "PostgreSQL (embedded)";
    }

    /** The postmaster's process id, which the server writes as the first line of {@code postmaster.pid}. */
    @Override
    public long pid() {
        return pid;
    }

    /**
     * Starts the server again on the same data after it died. Its backends leave the shared
     * memory only once they notice the postmaster is gone; until then the start fails and the
     * supervisor tries again later.
     */
    @Override
    public void restart() {
        closeQuietly();
        startServer();
    }

    private void startServer() {
        var dataDirectory = dataDirectory(settings.home());
        var durability = settings.durableDatabase() ? "on" : "off";
        try {
            Files.createDirectories(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.dbPort())
                    .setServerConfig("listen_addresses", settings.bindAddress())
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setServerConfig("full_page_writes", durability)
                    .setConnectConfig("password", superuserPassword)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setRegisterShutdownHook(false)
                    .start();
            pid = postmasterPid(settings.home());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException(
                    "embedded PostgreSQL did not start on port " + settings.dbPort() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the superuser its password before the authentication rules demand one, then the
     * application its role and database, then replaces the rules and reloads them. Repeated
     * on every start, it also upgrades a data folder made by an earlier MDT that trusted
     * every local login and let the application work as the superuser.
     */
    private void prepareRolesAndAuthentication() {
        var base = "jdbc:postgresql://" + host(settings) + ":" + settings.dbPort() + "/";
        try (var maintenance = DriverManager.getConnection(base + SUPERUSER, SUPERUSER, superuserPassword)) {
            try (var statement = maintenance.createStatement()) {
                statement.execute(
                        "ALTER ROLE " + SUPERUSER + " PASSWORD " + ApplicationRole.literal(superuserPassword));
            }
            ApplicationRole.ensure(maintenance, DATABASE, applicationPassword);
            try (var application = DriverManager.getConnection(base + DATABASE, SUPERUSER, superuserPassword)) {
                ApplicationRole.takeOwnership(application);
            }
            ClientAuthentication.enforce(dataDirectory(settings.home()));
            try (var statement = maintenance.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new LaunchException("cannot prepare the embedded PostgreSQL's roles: " + e.getMessage(), e);
        }
    }

    private static String host(LaunchSettings settings) {
        return "0.0.0.0".equals(settings.bindAddress()) ? "127.0.0.1" : settings.bindAddress();
    }

    private static Path secrets(Path home) {
        return home.resolve("secrets");
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException alreadyGone) {
            // the server died; closing only releases the data directory's lock
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
