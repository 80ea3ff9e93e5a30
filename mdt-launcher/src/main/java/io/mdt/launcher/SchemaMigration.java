package io.mdt.launcher;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the database schema to the version of this build, from the migrations in db/. */
final class SchemaMigration {

    private SchemaMigration() {}

    /** Applies pending migrations and returns how many ran. */
    static int migrate(DatabaseAddress database) {
        try {
            return Flyway.configure()
                    .dataSource(database.jdbcUrl(), database.user(), database.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new LaunchException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
