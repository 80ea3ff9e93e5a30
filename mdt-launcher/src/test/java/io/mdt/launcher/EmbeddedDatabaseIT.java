package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database as the launcher runs it: a real PostgreSQL in a temporary MDT_HOME. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    private LaunchSettings settings(String durability) {
        return LaunchSettings.from(
                Map.of(
                        "MDT_HOME", home.toString(),
                        "MDT_DB_PORT", String.valueOf(Ports.free()),
                        "MDT_DB_DURABILITY", durability),
                Path.of("payara.zip"),
                Path.of("mdt.ear"),
                Path.of("artemis-rar.rar"));
    }

    private EmbeddedDatabase start(LaunchSettings settings) {
        return EmbeddedDatabase.start(settings, home.resolve("postgres.log"));
    }

    private static Connection login(DatabaseAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    private static String show(Connection connection, String setting) throws SQLException {
        var result = connection.createStatement().executeQuery("SHOW " + setting);
        result.next();
        return result.getString(1);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        var result = connection.createStatement().executeQuery(sql);
        result.next();
        return result.getString(1);
    }

    @Test
    void commitsDurablyAndLetsTheApplicationInAsItsOwnPasswordProtectedRole() throws Exception {
        var settings = settings("on");
        try (var database = start(settings);
                var connection = login(database.address())) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            assertThat(query(connection, "SELECT current_user")).isEqualTo("mdt");
            assertThat(query(
                            connection,
                            "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles"
                                    + " WHERE rolname = current_user"))
                    .isEqualTo("f");
            assertThat(query(connection, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'mdt'"))
                    .isEqualTo("mdt");

            var withoutPassword = new DatabaseAddress(database.address().jdbcUrl(), "mdt", "");
            assertThatThrownBy(() -> login(withoutPassword)).isInstanceOf(SQLException.class);
            var superuser = new DatabaseAddress(database.address().jdbcUrl(), "postgres", "");
            assertThatThrownBy(() -> login(superuser)).isInstanceOf(SQLException.class);
        }
        var passwordFile = EmbeddedDatabase.applicationPasswordFile(home);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void keepsThePasswordAcrossRestartsAndHandsOverWhatTheSuperuserCreated() throws Exception {
        var settings = settings("on");
        String password;
        try (var database = start(settings)) {
            password = database.address().password();
            var superuserPassword = Files.readString(home.resolve("secrets/db-superuser.password"))
                    .strip();
            try (var asSuperuser =
                            DriverManager.getConnection(database.address().jdbcUrl(), "postgres", superuserPassword);
                    var statement = asSuperuser.createStatement()) {
                statement.execute("CREATE SCHEMA legacy");
                statement.execute("CREATE TABLE legacy.items (id bigint GENERATED ALWAYS AS IDENTITY, name text)");
                statement.execute("CREATE TABLE public.history (version int)");
            }
        }
        try (var database = start(settings);
                var connection = login(database.address())) {
            assertThat(database.address().password()).isEqualTo(password);
            assertThat(query(
                            connection,
                            "SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class"
                                    + " WHERE oid IN ('legacy.items'::regclass, 'legacy.items_id_seq'::regclass,"
                                    + " 'public.history'::regclass)"))
                    .isEqualTo("mdt");
            assertThat(query(connection, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'legacy'"))
                    .isEqualTo("mdt");
            connection.createStatement().execute("INSERT INTO legacy.items (name) VALUES ('still writable')");
        }
    }

    @Test
    void runsWithoutFlushingOnlyWhenAskedTo() throws Exception {
        try (var database = start(settings("off"));
                var connection = login(database.address())) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
            assertThat(show(connection, "full_page_writes")).isEqualTo("off");
        }
    }

    @Test
    void startsAgainOnItsDataAfterThePostmasterWasKilled() throws Exception {
        try (var database = start(settings("on"))) {
            try (var connection = login(database.address())) {
                connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");
            }
            long killed = database.pid();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            ProcessHandle.of(killed).ifPresent(process -> process.onExit().join());
            assertThat(database.alive()).isFalse();

            restartUntilItRuns(database);

            assertThat(database.pid()).isNotEqualTo(killed);
            try (var connection = login(database.address())) {
                assertThat(query(connection, "SELECT count(*) FROM kept")).isEqualTo("1");
            }
        }
    }

    /** As the supervisor does: the killed server's backends may hold its shared memory for a moment. */
    private static void restartUntilItRuns(EmbeddedDatabase database) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                database.restart();
                return;
            } catch (LaunchException stillInUse) {
                if (attempt == RestartPolicy.DEFAULT.attempts()) {
                    throw stillInUse;
                }
                Thread.sleep(RestartPolicy.DEFAULT.delayBefore(attempt).toMillis());
            }
        }
    }
}
