package io.mdt.launcher;

import java.nio.file.Path;

/**
 * The passwords of the embedded broker's four identities, generated at the first start and
 * kept owner-only in {@code MDT_HOME/secrets/} ({@link PasswordFile}), so that integrated
 * systems configured with them keep connecting across restarts.
 *
 * @param server the password of {@link #SERVER}, with which the application server sends and consumes
 * @param ingest the password of {@link #INGEST}, which may only send to the ingestion queues
 * @param registrar the password of {@link #REGISTRAR}, which may only send to the queue that
 *     registers models
 * @param subscriber the password of {@link #SUBSCRIBER}, which may only consume MDT's topics
 */
public record BrokerCredentials(String server, String ingest, String registrar, String subscriber) {

    public static final String SERVER = "mdt-server";
    public static final String INGEST = "mdt-ingest";
    public static final String REGISTRAR = "mdt-registrar";
    public static final String SUBSCRIBER = "mdt-subscriber";

    /** Reads the four passwords, generating each one that has no file yet. */
    static BrokerCredentials readOrCreate(Path secrets) {
        return new BrokerCredentials(
                PasswordFile.readOrCreate(file(secrets, SERVER)),
                PasswordFile.readOrCreate(file(secrets, INGEST)),
                PasswordFile.readOrCreate(file(secrets, REGISTRAR)),
                PasswordFile.readOrCreate(file(secrets, SUBSCRIBER)));
    }

    /** Where an identity's password is kept, e.g. {@code secrets/broker-mdt-ingest.password}. */
    public static Path file(Path secrets, String identity) {
        return secrets.resolve("broker-" + identity + ".password");
    }

    /** Names the identities only, so that a log line or a failed assertion never shows a password. */
    @Override
    public String toString() {
        return "BrokerCredentials[" + SERVER + ", " + INGEST + ", " + REGISTRAR + ", " + SUBSCRIBER + "]";
    }
}
