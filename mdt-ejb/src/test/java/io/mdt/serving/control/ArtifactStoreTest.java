package io.mdt.serving.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsWrittenWholeUnderItsChecksumAndNothingElseIsLeft() throws IOException {
        var content = "a model".getBytes(StandardCharsets.UTF_8);
        var sha256 = ArtifactStore.sha256(content);

        ArtifactStore.write(folder.resolve("artifacts"), sha256, content);
        ArtifactStore.write(folder.resolve("artifacts"), sha256, content);

        try (var files = Files.list(folder.resolve("artifacts"))) {
            assertThat(files).containsExactly(folder.resolve("artifacts").resolve(sha256));
        }
        assertThat(Files.readAllBytes(folder.resolve("artifacts").resolve(sha256)))
                .isEqualTo(content);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsAStorageFaultNamingIt() throws IOException {
        var blocked = Files.writeString(folder.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> ArtifactStore.write(blocked, "abc", new byte[] {1}))
                .isInstanceOf(ArtifactStorageException.class)
                .hasMessageContaining(blocked.toString());
    }

    @Test
    void theChecksumIsSha256InLowercaseHex() {
        assertThat(ArtifactStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
