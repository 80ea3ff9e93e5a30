package io.mdt.system;

import static io.restassured.RestAssured.given;

import io.mdt.launcher.KeycloakAddress;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Keycloak that the stack runs, as tests use it: they create their own users through the
 * admin REST API (the realm export has none) and get real tokens for them and for the
 * realm's service-account clients. Password-grant tokens come from a client that exists only
 * in the tests, {@value #TEST_CLIENT}, created on first use with direct access grants and the
 * same protocol mappers as {@code mdt-dashboard}, so its tokens carry the same claims as a
 * dashboard login's.
 */
public final class Keycloak {

    static final String TEST_CLIENT = "mdt-system-tests";

    private final KeycloakAddress address;
    private final String testClientSecret = UUID.randomUUID().toString();
    private boolean testClientCreated;

    Keycloak(KeycloakAddress address) {
        this.address = address;
    }

    public String url() {
        return address.url();
    }

    public String issuer() {
        return address.issuer();
    }

    /** The generated secret of one of the realm's confidential clients. */
    public String clientSecret(String clientId) {
        return address.clientSecrets().get(clientId);
    }

    /** An access token of a service-account client (client-credentials grant). */
    public String clientCredentialsToken(String clientId) {
        return token(given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret(clientId)));
    }

    /** An access token of a user created by {@link #createUser}, as the dashboard's login would get it. */
    public synchronized String passwordToken(String username, String password) {
        ensureTestClient();
        return token(given().formParam("grant_type", "password")
                .formParam("client_id", TEST_CLIENT)
                .formParam("client_secret", testClientSecret)
                .formParam("scope", "openid")
                .formParam("username", username)
                .formParam("password", password));
    }

    /**
     * Creates an enabled user with a password (at least 12 characters, as the realm's policy
     * requires), these realm roles and, if given, membership of a team; returns the user's id.
     * The team's group is created when it does not exist yet.
     */
    public String createUser(String username, String password, List<String> roles, Optional<String> team) {
        team.ifPresent(this::ensureTeam);
        var groups = team.map(name -> "[\"/" + name + "\"]").orElse("[]");
        var location = admin().body("""
                        {"username": "%s", "enabled": true, "email": "%s@mdt.test", "emailVerified": true,
                         "firstName": "Test", "lastName": "User", "groups": %s,
                         "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                        """.formatted(username, username, groups, password))
                .post("/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        var id = location.substring(location.lastIndexOf('/') + 1);
        var representations = roles.stream()
                .map(role -> admin().get("/roles/" + role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .toList();
        admin().body("[" + String.join(",", representations) + "]")
                .post("/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        return id;
    }

    /** The claims of a token, decoded without checking its signature (MDT checks that). */
    public static JsonPath claims(String jwt) {
        var payload = jwt.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** The admin REST API of MDT's realm, as the bootstrap administrator. */
    public RequestSpecification admin() {
        var token = given().baseUri(address.url())
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", address.adminUser())
                .formParam("password", address.adminPassword())
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        return given().baseUri(address.url())
                .basePath("/admin/realms/" + address.realm())
                .auth()
                .oauth2(token.toString())
                .contentType(ContentType.JSON);
    }

    private String token(RequestSpecification request) {
        return request.baseUri(issuer())
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private void ensureTeam(String team) {
        var status =
                admin().body("{\"name\": \"" + team + "\"}").post("/groups").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create the group " + team + ": HTTP " + status);
        }
    }

    private void ensureTestClient() {
        if (testClientCreated) {
            return;
        }
        var dashboardId = admin().queryParam("clientId", "mdt-dashboard")
                .get("/clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].id");
        var mappers = admin().get("/clients/" + dashboardId + "/protocol-mappers/models")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll("\"id\":\"[^\"]*\",", "");
        admin().body("""
                        {"clientId": "%s", "publicClient": false, "secret": "%s", "standardFlowEnabled": false,
                         "directAccessGrantsEnabled": true, "serviceAccountsEnabled": false, "protocolMappers": %s}
                        """.formatted(TEST_CLIENT, testClientSecret, mappers))
                .post("/clients")
                .then()
                .statusCode(201);
        testClientCreated = true;
    }
}
