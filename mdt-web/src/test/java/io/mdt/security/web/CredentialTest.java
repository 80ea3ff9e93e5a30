package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBasicWithAColonInThePassword() {
        assertThat(Credential.parse(basic("ada:pass:word"))).contains(new Credential.Basic("ada", "pass:word"));
        assertThat(Credential.parse(basic("zoë:ünïcode"))).contains(new Credential.Basic("zoë", "ünïcode"));
    }

    @Test
    void readsBearerInAnyCaseOfTheScheme() {
        assertThat(Credential.parse("Bearer abc.def.ghi")).contains(new Credential.Bearer("abc.def.ghi"));
        assertThat(Credential.parse("bearer mdt_x")).contains(new Credential.Bearer("mdt_x"));
    }

    @Test
    void refusesWhatIsNeitherOrMalformed() {
        assertThat(Credential.parse("Bearer")).isEmpty();
        assertThat(Credential.parse("Bearer   ")).isEmpty();
        assertThat(Credential.parse("Digest username=ada")).isEmpty();
        assertThat(Credential.parse("Basic !!!not-base64")).isEmpty();
        assertThat(Credential.parse(basic("no-colon"))).isEmpty();
        assertThat(Credential.parse(basic(":no-name"))).isEmpty();
        assertThat(Credential.parse("Bearer " + "a".repeat(20_000))).isEmpty();
    }
}
