package io.mdt.security.web;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the JWTs of one issuer against the keys it publishes at
 * {@code ISSUER/protocol/openid-connect/certs} (Keycloak's JWKS address; another provider's is
 * set with {@code mdt.oidc.jwks-uri}), fetched with 2 s timeouts and cached, refreshed when a
 * token names an unknown key id.
 */
final class TokenVerifier {

    /** The claims MDT uses of a verified token. */
    record Claims(String name, Set<String> groups, Set<String> teams) {}

    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256);
    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int MAX_JWKS_BYTES = 512 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** A verifier of the issuer's tokens, signed by one of the keys of {@code keys}. */
    TokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp")));
    }

    static TokenVerifier of(String issuer, String audience, Optional<String> jwksUri) {
        return of(issuer, audience, jwksUri.orElse(issuer + "/protocol/openid-connect/certs"));
    }

    /** A verifier of the issuer's tokens for this audience, with the keys published at {@code jwksUri}. */
    static TokenVerifier of(String issuer, String audience, String jwksUri) {
        try {
            var retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_JWKS_BYTES);
            var address = URI.create(jwksUri).toURL();
            return new TokenVerifier(
                    issuer,
                    audience,
                    JWKSourceBuilder.create(address, retriever).build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWKS address is not a URL: " + jwksUri, e);
        }
    }

    Claims verify(String token) throws InvalidTokenException {
        return claims(process(token));
    }

    /**
     * Verifies an ID token (OpenID Connect Core 3.1.3.7): besides the checks of every token,
     * its audience is the client ({@code audience} of this verifier), it carries the
     * {@code nonce} of the sign-in that asked for it, and an authorized party, if named, is
     * that client.
     */
    Claims verifyIdToken(String token, String nonce) throws InvalidTokenException {
        var claims = process(token);
        Object azp = claims.getClaim("azp");
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw new InvalidTokenException("the ID token's nonce is not the sign-in's", null);
        }
        if (azp != null && !claims.getAudience().contains(String.valueOf(azp))) {
            throw new InvalidTokenException("the ID token's authorized party is another client: " + azp, null);
        }
        return claims(claims);
    }

    private JWTClaimsSet process(String token) throws InvalidTokenException {
        try {
            return processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JWT: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new InvalidTokenException(e.getMessage(), e);
        }
    }

    private static Claims claims(JWTClaimsSet claims) throws InvalidTokenException {
        try {
            var name = Optional.ofNullable(claims.getStringClaim("preferred_username"))
                    .orElse(claims.getSubject());
            return new Claims(name, strings(claims, "groups"), strings(claims, "teams"));
        } catch (ParseException e) {
            throw new InvalidTokenException("a claim has the wrong type: " + e.getMessage(), e);
        }
    }

    private static Set<String> strings(JWTClaimsSet claims, String name) throws ParseException {
        return Set.copyOf(Optional.ofNullable(claims.getStringListClaim(name)).orElse(List.of()));
    }
}
