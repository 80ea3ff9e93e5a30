package io.mdt.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as PBKDF2-HMAC-SHA256 with OWASP's recommended 600,000 iterations, a
 * 16-byte random salt and a 32-byte key, stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}
 * (Base64). The iteration count is part of the stored text, so raising it later keeps older
 * hashes verifiable.
 */
public final class PasswordHash {

    public static final int ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Compared with when an account does not exist, so that the answer takes as long as for one that does. */
    private static final String DECOY = of("decoy password for unknown accounts");

    private PasswordHash() {}

    public static String of(String password) {
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether the password is the one hashed; a stored text not in this format never matches. */
    public static boolean matches(String password, String stored) {
        var parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        var salt = Base64.getDecoder().decode(parts[2]);
        var expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** Spends the time of one verification, for a sign-in with an unknown name. */
    public static void spendVerificationTime(String password) {
        matches(password, DECOY);
    }

    private static String format(int iterations, byte[] salt, byte[] key) {
        var base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
