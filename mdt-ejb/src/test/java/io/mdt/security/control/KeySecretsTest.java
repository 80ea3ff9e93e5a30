package io.mdt.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class KeySecretsTest {

    @Test
    void generatedKeysHaveTheirShapeAndDiffer() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            var key = KeySecrets.generate();
            assertThat(KeySecrets.looksLikeKey(key)).as(key).isTrue();
            assertThat(KeySecrets.prefix(key)).hasSize(12).startsWith("mdt_");
            seen.add(key);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void textOfAnotherShapeIsNoKey() {
        assertThat(KeySecrets.looksLikeKey(null)).isFalse();
        assertThat(KeySecrets.looksLikeKey("mdt_short")).isFalse();
        assertThat(KeySecrets.looksLikeKey("eyJhbGciOiJSUzI1NiJ9.e30.sig")).isFalse();
        assertThat(KeySecrets.looksLikeKey("mdt_" + "a".repeat(42) + "=")).isFalse();
    }

    @Test
    void theHashIsSha256InHexAndComparedExactly() {
        var hash = KeySecrets.hash("mdt_example");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(KeySecrets.sameHash(hash, KeySecrets.hash("mdt_example"))).isTrue();
        assertThat(KeySecrets.sameHash(hash, KeySecrets.hash("mdt_examplf"))).isFalse();
    }
}
