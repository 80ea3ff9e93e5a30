package io.mdt.security.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;

/**
 * What MDT uses of an OpenID provider's discovery document ({@code /.well-known/openid-configuration},
 * OpenID Connect Discovery 1.0 section 3). The document must name the configured issuer exactly
 * (section 4.3), so that a document served for another issuer is not trusted.
 */
record ProviderMetadata(
        String issuer, URI authorizationEndpoint, URI tokenEndpoint, String jwksUri, Optional<URI> endSessionEndpoint) {

    static ProviderMetadata parse(String document, String expectedIssuer) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(document))) {
            json = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException("the discovery document is not a JSON object", e);
        }
        var issuer = required(json, "issuer");
        if (!issuer.equals(expectedIssuer)) {
            throw new IllegalStateException(
                    "the discovery document names the issuer " + issuer + ", not " + expectedIssuer);
        }
        return new ProviderMetadata(
                issuer,
                URI.create(required(json, "authorization_endpoint")),
                URI.create(required(json, "token_endpoint")),
                required(json, "jwks_uri"),
                Optional.ofNullable(json.getString("end_session_endpoint", null))
                        .map(URI::create));
    }

    private static String required(JsonObject json, String name) {
        var value = json.getString(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the discovery document has no " + name);
        }
        return value;
    }
}
