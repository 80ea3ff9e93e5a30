package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mdt backup} and {@code ./mdt restore} ({@link DatabaseBackup}): a dump of MDT's
 * database while it runs, restored into the empty database of a new MDT_HOME. Everything comes
 * back: the registry, the migrations' history (nothing is pending afterwards), and each
 * version's partitioned data with its weeks; a restore into a database that holds MDT's data
 * is refused.
 */
class BackupRestoreIT {

    @TempDir
    Path work;

    private static Optional<Path> onPath(String command) {
        return Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(":")).stream())
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private EmbeddedDatabase start(String name) throws IOException {
        var home = Files.createDirectories(work.resolve(name));
        var settings = LaunchSettings.from(
                Map.of("MDT_HOME", home.toString(), "MDT_DB_PORT", String.valueOf(Ports.free())),
                Path.of("payara.zip"),
                Path.of("mdt.ear"),
                Path.of("artemis-rar.rar"));
        return EmbeddedDatabase.start(settings, home.resolve("postgres.log"));
    }

    private static Connection login(DatabaseAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    private static String text(Connection connection, String sql) throws SQLException {
        var result = connection.createStatement().executeQuery(sql);
        result.next();
        return result.getString(1);
    }

    /** What a restored database must hold again, as one line. */
    private static String contents(Connection connection) throws SQLException {
        return text(
                connection,
                "SELECT (SELECT string_agg(name || ':' || retention_days, ',') FROM monitored_model)"
                        + " || '/' || (SELECT count(*) FROM flyway_schema_history WHERE success)"
                        + " || '/' || (SELECT count(*) FROM mdt_data.predictions_7)"
                        + " || '/' || (SELECT count(*) FROM mdt_data.predictions_7_w20261109)"
                        + " || '/' || (SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_inherits i"
                        + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'mdt_data.predictions_7'::regclass)"
                        + " || '/' || (SELECT sum(actual) FROM mdt_data.actuals_7)"
                        + " || '/' || (SELECT count(*) FROM mdt_data.predictions_7_keys)");
    }

    @Test
    void aDumpOfTheRunningDatabaseRestoresEverythingIntoAnEmptyOne() throws Exception {
        Assumptions.assumeTrue(
                onPath("pg_dump").isPresent() && onPath("pg_restore").isPresent(),
                "the PostgreSQL client programs are not installed: apt-get install postgresql-client");
        var dump = work.resolve("mdt.dump");
        String before;
        int migrations;
        try (var source = start("source")) {
            migrations = SchemaMigration.migrate(source.address());
            try (var connection = login(source.address());
                    var statement = connection.createStatement()) {
                statement.execute("INSERT INTO monitored_model (id, name, task_type, owner, team, retention_days,"
                        + " created, updated) VALUES (1, 'churn', 'BINARY_CLASSIFICATION', 'ops', 'default', 30,"
                        + " now(), now())");
                statement.execute("INSERT INTO model_version (id, model_id, label, stage, created, updated)"
                        + " VALUES (7, 1, 'v1', 'PRODUCTION', now(), now())");
                statement.execute(
                        "CREATE TABLE mdt_data.predictions_7 (prediction_id text NOT NULL, event_time"
                                + " timestamptz NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now(), c2 double precision)");
                statement.execute("SELECT mdt_data.partition_by_time('predictions_7', 'event_time',"
                        + " '{event_time,ingested_at}', true)");
                statement.execute(
                        "CREATE TABLE mdt_data.actuals_7 (prediction_id text NOT NULL, actual double"
                                + " precision, actual_time timestamptz NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now())");
                statement.execute(
                        "SELECT mdt_data.partition_by_time('actuals_7', 'ingested_at', '{ingested_at}', false)");
                statement.execute("INSERT INTO mdt_data.predictions_7 (prediction_id, event_time, c2)"
                        + " SELECT 'p' || i, timestamptz '2026-11-09T00:00:00Z' + i * interval '1 minute', i"
                        + " FROM generate_series(0, 19999) i");
                statement.execute("INSERT INTO mdt_data.predictions_7_keys SELECT prediction_id, event_time"
                        + " FROM mdt_data.predictions_7");
                statement.execute("SELECT mdt_data.add_partition('predictions_7', 'event_time',"
                        + " 'predictions_7_w20261109', '2026-11-09T00:00:00Z', '2026-11-16T00:00:00Z')");
                statement.execute("INSERT INTO mdt_data.actuals_7 (prediction_id, actual, actual_time)"
                        + " SELECT 'p' || i, i % 2, now() FROM generate_series(0, 999) i");
                before = contents(connection);
            }
            DatabaseBackup.dump(source.address(), dump);
        }
        assertThat(before)
                .startsWith("churn:30/" + migrations + "/20000/10080/predictions_7_default,")
                .contains(",predictions_7_w20261109")
                .endsWith("/500/20000");

        try (var target = start("target")) {
            DatabaseBackup.restore(target.address(), dump);
            assertThat(SchemaMigration.migrate(target.address()))
                    .as("migrations pending after the restore")
                    .isZero();
            try (var connection = login(target.address())) {
                assertThat(contents(connection)).isEqualTo(before);
            }
            assertThatThrownBy(() -> DatabaseBackup.restore(target.address(), dump))
                    .as("a second restore into a database that holds MDT's data")
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("already holds MDT's data");
            assertThatThrownBy(() -> DatabaseBackup.restore(target.address(), work.resolve("missing.dump")))
                    .isInstanceOf(InvalidSettingException.class);
        }
    }
}
