package io.mdt.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mdt backup FILE} and {@code ./mdt restore FILE}: PostgreSQL's own {@code pg_dump}
 * (custom format, consistent while MDT runs) and {@code pg_restore}, logged in as the
 * application role, which owns everything MDT keeps. A restore goes only into a database that
 * holds no MDT schema yet, so that it can never mix two installations' data.
 */
final class DatabaseBackup {

    private static final long TIMEOUT_HOURS = 12;

    private DatabaseBackup() {}

    /** Writes the whole database to the file. */
    static void dump(DatabaseAddress database, Path file) {
        run(database, "pg_dump", List.of("--format=custom", "--file=" + file, name(database)));
    }

    /** Restores a dump into an empty database; the file's owner names are replaced by the application role. */
    static void restore(DatabaseAddress database, Path file) {
        if (!Files.isReadable(file)) {
            throw new InvalidSettingException("cannot read the backup " + file);
        }
        if (holdsMdt(database)) {
            throw new LaunchException(
                    "the database already holds MDT's data; restore into a new MDT_HOME" + " or an empty database");
        }
        run(
                database,
                "pg_restore",
                List.of("--no-owner", "--exit-on-error", "--dbname=" + name(database), file.toString()));
    }

    private static boolean holdsMdt(DatabaseAddress database) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var result = connection
                        .createStatement()
                        .executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            result.next();
            return result.getBoolean(1);
        } catch (SQLException e) {
            throw new LaunchException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    private static String name(DatabaseAddress database) {
        var path = address(database).getPath();
        return path.substring(1);
    }

    private static URI address(DatabaseAddress database) {
        return URI.create(database.jdbcUrl().substring("jdbc:".length()).replaceFirst("\\?.*$", ""));
    }

    private static void run(DatabaseAddress database, String program, List<String> arguments) {
        var url = address(database);
        var command = new ArrayList<>(List.of(
                program,
                "--host",
                url.getHost(),
                "--port",
                String.valueOf(url.getPort() < 0 ? 5432 : url.getPort()),
                "--username",
                database.user(),
                "--no-password"));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.password());
        try {
            var process = builder.start();
            var said = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new LaunchException(program + " failed: "
                        + (said.isEmpty()
                                ? "no message"
                                : said.lines().findFirst().orElse("")));
            }
        } catch (IOException e) {
            throw new LaunchException(program + " is not installed (Debian: apt-get install postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(program + " was interrupted", e);
        }
    }
}
