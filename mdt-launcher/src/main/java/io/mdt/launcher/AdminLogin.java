package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The login of Payara's administrator {@code admin}, which the admin console, its REST
 * interface and every asadmin call require. Payara creates domains with an empty password;
 * MDT's domain gets one generated at the first start and kept in {@code MDT_HOME/secrets/}
 * (mode 600): {@code payara-admin.password} for people, and {@code payara-admin.passwordfile}
 * in the form asadmin's {@code --passwordfile} reads, for the launcher's own calls and an
 * operator's.
 *
 * @param password the administrator's password
 * @param passwordFile the asadmin password file holding it
 * @param generated whether this start generated the password, so that it is announced once
 */
record AdminLogin(String password, Path passwordFile, boolean generated) {

    static final String USER = "admin";

    static AdminLogin readOrCreate(Path secrets) {
        var plain = secrets.resolve("payara-admin.password");
        boolean generated = !Files.exists(plain);
        var password = PasswordFile.readOrCreate(plain);
        var passwordFile = secrets.resolve("payara-admin.passwordfile");
        write(passwordFile, asadminLine(password));
        return new AdminLogin(password, passwordFile, generated);
    }

    /** The line of an asadmin password file that logs the administrator in. */
    String asadminLine() {
        return asadminLine(password);
    }

    /**
     * What the first start tells the user. The password itself only on a terminal: the
     * output of a background start goes to a log file, which must hold no secret.
     */
    String firstStartNotice(boolean terminal) {
        var where = passwordFile.resolveSibling("payara-admin.password");
        return terminal
                ? "  Payara admin console: user " + USER + ", password " + password + " (kept in " + where + ")"
                : "  Payara admin console: user " + USER + ", password generated into " + where;
    }

    @Override
    public String toString() {
        return "AdminLogin[" + USER + ", " + passwordFile + "]";
    }

    private static String asadminLine(String password) {
        return "AS_ADMIN_PASSWORD=" + password + "\n";
    }

    /** Writes the file owner-only from its creation on, so that the password is never readable by others. */
    private static void write(Path file, String content) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new LaunchException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
