package io.mdt.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** What an {@code Authorization} header carries: HTTP Basic (RFC 7617) or a bearer token (RFC 6750). */
sealed interface Credential {

    /** Longest header read; longer ones are refused unread. */
    int MAX_LENGTH = 16_384;

    record Basic(String name, String password) implements Credential {}

    record Bearer(String token) implements Credential {}

    /** The credential of a header, or empty when it is neither scheme or is malformed. */
    static Optional<Credential> parse(String header) {
        if (header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        var scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        var value = header.substring(space + 1).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (scheme) {
            case "bearer" -> Optional.of(new Bearer(value));
            case "basic" -> basic(value);
            default -> Optional.empty();
        };
    }

    private static Optional<Credential> basic(String encoded) {
        try {
            var decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
