package io.mdt.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.core.Utils;

/**
 * The login role the application uses in the embedded database: owner of the {@code mdt}
 * database and of everything in it (its schemas, the tables the migrations and the
 * application create, Flyway's history), and nothing more: no superuser, no creating roles or
 * databases. A bug or an injected statement in the application then reaches MDT's own data
 * only, not the server, its files or other databases.
 */
final class ApplicationRole {

    static final String NAME = "mdt";

    /**
     * Hands every schema, table, view and free-standing sequence of the connected database that
     * the role does not own to it. Databases created before the role existed belong to the
     * superuser; this is how they keep working after an upgrade. Sequences behind identity or
     * serial columns follow their table. Names come from the catalog and are quoted by
     * {@code format('%I')}.
     */
    private static final String TAKE_OWNERSHIP = """
            DO $$
            DECLARE item record;
            BEGIN
              FOR item IN SELECT nspname FROM pg_namespace
                          WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
                            AND nspowner <> 'mdt'::regrole::oid LOOP
                EXECUTE format('ALTER SCHEMA %I OWNER TO mdt', item.nspname);
              END LOOP;
              FOR item IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                            AND c.relowner <> 'mdt'::regrole::oid
                            AND (c.relkind IN ('r', 'p', 'v', 'm', 'f')
                                 OR c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
                EXECUTE format('ALTER TABLE %s OWNER TO mdt', item.name);
              END LOOP;
            END $$
            """;

    private ApplicationRole() {}

    /**
     * Creates the role, or brings an existing one back to these attributes and this password,
     * and gives it the application database, creating that if needed. Runs as the superuser,
     * connected to the maintenance database.
     */
    static void ensure(Connection maintenance, String database, String password) throws SQLException {
        var attributes =
                " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal(password);
        try (var statement = maintenance.createStatement()) {
            boolean exists = statement
                    .executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")
                    .next();
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + NAME + attributes);
            boolean databaseExists = statement
                    .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")
                    .next();
            statement.execute(
                    databaseExists
                            ? "ALTER DATABASE " + database + " OWNER TO " + NAME
                            : "CREATE DATABASE " + database + " OWNER " + NAME);
            statement.execute("REVOKE CONNECT ON DATABASE postgres, template1 FROM PUBLIC");
        }
    }

    /** A string as an SQL literal; DDL such as {@code ALTER ROLE ... PASSWORD} takes no bind parameters. */
    static String literal(String text) throws SQLException {
        return "'" + Utils.escapeLiteral(null, text, true) + "'";
    }

    /** Gives the role what the superuser still owns in the application database; runs connected to it. */
    static void takeOwnership(Connection application) throws SQLException {
        try (var statement = application.createStatement()) {
            statement.execute(TAKE_OWNERSHIP);
        }
    }
}
