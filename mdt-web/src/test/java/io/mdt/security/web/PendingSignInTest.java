package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PendingSignInTest {

    /** Golden value from Python: {@code urlsafe_b64encode(sha256(verifier).digest()).rstrip(b"=")}. */
    @Test
    void theCodeChallengeIsTheUnpaddedBase64urlOfTheVerifiersSha256() {
        assertThat(PendingSignIn.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFWEjXk"))
                .isEqualTo("GtYeWw66H0rHn6NV8t1grdSxDUMtenRi49LKGFm4bkE");
        var pending = PendingSignIn.start("/models.xhtml");
        assertThat(pending.codeChallenge()).isEqualTo(PendingSignIn.challenge(pending.codeVerifier()));
    }

    @Test
    void stateNonceAndVerifierAre256RandomBitsEachTimeAndAllowedByRfc7636() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            var pending = PendingSignIn.start("/");
            for (var value : new String[] {pending.state(), pending.nonce(), pending.codeVerifier()}) {
                assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
                assertThat(seen.add(value)).as("a value drawn twice").isTrue();
            }
        }
    }

    @Test
    void answersOnlyItsOwnState() {
        var pending = PendingSignIn.start("/");
        var other = PendingSignIn.start("/");

        assertThat(pending.answers(pending.state())).isTrue();
        assertThat(pending.answers(other.state())).isFalse();
        assertThat(pending.answers(pending.state().substring(1))).isFalse();
        assertThat(pending.answers("")).isFalse();
        assertThat(pending.answers(null)).isFalse();
    }

    @Test
    void keepsOnlyAPageOfMdtToGoOnTo() {
        assertThat(PendingSignIn.start("/alerts.xhtml?model=a").next()).isEqualTo("/alerts.xhtml?model=a");
        assertThat(PendingSignIn.start("https://evil.example/").next()).isEqualTo("/");
        assertThat(PendingSignIn.start(null).next()).isEqualTo("/");
    }
}
