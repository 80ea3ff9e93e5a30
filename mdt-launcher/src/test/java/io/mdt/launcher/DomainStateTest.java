package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainStateTest {

    @Test
    void survivesARoundTripThroughItsFile(@TempDir Path folder) {
        var file = folder.resolve("mdt.launch");
        new DomainState("abc", new int[] {40001, 40002}, "").deployed("ear-sum").write(file);

        var read = DomainState.read(file).orElseThrow();

        assertThat(read.fingerprint()).isEqualTo("abc");
        assertThat(read.internalPorts()).containsExactly(40001, 40002);
        assertThat(read.deployedEar()).isEqualTo("ear-sum");
    }

    @Test
    void aMissingOrDamagedFileMeansNoState(@TempDir Path folder) throws Exception {
        assertThat(DomainState.read(folder.resolve("absent"))).isEmpty();
        var damaged = Files.writeString(folder.resolve("damaged"), "internalPorts=12,x\n");
        assertThat(DomainState.read(damaged)).isEmpty();
    }
}
