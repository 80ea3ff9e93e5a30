package io.mdt.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API key secrets: {@code mdt_} followed by 32 random bytes in URL-safe Base64. A key carries
 * 256 bits of entropy, so a plain SHA-256 of it is as safe to store as a slow password hash and
 * lets every request be checked in microseconds. Its first characters are its prefix, by which
 * it is found and which people see in lists.
 */
public final class KeySecrets {

    public static final String MARK = "mdt_";

    private static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final Pattern FORMAT = Pattern.compile("mdt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {}

    public static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a key, before any lookup. */
    public static boolean looksLikeKey(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public static String prefix(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    /** Compares two hashes in constant time. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
