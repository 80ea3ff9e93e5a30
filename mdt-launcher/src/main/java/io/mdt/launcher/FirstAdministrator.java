package io.mdt.launcher;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The first administrator of the built-in user store. While the store has no account, the
 * launcher generates a password, keeps it owner-only in {@code secrets/initial-admin.password}
 * and hands it to the application through a password alias; the application creates the
 * account {@code admin} with it as it deploys. The password is printed once, on the first
 * start; later starts find accounts and leave the store alone.
 */
final class FirstAdministrator {

    static final String NAME = "admin";
    static final String PROPERTY = "mdt.security.initial-admin-password";
    static final String ALIAS = "mdt-initial-admin-password";

    private FirstAdministrator() {}

    /** The password to create the first administrator with, when the store has no account yet. */
    static Optional<String> needed(DatabaseAddress database, Path home) {
        if (hasAccounts(database)) {
            return Optional.empty();
        }
        return Optional.of(PasswordFile.readOrCreate(file(home)));
    }

    static Path file(Path home) {
        return home.resolve("secrets").resolve("initial-admin.password");
    }

    /** The lines that tell the user how to sign in the first time. */
    static String announcement(Path home, String password, boolean interactive) {
        var where = "kept in " + file(home) + " (owner-only)";
        return interactive
                ? "First administrator: " + NAME + " / " + password + " (" + where
                        + "; shown once, change it after signing in)"
                : "First administrator: " + NAME + ", its password " + where + "; change it after signing in";
    }

    static boolean hasAccounts(DatabaseAddress database) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var result = connection.createStatement().executeQuery("SELECT EXISTS (SELECT 1 FROM user_account)")) {
            result.next();
            return result.getBoolean(1);
        } catch (SQLException e) {
            throw new LaunchException("cannot read the user store: " + e.getMessage(), e);
        }
    }
}
