package io.mdt.security.web;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;

/**
 * The name a refused bearer token claims, for the audit log: its {@code preferred_username}, or
 * else its {@code sub}, read without trusting it (the token was refused), and never the token.
 */
final class PresentedName {

    static final String UNREADABLE = "(unreadable token)";

    private PresentedName() {}

    static String ofToken(String token) {
        try {
            var claims = JWTParser.parse(token).getJWTClaimsSet();
            var name = claims.getStringClaim("preferred_username");
            if (name == null) {
                name = claims.getSubject();
            }
            return name == null || name.isBlank() ? UNREADABLE : "(claimed) " + name;
        } catch (ParseException | RuntimeException unreadable) {
            return UNREADABLE;
        }
    }
}
