package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerCredentialsTest {

    @TempDir
    Path home;

    @Test
    void generatesFourDifferentPasswordsInOwnerOnlyFiles() throws IOException {
        var secrets = home.resolve("secrets");

        var credentials = BrokerCredentials.readOrCreate(secrets);

        assertThat(credentials.server()).isNotBlank().isNotEqualTo(credentials.ingest());
        assertThat(credentials.ingest()).isNotBlank().isNotEqualTo(credentials.subscriber());
        assertThat(credentials.registrar()).isNotBlank().isNotEqualTo(credentials.ingest());
        for (var identity : new String[] {"mdt-server", "mdt-ingest", "mdt-registrar", "mdt-subscriber"}) {
            var file = secrets.resolve("broker-" + identity + ".password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(BrokerCredentials.file(secrets, BrokerCredentials.INGEST))
                        .strip())
                .isEqualTo(credentials.ingest());
    }

    @Test
    void reusesThePasswordsOfAnEarlierStart() {
        var secrets = home.resolve("secrets");
        var first = BrokerCredentials.readOrCreate(secrets);

        assertThat(BrokerCredentials.readOrCreate(secrets)).isEqualTo(first);
    }

    @Test
    void neverShowsAPasswordWhenPrinted() {
        var credentials = BrokerCredentials.readOrCreate(home);

        assertThat(credentials.toString())
                .doesNotContain(credentials.server())
                .doesNotContain(credentials.ingest())
                .doesNotContain(credentials.registrar())
                .doesNotContain(credentials.subscriber());
    }
}
