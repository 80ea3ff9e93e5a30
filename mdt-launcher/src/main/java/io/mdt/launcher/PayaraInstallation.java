package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;

/**
 * Payara Server unpacked from the distribution Maven downloaded, once per version, into the
 * runtime folder. The zip format drops file modes, so the scripts are made executable again.
 */
final class PayaraInstallation {

    private static final String COMPLETE_MARKER = ".mdt-unpacked";

    private PayaraInstallation() {}

    /** Returns the installation folder (the one holding {@code bin/asadmin}), unpacking it first if needed. */
    static Path provision(Path zip, Path runtimeFolder) {
        var target = runtimeFolder.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
        var installation = target.resolve("payara6");
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return installation;
        }
        if (!Files.isRegularFile(zip)) {
            throw new LaunchException("Payara distribution not found at " + zip + "; build with ./mvnw package first");
        }
        try {
            unzip(zip, target);
            Files.createFile(target.resolve(COMPLETE_MARKER));
            return installation;
        } catch (IOException e) {
            throw new LaunchException("cannot unpack Payara into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Unpacks a distribution, keeping every entry inside the target folder and its scripts executable. */
    static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (var archive = new ZipFile(zip.toFile())) {
            for (var entries = archive.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                var destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (var in = archive.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                if (isScript(entry.getName())) {
                    destination.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static boolean isScript(String name) {
        return name.contains("/bin/") || name.endsWith(".sh");
    }
}
