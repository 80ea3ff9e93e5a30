package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Team isolation on the running server: two teams, each with a model, a version, a monitor and
 * a rule. People, keys and Keycloak tokens of one team see and change only their team's models
 * and everything of them; the other team's answer 404, exactly as what does not exist.
 */
@ExtendWith(RunningMdt.class)
class TeamsIT {

    private final Mdt mdt;
    private final Keycloak keycloak;

    private String red;
    private String blue;
    private Model redModel;
    private Model blueModel;

    TeamsIT(Mdt mdt, Keycloak keycloak) {
        this.mdt = mdt;
        this.keycloak = keycloak;
    }

    /** A model of a team with version v1, its monitor and a rule of its own. */
    private record Model(String name, long id, long monitor, long rule) {}

    @BeforeEach
    void twoTeamsWithAModelEach() {
        red = Mdt.uniqueName("red");
        blue = Mdt.uniqueName("blue");
        redModel = model(red);
        blueModel = model(blue);
    }

    @Test
    void anEngineerSeesAndChangesOnlyTheModelsOfItsTeam() {
        var engineerName = mdt.createUser("mdt-engineer", red);
        Supplier<RequestSpecification> engineer = () -> mdt.asUser(engineerName);

        assertThat(engineer.get().get("/models?size=200").jsonPath().getList("items.name", String.class))
                .contains(redModel.name())
                .doesNotContain(blueModel.name());
        engineer.get().get("/models/" + redModel.id()).then().statusCode(200);
        for (var path : List.of(
                "/models/" + blueModel.id(),
                "/models/" + blueModel.name() + "/versions",
                "/models/" + blueModel.name() + "/versions/v1",
                "/models/" + blueModel.name() + "/versions/v1/monitors",
                "/models/" + blueModel.name() + "/versions/v1/references",
                "/models/" + blueModel.name() + "/status",
                "/monitors/" + blueModel.monitor(),
                "/monitors/" + blueModel.monitor() + "/runs",
                "/alert-rules/" + blueModel.rule(),
                "/alerts?model=" + blueModel.name())) {
            assertThat(status(engineer.get().get(path))).as(path).isEqualTo(404);
        }
        assertThat(status(engineer.get().body(modelBody("renamed", null)).put("/models/" + blueModel.id())))
                .isEqualTo(404);
        assertThat(status(engineer.get().delete("/models/" + blueModel.id()))).isEqualTo(404);
        assertThat(status(engineer.get().delete("/monitors/" + blueModel.monitor())))
                .isEqualTo(404);
        assertThat(status(engineer.get().delete("/alert-rules/" + blueModel.rule())))
                .isEqualTo(404);
        assertThat(status(engineer.get()
                        .body(SyntheticStream.schema("v2"))
                        .post("/models/" + blueModel.name() + "/versions")))
                .isEqualTo(404);
        mdt.api().get("/models/" + blueModel.id()).then().statusCode(200);
        mdt.api().get("/monitors/" + blueModel.monitor()).then().statusCode(200);

        var rules = engineer.get().get("/alert-rules").jsonPath().getList("id", Long.class);
        assertThat(rules).contains(redModel.rule()).doesNotContain(blueModel.rule());
    }

    @Test
    void aNewModelGoesToTheCallersTeamAndOnlyToOneOfItsTeams() {
        var engineerName = mdt.createUser("mdt-engineer", red);
        Supplier<RequestSpecification> engineer = () -> mdt.asUser(engineerName);
        var created = engineer.get()
                .body(modelBody(Mdt.uniqueName("own"), null))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("team")).isEqualTo(red);

        var foreign =
                engineer.get().body(modelBody(Mdt.uniqueName("foreign"), blue)).post("/models");
        assertThat(status(foreign)).isEqualTo(400);
        assertThat(foreign.jsonPath().getString("violations[0].field")).isEqualTo("team");

        var twoTeamsName = mdt.createUser("mdt-engineer", red, blue);
        Supplier<RequestSpecification> twoTeams = () -> mdt.asUser(twoTeamsName);
        var unnamed =
                twoTeams.get().body(modelBody(Mdt.uniqueName("which"), null)).post("/models");
        assertThat(status(unnamed)).isEqualTo(400);
        assertThat(unnamed.jsonPath().getString("violations[0].message")).contains(red, blue);
        var moved = twoTeams.get()
                .body(modelBody(created.getString("name"), blue))
                .put("/models/" + created.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(moved.getString("team")).isEqualTo(blue);
        assertThat(status(engineer.get().get("/models/" + created.getLong("id"))))
                .isEqualTo(404);

        var administrators = mdt.api()
                .body(modelBody(Mdt.uniqueName("admins"), null))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(administrators.getString("team")).isEqualTo(Mdt.TEAM);
    }

    @Test
    void anAdministratorMovesAnAccountToAnotherTeam() {
        var name = mdt.createUser("mdt-viewer", red);
        assertThat(status(mdt.asUser(name).get("/models/" + blueModel.id()))).isEqualTo(404);
        long id = mdt.api().get("/users").jsonPath().getLong("find { it.name == '" + name + "' }.id");
        mdt.api()
                .body("{\"teams\": [\"" + blue + "\"]}")
                .put("/users/" + id)
                .then()
                .statusCode(200);
        mdt.asUser(name).get("/models/" + blueModel.id()).then().statusCode(200);
        assertThat(status(mdt.asUser(name).get("/models/" + redModel.id()))).isEqualTo(404);
    }

    @Test
    void aKeyLimitedToOneModelReachesThatModelAlone() {
        var ingestKey = mdt.createKey("mdt-ingest", "\"model\": \"" + redModel.name() + "\"");
        Supplier<RequestSpecification> ingest = () -> mdt.as(ingestKey);
        var batch = new SyntheticStream(3, Set.of(), Instant.MAX)
                .batch("k", 0, 5, Instant.now().minus(Duration.ofHours(1)), Duration.ofSeconds(1));
        ingest.get()
                .body(batch)
                .post("/models/" + redModel.name() + "/versions/v1/predictions")
                .then()
                .statusCode(200);
        assertThat(status(ingest.get().body(batch).post("/models/" + blueModel.name() + "/versions/v1/predictions")))
                .isEqualTo(404);

        var key = mdt.api().get("/api-keys").jsonPath().getMap("find { it.model == " + redModel.id() + " }");
        assertThat(key).containsEntry("team", red);

        var viewerKey = mdt.createKey("mdt-viewer", "\"team\": \"" + blue + "\"");
        Supplier<RequestSpecification> teamViewer = () -> mdt.as(viewerKey);
        teamViewer.get().get("/models/" + blueModel.id()).then().statusCode(200);
        assertThat(status(teamViewer.get().get("/models/" + redModel.id()))).isEqualTo(404);
    }

    @Test
    void aKeyNeedsATeamOrAModelUnlessItIsAnAdministrators() {
        var body = """
                {"name": "%s", "role": "mdt-viewer", "expiresAt": "%s"}
                """.formatted(Mdt.uniqueName("unscoped"), Instant.now().plus(Duration.ofHours(1)));
        assertThat(status(mdt.api().body(body).post("/api-keys"))).isEqualTo(400);
        var mismatch = """
                {"name": "%s", "role": "mdt-ingest", "team": "%s", "model": "%s", "expiresAt": "%s"}
                """.formatted(
                Mdt.uniqueName("mismatch"), blue, redModel.name(), Instant.now().plus(Duration.ofHours(1)));
        assertThat(status(mdt.api().body(mismatch).post("/api-keys"))).isEqualTo(400);
    }

    @Test
    void globalRulesAreReadByEveryTeamAndChangedByAdministratorsAlone() {
        var engineerName = mdt.createUser("mdt-engineer", red);
        Supplier<RequestSpecification> engineer = () -> mdt.asUser(engineerName);
        var global = "{\"name\": \"%s\", \"kind\": \"column_drift\", \"severity\": \"warning\"}"
                .formatted(Mdt.uniqueName("global"));
        var refused = engineer.get().body(global).post("/alert-rules");
        assertThat(status(refused)).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        long id = mdt.api()
                .body(global)
                .post("/alert-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try {
            engineer.get().get("/alert-rules/" + id).then().statusCode(200);
            assertThat(status(engineer.get().delete("/alert-rules/" + id))).isEqualTo(403);
        } finally {
            mdt.api().delete("/alert-rules/" + id).then().statusCode(204);
        }
    }

    @Test
    void aTeamsSilenceIsItsOwnAndAGlobalOneAnAdministrators() {
        var redName = mdt.createUser("mdt-engineer", red);
        Supplier<RequestSpecification> redEngineer = () -> mdt.asUser(redName);
        var blueName = mdt.createUser("mdt-engineer", blue);
        Supplier<RequestSpecification> blueEngineer = () -> mdt.asUser(blueName);
        var silence = """
                {"matchers": [{"name": "severity", "value": "warning"}], "endsAt": "%s", "comment": "maintenance"}
                """.formatted(Instant.now().plus(Duration.ofHours(1)));
        var own = redEngineer
                .get()
                .body(silence)
                .post("/silences")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(own.getString("team")).isEqualTo(red);
        long ownId = own.getLong("id");
        assertThat(blueEngineer.get().get("/silences").jsonPath().getList("id", Long.class))
                .doesNotContain(ownId);
        assertThat(status(blueEngineer.get().delete("/silences/" + ownId))).isEqualTo(404);

        var global = mdt.api()
                .body(silence)
                .post("/silences")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(global.getString("team")).isNull();
        long globalId = global.getLong("id");
        assertThat(blueEngineer.get().get("/silences").jsonPath().getList("id", Long.class))
                .contains(globalId);
        assertThat(status(blueEngineer.get().delete("/silences/" + globalId))).isEqualTo(403);

        redEngineer.get().delete("/silences/" + ownId).then().statusCode(200);
        mdt.api().delete("/silences/" + globalId).then().statusCode(200);
    }

    @Test
    void aKeycloakUserSeesTheModelsOfItsGroups() {
        var username = Mdt.uniqueName("kc-red");
        keycloak.createUser(username, "a long red password", List.of("mdt-viewer"), Optional.of(red));
        var token = keycloak.passwordToken(username, "a long red password");
        var me = mdt.as(token).get("/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getList("teams", String.class)).containsExactly(red);
        mdt.as(token).get("/models/" + redModel.id()).then().statusCode(200);
        assertThat(status(mdt.as(token).get("/models/" + blueModel.id()))).isEqualTo(404);
    }

    private Model model(String team) {
        var name = Mdt.uniqueName("model-" + team);
        long id = mdt.api()
                .body(modelBody(name, team))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + name + "/versions")
                .then()
                .statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(new SyntheticStream(1, Set.of(), Instant.MAX).referenceCsv(200))
                .post("/models/" + name + "/versions/v1/references")
                .then()
                .statusCode(201);
        long monitor = mdt.api()
                .body("{\"name\": \"hourly\", \"interval\": \"PT1H\", \"window\": \"PT1H\", \"minRows\": 100}")
                .post("/models/" + name + "/versions/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long rule = mdt.api()
                .body("{\"name\": \"drift\", \"model\": \"%s\", \"kind\": \"column_drift\", \"severity\": \"warning\"}"
                        .formatted(name))
                .post("/alert-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Model(name, id, monitor, rule);
    }

    private static String modelBody(String name, String team) {
        return "{\"name\": \"%s\", \"taskType\": \"REGRESSION\"%s}"
                .formatted(name, team == null ? "" : ", \"team\": \"" + team + "\"");
    }

    private static int status(Response response) {
        return response.statusCode();
    }
}
