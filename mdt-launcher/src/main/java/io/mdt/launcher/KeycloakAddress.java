package io.mdt.launcher;

import java.util.Map;

/**
 * How to reach the embedded Keycloak as its administrator, and the secrets of the realm's
 * clients, for an operator's tools and the system tests.
 *
 * @param url the server's base URL, without a trailing {@code /}
 * @param realm MDT's realm
 * @param adminUser the bootstrap administrator of the {@code master} realm
 * @param adminPassword that administrator's generated password
 * @param clientSecrets the generated secret of each confidential client of the realm, by client id
 */
public record KeycloakAddress(
        String url, String realm, String adminUser, String adminPassword, Map<String, String> clientSecrets) {

    public String issuer() {
        return url + "/realms/" + realm;
    }

    /** Keeps the secrets out of log lines and exception messages that print the record. */
    @Override
    public String toString() {
        return "KeycloakAddress[url=" + url + ", realm=" + realm + ", adminUser=" + adminUser + "]";
    }
}
