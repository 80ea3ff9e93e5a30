package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade as an operator meets it: a database migrated by the previous release (up to V16)
 * and holding its data, then this release's migrations. A version's plain data tables, as the
 * previous release created them, become partitioned tables whose default partition keeps every
 * row, their prediction ids go into the version's key table, and the weeks added later take
 * their rows out of the default partition.
 */
class SchemaUpgradeIT {

    private static final String PREVIOUS_RELEASE = "16";

    @TempDir
    Path home;

    private static long number(Connection connection, String sql) throws SQLException {
        var result = connection.createStatement().executeQuery(sql);
        result.next();
        return result.getLong(1);
    }

    private static String text(Connection connection, String sql) throws SQLException {
        var result = connection.createStatement().executeQuery(sql);
        result.next();
        return result.getString(1);
    }

    @Test
    void thePreviousReleasesDataIsKeptAndItsTablesArePartitioned() throws Exception {
        var settings = LaunchSettings.from(
                Map.of("MDT_HOME", home.toString(), "MDT_DB_PORT", String.valueOf(Ports.free())),
                Path.of("payara.zip"),
                Path.of("mdt.ear"),
                Path.of("artemis-rar.rar"));
        try (var database = EmbeddedDatabase.start(settings, home.resolve("postgres.log"))) {
            var address = database.address();
            Flyway.configure()
                    .dataSource(address.jdbcUrl(), address.user(), address.password())
                    .locations("classpath:db/migration")
                    .target(PREVIOUS_RELEASE)
                    .load()
                    .migrate();
            try (var connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                    var statement = connection.createStatement()) {
                statement.execute("INSERT INTO monitored_model (id, name, task_type, owner, team, created, updated)"
                        + " VALUES (1, 'churn', 'BINARY_CLASSIFICATION', 'ops', 'default', now(), now())");
                statement.execute("INSERT INTO model_version (id, model_id, label, stage, created, updated)"
                        + " VALUES (7, 1, 'v1', 'PRODUCTION', now(), now())");
                statement.execute("CREATE TABLE mdt_data.predictions_7 (prediction_id text PRIMARY KEY,"
                        + " event_time timestamptz NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now(),"
                        + " c2 double precision, c3 text)");
                statement.execute("CREATE INDEX ON mdt_data.predictions_7 USING brin (event_time)");
                statement.execute("CREATE INDEX ON mdt_data.predictions_7 USING brin (ingested_at)");
                statement.execute("CREATE TABLE mdt_data.actuals_7 (prediction_id text PRIMARY KEY, actual"
                        + " double precision, actual_time timestamptz NOT NULL, ingested_at timestamptz NOT NULL"
                        + " DEFAULT now())");
                statement.execute("CREATE INDEX ON mdt_data.actuals_7 USING brin (ingested_at)");
                statement.execute("INSERT INTO mdt_data.predictions_7 (prediction_id, event_time, c2, c3)"
                        + " SELECT 'p' || i, timestamptz '2026-11-02T00:00:00Z' + i * interval '1 minute', i, 'DE'"
                        + " FROM generate_series(0, 29999) i");
                statement.execute("INSERT INTO mdt_data.actuals_7 (prediction_id, actual, actual_time)"
                        + " SELECT 'p' || i, i % 2, now() FROM generate_series(0, 9999) i");
            }

            assertThat(SchemaMigration.migrate(address)).isPositive();

            try (var connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                    var statement = connection.createStatement()) {
                assertThat(text(
                                connection,
                                "SELECT relkind::text FROM pg_class WHERE oid = 'mdt_data.predictions_7'::regclass"))
                        .isEqualTo("p");
                assertThat(text(connection, "SELECT pg_get_partkeydef('mdt_data.actuals_7'::regclass)"))
                        .isEqualTo("RANGE (ingested_at)");
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.predictions_7"))
                        .isEqualTo(30_000);
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.predictions_7_default"))
                        .isEqualTo(30_000);
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.actuals_7"))
                        .isEqualTo(10_000);
                assertThat(number(connection, "SELECT retention_days FROM monitored_model WHERE id = 1"))
                        .isEqualTo(90);
                assertThat(number(connection, "SELECT retired_predictions FROM model_version WHERE id = 7"))
                        .isZero();

                long moved = number(
                        connection,
                        "SELECT mdt_data.add_partition('predictions_7', 'event_time',"
                                + " 'predictions_7_w20261109', '2026-11-09T00:00:00Z', '2026-11-16T00:00:00Z')");
                assertThat(moved).isEqualTo(7 * 24 * 60);
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.predictions_7_w20261109"))
                        .isEqualTo(moved);
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.predictions_7"))
                        .isEqualTo(30_000);
                assertThat(number(connection, "SELECT count(*) FROM mdt_data.predictions_7_keys"))
                        .isEqualTo(30_000);
                assertThatThrownBy(() -> statement.execute("INSERT INTO mdt_data.predictions_7_keys"
                                + " VALUES ('p20000', timestamptz '2026-11-20T00:00:00Z')"))
                        .as("every prediction id kept, and kept unique, in the version's key table")
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("duplicate key");
            }
        }
    }
}
