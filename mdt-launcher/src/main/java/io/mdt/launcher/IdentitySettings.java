package io.mdt.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where people and integrated systems get the tokens MDT accepts: nowhere (MDT's built-in
 * login only), an external OpenID Connect provider ({@code MDT_OIDC_*}), or a Keycloak that
 * the launcher runs itself ({@code MDT_KEYCLOAK=embedded}) with MDT's realm imported.
 *
 * @param external the external provider, when {@code MDT_OIDC_ISSUER} is set
 * @param embeddedKeycloak whether the launcher runs Keycloak
 * @param keycloakPort the embedded Keycloak's HTTP port on the loopback interface
 * @param keycloakZip the Keycloak distribution Maven downloaded
 */
public record IdentitySettings(
        Optional<OidcProvider> external, boolean embeddedKeycloak, int keycloakPort, Path keycloakZip) {

    static final String DEFAULT_CLIENT_ID = "mdt-dashboard";
    static final String DEFAULT_AUDIENCE = "mdt";
    private static final int DEFAULT_KEYCLOAK_PORT = 8180;

    /** MDT's built-in login only: no provider, no property set in the domain. */
    public static IdentitySettings none() {
        return new IdentitySettings(Optional.empty(), false, DEFAULT_KEYCLOAK_PORT, Path.of("keycloak.zip"));
    }

    /** A Keycloak run by the launcher on this port of 127.0.0.1, unpacked from this distribution. */
    public static IdentitySettings embedded(int port, Path keycloakZip) {
        return new IdentitySettings(Optional.empty(), true, port, keycloakZip);
    }

    static IdentitySettings from(EnvironmentVariables vars, Path keycloakZip) {
        boolean embedded = switch (vars.text("MDT_KEYCLOAK", "off")) {
            case "embedded" -> true;
            case "off" -> false;
            default ->
                throw new InvalidSettingException(
                        "MDT_KEYCLOAK must be embedded or off, got '" + vars.text("MDT_KEYCLOAK", "") + "'");
        };
        var external = external(vars);
        if (embedded && external.isPresent()) {
            throw new InvalidSettingException(
                    "MDT_KEYCLOAK=embedded and MDT_OIDC_ISSUER exclude each other: unset one of them");
        }
        return new IdentitySettings(
                external, embedded, vars.port("MDT_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT), keycloakZip);
    }

    private static Optional<OidcProvider> external(EnvironmentVariables vars) {
        var issuer = vars.optional("MDT_OIDC_ISSUER");
        if (issuer.isEmpty()) {
            for (var dependent : new String[] {"MDT_OIDC_CLIENT_ID", "MDT_OIDC_CLIENT_SECRET", "MDT_OIDC_AUDIENCE"}) {
                if (vars.optional(dependent).isPresent()) {
                    throw new InvalidSettingException(
                            dependent + " needs MDT_OIDC_ISSUER: set it, or unset " + dependent);
                }
            }
            return Optional.empty();
        }
        return Optional.of(new OidcProvider(
                issuer.get(),
                vars.text("MDT_OIDC_CLIENT_ID", DEFAULT_CLIENT_ID),
                vars.optional("MDT_OIDC_CLIENT_SECRET").orElse(""),
                vars.text("MDT_OIDC_AUDIENCE", DEFAULT_AUDIENCE)));
    }
}
