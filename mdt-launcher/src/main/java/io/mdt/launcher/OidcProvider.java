package io.mdt.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The OpenID Connect provider MDT trusts, as the application server receives it: tokens must
 * come from {@code issuer} and name {@code audience}; the dashboard logs people in as the
 * confidential client {@code clientId}. Every value but the secret reaches an asadmin
 * script, so each is checked against a strict shape first; the secret reaches the domain
 * only as a password alias.
 *
 * @param issuer the provider's issuer URL exactly as its tokens carry it in {@code iss}
 * @param clientId the dashboard's client
 * @param clientSecret that client's secret
 * @param audience the audience access tokens for MDT's API must carry in {@code aud}
 */
public record OidcProvider(String issuer, String clientId, String clientSecret, String audience) {

    /** Client ids and audiences: identifiers or URLs, without spaces, quotes or expression characters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~:/@+-]+");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public OidcProvider {
        issuer = checkedIssuer(issuer);
        clientId = checked("MDT_OIDC_CLIENT_ID", clientId);
        audience = checked("MDT_OIDC_AUDIENCE", audience);
        if (clientSecret == null
                || clientSecret.isEmpty()
                || CONTROL.matcher(clientSecret).find()) {
            throw new InvalidSettingException("MDT_OIDC_CLIENT_SECRET must be set, on one line, for MDT_OIDC_ISSUER");
        }
    }

    /** Keeps the secret out of log lines and exception messages that print the record. */
    @Override
    public String toString() {
        return "OidcProvider[issuer=" + issuer + ", clientId=" + clientId + ", audience=" + audience + "]";
    }

    private static String checkedIssuer(String issuer) {
        try {
            var uri = new URI(issuer);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && NAME.matcher(issuer).matches()) {
                return issuer;
            }
        } catch (URISyntaxException | NullPointerException malformed) {
            // reported below with the variable's name
        }
        throw new InvalidSettingException("MDT_OIDC_ISSUER must be an http:// or https:// URL like"
                + " https://keycloak.example.com/realms/mdt, got '" + issuer + "'");
    }

    private static String checked(String variable, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new InvalidSettingException(
                    variable + " must be made of letters, digits and . _ ~ : / @ + -, got '" + value + "'");
        }
        return value;
    }
}
