package io.mdt.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.launcher.OidcProvider;
import io.mdt.launcher.Stack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded Keycloak as the launcher runs it: MDT's realm imported from the export, tokens
 * whose claims MDT's security reads ({@code groups} for roles, {@code teams}, audience
 * {@code mdt}, the issuer MDT's server was told), and that server's OIDC system properties,
 * read back through Payara's admin REST API, with the client secret reaching the server's JVM
 * through its password alias.
 */
@ExtendWith(RunningMdt.class)
class KeycloakIT {

    private final Keycloak keycloak;
    private final OidcProvider provider;
    private final Stack stack;
    private final Mdt mdt;

    KeycloakIT(Keycloak keycloak, Stack stack, Mdt mdt) {
        this.keycloak = keycloak;
        this.stack = stack;
        this.mdt = mdt;
        this.provider = stack.oidcProvider().orElseThrow();
    }

    @Test
    void importsTheRealmWithItsRolesTeamAndDashboardClient(Mdt mdt) {
        var roles =
                keycloak.admin().get("/roles").then().statusCode(200).extract().jsonPath();
        var groups =
                keycloak.admin().get("/groups").then().statusCode(200).extract().jsonPath();
        var dashboard = client("mdt-dashboard");

        assertThat(roles.getList("name", String.class))
                .contains("mdt-admin", "mdt-engineer", "mdt-viewer", "mdt-ingest");
        assertThat(groups.getList("name", String.class)).contains("fraud-detection");
        assertThat(dashboard.getBoolean("publicClient")).isFalse();
        assertThat(dashboard.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(dashboard.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(dashboard.getString("attributes.'pkce.code.challenge.method'"))
                .isEqualTo("S256");
        assertThat(dashboard.getList("redirectUris", String.class)).containsExactly(mdt.baseUrl() + "/oidc/callback");
        assertThat(client("mdt-ingest").getBoolean("serviceAccountsEnabled")).isTrue();
    }

    @Test
    void ingestClientCredentialsTokenCarriesItsRoleTeamAudienceAndTheServersIssuer() {
        var claims = Keycloak.claims(keycloak.clientCredentialsToken("mdt-ingest"));

        assertThat(claims.getList("groups", String.class)).containsExactly("mdt-ingest");
        assertThat(claims.getList("teams", String.class)).containsExactly("fraud-detection");
        assertThat(audiences(claims)).contains(provider.audience());
        assertThat(claims.getString("iss")).isEqualTo(provider.issuer()).isEqualTo(keycloak.issuer());
    }

    @Test
    void automationClientActsAsAnEngineer() {
        var claims = Keycloak.claims(keycloak.clientCredentialsToken("mdt-automation"));

        assertThat(claims.getList("groups", String.class)).containsExactly("mdt-engineer");
        assertThat(audiences(claims)).contains("mdt");
    }

    @Test
    void aTestUserGetsATokenWithItsRolesAndTeam() {
        var username = Mdt.uniqueName("viewer");
        var team = Mdt.uniqueName("team");
        keycloak.createUser(username, "long enough password", List.of("mdt-viewer"), Optional.of(team));

        var claims = Keycloak.claims(keycloak.passwordToken(username, "long enough password"));

        assertThat(claims.getString("preferred_username")).isEqualTo(username);
        assertThat(claims.getList("groups", String.class))
                .contains("mdt-viewer")
                .doesNotContain("mdt-admin");
        assertThat(claims.getList("teams", String.class)).containsExactly(team);
        assertThat(audiences(claims)).contains("mdt");
        assertThat(claims.getString("iss")).isEqualTo(provider.issuer());
    }

    @Test
    void serverReceivedTheOidcPropertiesWithTheSecretByAlias() {
        assertThat(property("mdt.oidc.issuer")).isEqualTo(keycloak.issuer());
        assertThat(property("mdt.oidc.client-id")).isEqualTo("mdt-dashboard");
        assertThat(property("mdt.oidc.audience")).isEqualTo("mdt");
        assertThat(property("mdt.oidc.client-secret")).isEqualTo("${ALIAS=mdt-oidc-client-secret}");
        assertThat(runningServerProperty("mdt.oidc.issuer")).isEqualTo(keycloak.issuer());
        assertThat(runningServerProperty("mdt.oidc.client-secret").equals(keycloak.clientSecret("mdt-dashboard")))
                .as("the server's JVM holds the dashboard client's secret, resolved from its alias")
                .isTrue();
    }

    private JsonPath client(String clientId) {
        return new JsonPath(keycloak.admin()
                        .queryParam("clientId", clientId)
                        .get("/clients")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .setRootPath("[0]");
    }

    private static List<String> audiences(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    private JsonPath admin(String path) {
        return given().baseUri(stack.settings().adminUrl())
                .auth()
                .preemptive()
                .basic("admin", mdt.consolePassword())
                .urlEncodingEnabled(false)
                .accept(ContentType.JSON)
                .get("/management/domain" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * A system property as the running server's JVM holds it, from Payara's JVM report; the
     * report is searched here and never printed, since it holds the resolved secret.
     */
    private String runningServerProperty(String name) {
        var report =
                admin("/servers/server/server/generate-jvm-report?type=summary").getString("message");
        return report.lines()
                .map(String::strip)
                .filter(line -> line.startsWith(name + " = "))
                .map(line -> line.substring(name.length() + 3))
                .findFirst()
                .orElse("(not set)");
    }

    /** A system property as the domain configuration stores it: on the configuration of the servers that run MDT. */
    private String property(String name) {
        return admin("/configs/config/server-config/system-property/" + name).getString("extraProperties.entity.value");
    }
}
