package io.mdt.security.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A single sign-on that went to the identity provider and has not come back yet, kept in the
 * browser's session: the {@code state} that binds the provider's answer to this browser
 * (against login CSRF), the {@code nonce} the ID token must carry (against replayed tokens),
 * and the PKCE code verifier (RFC 7636) whose S256 challenge went with the request, so that a
 * stolen code is worthless. Each is 256 random bits, URL-safe Base64 without padding.
 *
 * @param next the page to go on to, already checked by {@link NextPage}
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String next) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    static PendingSignIn start(String next) {
        return new PendingSignIn(random(), random(), random(), NextPage.of(next));
    }

    /** The PKCE code challenge: {@code BASE64URL(SHA-256(ASCII(code_verifier)))}, RFC 7636 section 4.2. */
    String codeChallenge() {
        return challenge(codeVerifier);
    }

    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the provider's answer carries this sign-in's state, compared in constant time. */
    boolean answers(String returnedState) {
        return returnedState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.US_ASCII), returnedState.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
