package io.mdt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keycloak unpacked from the distribution Maven downloaded, once per version, into the
 * runtime folder, with MDT's realm export in its {@code data/import} folder. The export holds
 * placeholders, not secrets: Keycloak fills them in from its environment when it imports the
 * realm on its first start.
 */
final class KeycloakInstallation {

    private static final String COMPLETE_MARKER = ".mdt-unpacked";
    private static final String REALM_EXPORT = "/keycloak/mdt-realm.json";

    private KeycloakInstallation() {}

    /** Returns the installation folder (the one holding {@code bin/kc.sh}), unpacking it first if needed. */
    static Path provision(Path zip, Path runtimeFolder) {
        var target = runtimeFolder.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
        try {
            if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                if (!Files.isRegularFile(zip)) {
                    throw new LaunchException("Keycloak distribution not found at " + zip
                            + "; ./mdt run downloads it when MDT_KEYCLOAK=embedded");
                }
                PayaraInstallation.unzip(zip, target);
                Files.createFile(target.resolve(COMPLETE_MARKER));
            }
            var installation = installationFolder(target);
            copyRealmExport(installation.resolve("data/import"));
            return installation;
        } catch (IOException e) {
            throw new LaunchException("cannot unpack Keycloak into " + target + ": " + e.getMessage(), e);
        }
    }

    /** The distribution's single top folder, {@code keycloak-<version>}. */
    private static Path installationFolder(Path target) throws IOException {
        try (var entries = Files.list(target)) {
            return entries.filter(path -> Files.isExecutable(path.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new LaunchException("no bin/kc.sh in the Keycloak distribution at " + target));
        }
    }

    /** Copied at every start, so that an upgraded MDT imports its own realm into a fresh Keycloak. */
    private static void copyRealmExport(Path importFolder) throws IOException {
        Files.createDirectories(importFolder);
        try (InputStream export = KeycloakInstallation.class.getResourceAsStream(REALM_EXPORT)) {
            Files.copy(export, importFolder.resolve("mdt-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
