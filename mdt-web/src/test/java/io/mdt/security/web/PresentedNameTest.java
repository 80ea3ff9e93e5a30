package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PresentedNameTest {

    private static String unsigned(String claims) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    @Test
    void takesThePreferredUsernameElseTheSubjectAndSaysItIsOnlyClaimed() {
        assertThat(PresentedName.ofToken(unsigned("{\"preferred_username\":\"ada\",\"sub\":\"42\"}")))
                .isEqualTo("(claimed) ada");
        assertThat(PresentedName.ofToken(unsigned("{\"sub\":\"42\"}"))).isEqualTo("(claimed) 42");
    }

    @Test
    void somethingThatIsNoTokenIsUnreadableAndNeverRepeated() {
        assertThat(PresentedName.ofToken("not-a-token-but-maybe-a-password")).isEqualTo(PresentedName.UNREADABLE);
        assertThat(PresentedName.ofToken(unsigned("{}"))).isEqualTo(PresentedName.UNREADABLE);
        assertThat(PresentedName.ofToken(unsigned("[1]"))).isEqualTo(PresentedName.UNREADABLE);
    }
}
