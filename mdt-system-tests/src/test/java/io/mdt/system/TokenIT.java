package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API with access tokens of the real Keycloak the suite runs: client-credentials tokens of
 * integrated systems and users' tokens reach exactly what their realm roles allow; tampered,
 * unsigned and foreign tokens are refused with 401.
 */
@ExtendWith(RunningMdt.class)
class TokenIT {

    private static final String NO_SUCH_VERSION = "/models/no-such-model/versions/v1";

    private final Mdt mdt;
    private final Keycloak keycloak;

    TokenIT(Mdt mdt, Keycloak keycloak) {
        this.mdt = mdt;
        this.keycloak = keycloak;
    }

    @Test
    void theIngestClientMaySendPredictionsAndNothingElse() {
        var token = keycloak.clientCredentialsToken("mdt-ingest");
        assertThat(mdt.as(token)
                        .body("{\"predictions\": []}")
                        .post(NO_SUCH_VERSION + "/predictions")
                        .statusCode())
                .isEqualTo(404);
        assertThat(mdt.as(token).get("/models").statusCode()).isEqualTo(403);
        var me = mdt.as(token).get("/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("name")).isEqualTo("service-account-mdt-ingest");
        assertThat(me.getList("roles", String.class)).containsExactly("mdt-ingest");
        assertThat(me.getString("via")).isEqualTo("token");
    }

    @Test
    void theAutomationClientManagesModelsAsAnEngineer() {
        var token = keycloak.clientCredentialsToken("mdt-automation");
        var name = Mdt.uniqueName("by-token");
        mdt.as(token)
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"owner\": \"automation\"}".formatted(name))
                .post("/models")
                .then()
                .statusCode(201);
        assertThat(mdt.as(token).get("/models?q=" + name).statusCode()).isEqualTo(200);
        assertThat(mdt.as(token).get("/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aUsersTokenCarriesTheRolesOfItsRealmRoles() {
        var viewer = Mdt.uniqueName("viewer");
        keycloak.createUser(viewer, "a long viewer password", List.of("mdt-viewer"), Optional.empty());
        var token = keycloak.passwordToken(viewer, "a long viewer password");
        assertThat(mdt.as(token).get("/models").statusCode()).isEqualTo(200);
        assertThat(mdt.as(token).body("{}").post("/models").statusCode()).isEqualTo(403);
        assertThat(mdt.as(token).get("/me").jsonPath().getString("name")).isEqualTo(viewer);

        var nobody = Mdt.uniqueName("no-role");
        keycloak.createUser(nobody, "a long password of nobody", List.of(), Optional.empty());
        assertThat(mdt.as(keycloak.passwordToken(nobody, "a long password of nobody"))
                        .get("/models")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void tamperedUnsignedAndMalformedTokensAreRefused() {
        var token = keycloak.clientCredentialsToken("mdt-ingest");
        var parts = token.split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"mdt-ingest\"", "\"mdt-admin\"");
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var elevated =
                parts[0] + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        var unsigned = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
        var badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";
        for (var refused : List.of(elevated, unsigned, badSignature, "not-a-token", parts[0] + "." + parts[1])) {
            var answer = mdt.as(refused).get("/users");
            assertThat(answer.statusCode()).as(refused).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
