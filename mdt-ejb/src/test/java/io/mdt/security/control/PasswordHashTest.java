package io.mdt.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        var hash = PasswordHash.of("correct horse battery staple");
        assertThat(PasswordHash.matches("correct horse battery staple", hash)).isTrue();
        assertThat(PasswordHash.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(PasswordHash.matches("", hash)).isFalse();
    }

    @Test
    void theStoredTextNamesTheSchemeAndOwaspsIterationCountAndUsesAFreshSalt() {
        var first = PasswordHash.of("same password here");
        var second = PasswordHash.of("same password here");
        assertThat(first).startsWith("pbkdf2-sha256$600000$");
        assertThat(first.split("\\$")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void textInAnotherFormatNeverMatches() {
        assertThat(PasswordHash.matches("secret", "secret")).isFalse();
        assertThat(PasswordHash.matches("secret", "md5$1$abc$def")).isFalse();
    }

    @Test
    void aHashWithAnotherIterationCountStaysVerifiable() throws Exception {
        var salt = new byte[16];
        var spec = new javax.crypto.spec.PBEKeySpec("older password".toCharArray(), salt, 1000, 256);
        var key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        var encoder = java.util.Base64.getEncoder().withoutPadding();
        var stored = "pbkdf2-sha256$1000$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(key);
        assertThat(PasswordHash.matches("older password", stored)).isTrue();
    }
}
