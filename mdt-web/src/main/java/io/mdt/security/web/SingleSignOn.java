package io.mdt.security.web;

import io.mdt.security.boundary.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on to the dashboard with the OpenID provider {@code mdt.oidc.issuer}: the
 * authorization-code flow with PKCE (S256), {@code state} and {@code nonce} (OpenID Connect
 * Core 3.1), as the client {@code mdt.oidc.client-id}, confidential when
 * {@code mdt.oidc.client-secret} is set ({@code client_secret_basic}) and public otherwise. The
 * provider comes back to {@code mdt.dashboard.url}{@value #CALLBACK}. The endpoints come from
 * the provider's discovery document, read at the first sign-in and kept.
 */
@ApplicationScoped
public class SingleSignOn {

    static final String CALLBACK = "/oidc/callback";
    static final String VIA = "oidc";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "mdt.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mdt.oidc.client-id", defaultValue = "mdt-dashboard")
    String clientId;

    @Inject
    @ConfigProperty(name = "mdt.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "mdt.oidc.provider-name", defaultValue = "Keycloak")
    String providerName;

    @Inject
    @ConfigProperty(name = "mdt.dashboard.url", defaultValue = "http://localhost:8080")
    String dashboardUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile ProviderMetadata metadata;
    private volatile TokenVerifier idTokens;

    /** A caller who signed in, and the ID token that says so (the hint for signing out). */
    public record SignedIn(Caller caller, String idToken) {}

    public boolean enabled() {
        return issuer.isPresent();
    }

    public String providerName() {
        return providerName;
    }

    /** Where the browser goes to sign in: the provider's authorization endpoint with this sign-in's request. */
    URI authorizationRequest(PendingSignIn pending) throws IOException {
        var params = new LinkedHashMap<String, String>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri());
        params.put("scope", "openid");
        params.put("state", pending.state());
        params.put("nonce", pending.nonce());
        params.put("code_challenge", pending.codeChallenge());
        params.put("code_challenge_method", "S256");
        return withQuery(metadata().authorizationEndpoint(), params);
    }

    /** Exchanges the code for tokens at the token endpoint and verifies the ID token. */
    SignedIn complete(String code, PendingSignIn pending) throws IOException, InvalidTokenException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri());
        form.put("code_verifier", pending.codeVerifier());
        var request = HttpRequest.newBuilder(metadata().tokenEndpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (clientSecret.isPresent()) {
            request.header("Authorization", "Basic " + basic(clientId, clientSecret.get()));
        } else {
            form.put("client_id", clientId);
        }
        var response = send(
                request.POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint answered HTTP " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        var idToken = idToken(response.body());
        var claims = idTokenVerifier().verifyIdToken(idToken, pending.nonce());
        var caller = new Caller(claims.name(), BearerTokens.granted(claims.groups()), claims.teams(), null, VIA);
        return new SignedIn(caller, idToken);
    }

    /**
     * Where signing out sends the browser: the provider's end-session endpoint (OpenID Connect
     * RP-Initiated Logout 1.0), which ends the provider's session too and comes back to the
     * sign-in page; empty when the provider has none.
     */
    public Optional<URI> endSession(String idToken) {
        try {
            var params = new LinkedHashMap<String, String>();
            params.put("id_token_hint", idToken);
            params.put("client_id", clientId);
            params.put("post_logout_redirect_uri", dashboardUrl + PageAccess.SIGN_IN);
            var endpoint = metadata().endSessionEndpoint();
            return endpoint.map(uri -> withQuery(uri, params));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String redirectUri() {
        return dashboardUrl + CALLBACK;
    }

    private ProviderMetadata metadata() throws IOException {
        var current = metadata;
        if (current == null) {
            var discovery = URI.create(issuer.orElseThrow() + "/.well-known/openid-configuration");
            var response =
                    send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build());
            if (response.statusCode() != 200) {
                throw new IOException(discovery + " answered HTTP " + response.statusCode());
            }
            current = ProviderMetadata.parse(response.body(), issuer.get());
            metadata = current;
        }
        return current;
    }

    private TokenVerifier idTokenVerifier() throws IOException {
        var current = idTokens;
        if (current == null) {
            current =
                    TokenVerifier.of(issuer.orElseThrow(), clientId, metadata().jwksUri());
            idTokens = current;
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri(), e);
        }
    }

    private static String idToken(String body) throws IOException {
        try (var reader = Json.createReader(new StringReader(body))) {
            var token = reader.readObject().getString("id_token", null);
            if (token == null) {
                throw new IOException("the token response has no id_token");
            }
            return token;
        } catch (JsonException | ClassCastException e) {
            throw new IOException("the token response is not a JSON object", e);
        }
    }

    /** HTTP Basic of a client (RFC 6749 section 2.3.1): id and secret form-encoded first. */
    static String basic(String id, String secret) {
        var pair = form(id) + ":" + form(secret);
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static URI withQuery(URI endpoint, Map<String, String> params) {
        var separator = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(endpoint + separator + encode(params));
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(param -> form(param.getKey()) + "=" + form(param.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
