package io.mdt.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real PostgreSQL server run from the binaries of a Maven artifact, keeping its data in a
 * folder that survives restarts. The application gets a database of its own, {@code mdt}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "mdt";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String host;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String host) {
        this.postgres = postgres;
        this.host = host;
    }

    static EmbeddedDatabase start(Path dataDirectory, String bindAddress, int port, Path log) {
        try {
            Files.createDirectories(dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", bindAddress)
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setRegisterShutdownHook(false)
                    .start();
            var database = new EmbeddedDatabase(postgres, "0.0.0.0".equals(bindAddress) ? "127.0.0.1" : bindAddress);
            database.createApplicationDatabase();
            return database;
        } catch (IOException | SQLException e) {
            throw new LaunchException("embedded PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    DatabaseAddress address() {
        var url = "jdbc:postgresql://" + host + ":" + postgres.getPort() + "/" + DATABASE;
        return new DatabaseAddress(url, SUPERUSER, SUPERUSER);
    }

    private void createApplicationDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"), SUPERUSER, "");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
