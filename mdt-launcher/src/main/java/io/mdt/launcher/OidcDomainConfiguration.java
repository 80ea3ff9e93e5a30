package io.mdt.launcher;

import java.util.Optional;

/**
 * The asadmin commands that hand the application server its OpenID Connect provider: the
 * system properties {@code mdt.oidc.issuer}, {@code mdt.oidc.client-id},
 * {@code mdt.oidc.audience}, and {@code mdt.oidc.client-secret}, which refers to the password
 * alias {@value #CLIENT_SECRET_ALIAS} rather than holding the secret. System properties, not
 * JVM options, so that no secret ever appears on the server's command line. Without a
 * provider there are none, and MDT offers its built-in login only.
 */
final class OidcDomainConfiguration {

    static final String CLIENT_SECRET_ALIAS = "mdt-oidc-client-secret";

    private OidcDomainConfiguration() {}

    /** The script's lines for this provider, set on the configuration of the servers that run MDT: empty without one. */
    static String script(Optional<OidcProvider> provider, String config) {
        return provider.map(oidc -> "create-system-properties --target " + config + " "
                        + "mdt.oidc.issuer=" + DatabaseAddress.escape(oidc.issuer())
                        + ":mdt.oidc.client-id=" + DatabaseAddress.escape(oidc.clientId())
                        + ":mdt.oidc.audience=" + DatabaseAddress.escape(oidc.audience())
                        + ":mdt.oidc.client-secret=" + DatabaseAddress.escape("${ALIAS=" + CLIENT_SECRET_ALIAS + "}")
                        + "\n")
                .orElse("");
    }
}
