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
        try {
            var retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_JWKS_BYTES);
            var address = URI.create(jwksUri.orElse(issuer + "/protocol/openid-connect/certs"))
                    .toURL();
            return new TokenVerifier(
                    issuer,
                    audience,
                    JWKSourceBuilder.create(address, retriever).build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("mdt.oidc.issuer is not a URL: " + issuer, e);
        }
    }

    Claims verify(String token) throws InvalidTokenException {
        try {
            var claims = processor.process(token, null);
            var name = Optional.ofNullable(claims.getStringClaim("preferred_username"))
                    .orElse(claims.getSubject());
            var groups =
                    Optional.ofNullable(claims.getStringListClaim("groups")).orElse(List.of());
            var teams = Optional.ofNullable(claims.getStringListClaim("teams")).orElse(List.of());
            return new Claims(name, Set.copyOf(groups), Set.copyOf(teams));
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JWT: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new InvalidTokenException(e.getMessage(), e);
        }
    }
}
