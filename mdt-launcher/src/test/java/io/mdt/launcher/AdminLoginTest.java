package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminLoginTest {

    @TempDir
    Path secrets;

    @Test
    void generatesThePasswordOnceAndKeepsItWithAnAsadminPasswordFile() throws IOException {
        var first = AdminLogin.readOrCreate(secrets);
        var second = AdminLogin.readOrCreate(secrets);

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(second.password()).isEqualTo(first.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(second.passwordFile())).isEqualTo("AS_ADMIN_PASSWORD=" + first.password() + "\n");
        for (var file : new Path[] {secrets.resolve("payara-admin.password"), second.passwordFile()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void showsThePasswordOnATerminalOnlyNeverInALog() {
        var login = AdminLogin.readOrCreate(secrets);

        assertThat(login.firstStartNotice(true)).contains("user admin").contains(login.password());
        assertThat(login.firstStartNotice(false))
                .contains("user admin")
                .contains(secrets.resolve("payara-admin.password").toString())
                .doesNotContain(login.password());
        assertThat(login.toString()).doesNotContain(login.password());
    }
}
