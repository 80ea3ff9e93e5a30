package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded database's {@code pg_hba.conf}. The binaries' {@code initdb} trusts every
 * local connection, so anyone on the machine could log in as any role, the superuser
 * included, without a password. MDT replaces that file: every connection comes over TCP from
 * the loopback interface and proves a password (SCRAM-SHA-256); other hosts are refused, and
 * the database opens no Unix socket (see {@link EmbeddedDatabase}).
 */
final class ClientAuthentication {

    static final String RULES = """
            # Written by the MDT launcher: password (SCRAM) logins over loopback TCP only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {}

    /** Writes the rules; the server applies them on its next configuration reload. */
    static void enforce(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), RULES);
        } catch (IOException e) {
            throw new LaunchException(
                    "cannot write " + dataDirectory.resolve("pg_hba.conf") + ": " + e.getMessage(), e);
        }
    }
}
