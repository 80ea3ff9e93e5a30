package io.mdt.security.web;

import io.mdt.platform.boundary.Correlation;
import io.mdt.security.boundary.Caller;
import io.mdt.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens of the identity provider ({@code mdt.oidc.issuer}, Keycloak or another OpenID
 * provider), checked as MicroProfile JWT prescribes: signed (RS256, ES256 or PS256; never
 * {@code alg: none}) by a key of the issuer's JWKS, the issuer and the audience
 * ({@code mdt.oidc.audience}) as configured, within {@code exp} and {@code nbf}, with
 * {@code sub}, {@code iat} and {@code exp} present. Roles come from the {@code groups} claim;
 * a name of none of MDT's roles is ignored. Teams come from the {@code teams} claim (Keycloak's
 * group membership, group names without their path). Without an issuer no token is accepted.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Correlation.logger(BearerTokens.class);

    @Inject
    @ConfigProperty(name = "mdt.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mdt.oidc.audience", defaultValue = "mdt")
    String audience;

    @Inject
    @ConfigProperty(name = "mdt.oidc.jwks-uri")
    Optional<String> jwksUri;

    private volatile TokenVerifier verifier;

    /** The caller a token speaks for, or empty when it is not valid (logged, with the reason). */
    public Optional<Caller> verify(String token) {
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        try {
            var claims = verifier().verify(token);
            return Optional.of(new Caller(claims.name(), granted(claims.groups()), claims.teams(), null, "token"));
        } catch (InvalidTokenException e) {
            LOG.info(() -> "bearer token refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Set<String> granted(Set<String> groups) {
        return groups.stream()
                .map(Role::named)
                .flatMap(Optional::stream)
                .flatMap(role -> role.grantedNames().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Built at the first token, so that MDT may start before its identity provider answers. */
    private TokenVerifier verifier() {
        var current = verifier;
        if (current == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = TokenVerifier.of(issuer.get(), audience, jwksUri);
                }
                current = verifier;
            }
        }
        return current;
    }
}
