package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password the launcher generated for a service it runs, kept in a file only its owner can
 * read (mode 600), created on the first start and read again on every later one, so that the
 * data the service keeps stays reachable across restarts and upgrades.
 */
final class PasswordFile {

    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {}

    /** The password in the file, after writing a new random one if there is no file yet. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            var password = Files.readString(file).strip();
            if (password.isEmpty()) {
                throw new LaunchException(file + " is empty; delete it only together with the data it protects");
            }
            return password;
        } catch (IOException e) {
            throw new LaunchException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the file with its restrictive mode from the start, so that the password is never
     * readable by others, not even for a moment. URL-safe Base64 keeps it free of the characters
     * that asadmin property syntax and connection strings treat specially.
     */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
    }
}
