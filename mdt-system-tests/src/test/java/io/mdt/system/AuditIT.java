package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log seen from outside: an entry for each kind of change (with who, before and after,
 * secrets masked), sign-ins and refused credentials, uses of write endpoints with a key, the
 * JSON-lines export, administrators only, and a database that refuses to change an entry.
 */
@ExtendWith(RunningMdt.class)
class AuditIT {

    private final Mdt mdt;

    AuditIT(Mdt mdt) {
        this.mdt = mdt;
    }

    /** The entries about one target, oldest first. */
    private List<Map<String, Object>> entries(String targetType, Object targetId) {
        var items = mdt.api()
                .queryParam("targetType", targetType)
                .queryParam("targetId", String.valueOf(targetId))
                .queryParam("size", 500)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items");
        return oldestFirst(items);
    }

    private static List<Map<String, Object>> oldestFirst(List<Map<String, Object>> newestFirst) {
        var entries = new ArrayList<>(newestFirst);
        Collections.reverse(entries);
        return entries;
    }

    private static List<Object> actions(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("action")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> entry, String which) {
        return (Map<String, Object>) entry.get(which);
    }

    @Test
    void recordsWhoCreatedChangedAndDeletedAModelWithItsStateBeforeAndAfter() {
        var engineer = mdt.createUser("mdt-engineer");
        var name = Mdt.uniqueName("audited");
        long id = mdt.asUser(engineer)
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"owner\": \"risk\"}".formatted(name))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.asUser(engineer)
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\", \"owner\": \"pricing\"}".formatted(name))
                .put("/models/" + id)
                .then()
                .statusCode(200);
        mdt.asUser(engineer).delete("/models/" + id).then().statusCode(204);

        var entries = entries("model", id);
        assertThat(actions(entries)).containsExactly("model.created", "model.updated", "model.deleted");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry).containsEntry("actor", engineer).containsEntry("via", "password");
            assertThat(entry).containsEntry("targetName", name);
            assertThat(entry.get("remoteAddress")).isNotNull();
        });
        assertThat(entries.get(0).get("before")).isNull();
        assertThat(state(entries.get(0), "after")).containsEntry("owner", "risk");
        assertThat(state(entries.get(1), "before")).containsEntry("owner", "risk");
        assertThat(state(entries.get(1), "after")).containsEntry("owner", "pricing");
        assertThat(state(entries.get(2), "before")).containsEntry("owner", "pricing");
        assertThat(entries.get(2).get("after")).isNull();
    }

    @Test
    void recordsVersionsStagesMonitorsAndRules() {
        var name = Mdt.uniqueName("configured");
        mdt.createModel(name, "REGRESSION");
        long version = mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + name + "/versions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body("{\"stage\": \"PRODUCTION\"}")
                .put("/models/" + name + "/versions/v1/stage")
                .then()
                .statusCode(200);
        var versionEntries = entries("version", version);
        assertThat(actions(versionEntries)).containsExactly("version.created", "version.updated");
        assertThat(state(versionEntries.get(1), "after")).containsEntry("stage", "PRODUCTION");
        assertThat(state(versionEntries.get(1), "before")).doesNotContainEntry("stage", "PRODUCTION");

        var monitorBody = "{\"name\": \"hourly\", \"interval\": \"PT1H\", \"window\": \"PT1H\", \"minRows\": %d}";
        long monitor = mdt.api()
                .body(monitorBody.formatted(100))
                .post("/models/" + name + "/versions/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body(monitorBody.formatted(50))
                .put("/monitors/" + monitor)
                .then()
                .statusCode(200);
        mdt.api().delete("/monitors/" + monitor).then().statusCode(204);
        var monitorEntries = entries("monitor", monitor);
        assertThat(actions(monitorEntries)).containsExactly("monitor.created", "monitor.updated", "monitor.deleted");
        assertThat(state(monitorEntries.get(1), "before")).containsEntry("min_rows", 100);
        assertThat(state(monitorEntries.get(1), "after")).containsEntry("min_rows", 50);

        var ruleBody =
                "{\"name\": \"%s\", \"model\": \"" + name + "\", \"kind\": \"column_drift\", \"column\": \"f1\"}";
        long rule = mdt.api()
                .body(ruleBody.formatted("f1 drifts"))
                .post("/alert-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body(ruleBody.formatted("f1 moves"))
                .put("/alert-rules/" + rule)
                .then()
                .statusCode(200);
        mdt.api().delete("/alert-rules/" + rule).then().statusCode(204);
        var ruleEntries = entries("alert-rule", rule);
        assertThat(actions(ruleEntries))
                .containsExactly("alert-rule.created", "alert-rule.updated", "alert-rule.deleted");
        assertThat(ruleEntries.get(1)).containsEntry("targetName", "f1 moves");
    }

    @Test
    void recordsSilencesAndChannelsWithTheSecretMasked() {
        var team = Mdt.uniqueName("team");
        var silenceBody = "{\"matchers\": [{\"name\": \"team\", \"value\": \"" + team + "\"}], \"endsAt\": \"%s\","
                + " \"comment\": \"%s\"}";
        var location = mdt.api()
                .body(silenceBody.formatted(Instant.now().plus(Duration.ofHours(2)), "deploying"))
                .post("/silences")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        var silence = location.substring(location.lastIndexOf('/') + 1);
        mdt.api()
                .body(silenceBody.formatted(Instant.now().plus(Duration.ofHours(4)), "longer"))
                .put("/silences/" + silence)
                .then()
                .statusCode(200);
        mdt.api().delete("/silences/" + silence).then().statusCode(200);
        var silenceEntries = entries("silence", silence);
        assertThat(actions(silenceEntries)).containsExactly("silence.created", "silence.updated", "silence.updated");
        assertThat(state(silenceEntries.get(1), "after")).containsEntry("comment", "longer");

        var name = Mdt.uniqueName("hook");
        var secret = "s3cret-" + Mdt.uniqueName("signing");
        long channel = mdt.api()
                .body(
                        "{\"name\": \"%s\", \"kind\": \"WEBHOOK\", \"url\": \"https://hooks.example.com/services/a-token\", \"secret\": \"%s\"}"
                                .formatted(name, secret))
                .post("/channels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.api()
                .body(
                        "{\"name\": \"%s\", \"kind\": \"WEBHOOK\", \"url\": \"https://hooks.example.com/services/b-token\", \"secret\": \"other-%s\"}"
                                .formatted(name, secret))
                .put("/channels/" + channel)
                .then()
                .statusCode(200);
        mdt.api().delete("/channels/" + channel).then().statusCode(204);
        var channelEntries = entries("channel", channel);
        assertThat(actions(channelEntries)).containsExactly("channel.created", "channel.updated", "channel.deleted");
        assertThat(state(channelEntries.get(0), "after")).containsEntry("secret", "[masked]");
        assertThat(state(channelEntries.get(1), "after"))
                .containsEntry("secret", "[changed]")
                .containsEntry("url", "https://hooks.example.com/[changed]");
        assertThat(channelEntries.toString()).doesNotContain(secret).doesNotContain("-token");
    }

    @Test
    void recordsAccountsAndKeysWithoutTheirHashes() {
        var name = mdt.createUser("mdt-viewer");
        long user = mdt.api().get("/users").jsonPath().getLong("find { it.name == '" + name + "' }.id");
        mdt.api()
                .body("{\"role\": \"mdt-engineer\", \"password\": \"another long passphrase\"," + " \"teams\": [\""
                        + Mdt.TEAM + "\", \"audited\"]}")
                .put("/users/" + user)
                .then()
                .statusCode(200);
        mdt.api().delete("/users/" + user).then().statusCode(204);
        var userEntries = entries("user", user);
        assertThat(actions(userEntries)).containsExactly("user.created", "user.updated", "user.deleted");
        assertThat(state(userEntries.get(2), "before")).containsEntry("teams", List.of("audited", Mdt.TEAM));
        assertThat(state(userEntries.get(0), "after"))
                .containsEntry("password_hash", "[masked]")
                .containsEntry("teams", List.of(Mdt.TEAM));
        assertThat(state(userEntries.get(1), "before"))
                .containsEntry("role", "VIEWER")
                .containsEntry("teams", List.of(Mdt.TEAM));
        assertThat(state(userEntries.get(1), "after"))
                .containsEntry("role", "ENGINEER")
                .containsEntry("teams", List.of("audited", Mdt.TEAM))
                .containsEntry("password_hash", "[changed]");
        assertThat(userEntries.toString()).doesNotContain("pbkdf2");

        var keyName = Mdt.uniqueName("feed");
        var secret = Mdt.createKey(mdt.api(), keyName, "mdt-ingest", "\"team\": \"" + Mdt.TEAM + "\"");
        long key = mdt.api().get("/api-keys").jsonPath().getLong("find { it.name == '" + keyName + "' }.id");
        mdt.api().delete("/api-keys/" + key).then().statusCode(200);
        var keyEntries = entries("api-key", key);
        assertThat(actions(keyEntries)).containsExactly("api-key.created", "api-key.updated");
        assertThat(state(keyEntries.get(0), "after")).containsEntry("secret_hash", "[masked]");
        assertThat(state(keyEntries.get(1), "after").get("revoked_at")).isNotNull();
        assertThat(keyEntries.toString()).doesNotContain(secret).doesNotContain(secret.substring(12));
    }

    @Test
    void recordsSignInsAndRefusedCredentialsWithoutTheSecret() {
        var name = mdt.createUser("mdt-viewer");
        mdt.asUser(name).get("/me").then().statusCode(200);
        mdt.anonymous()
                .auth()
                .preemptive()
                .basic(name, "a wrong password!")
                .get("/me")
                .then()
                .statusCode(401);
        var wrong = "mdt_" + (Mdt.uniqueName("W").replace("-", "") + "B".repeat(43)).substring(0, 43);
        mdt.as(wrong).get("/me").then().statusCode(401);

        var signIns = oldestFirst(mdt.api()
                .queryParam("actor", name)
                .queryParam("action", "login.")
                .get("/audit")
                .jsonPath()
                .<Map<String, Object>>getList("items"));
        assertThat(actions(signIns)).containsExactly("login.succeeded", "login.failed");
        assertThat(signIns.get(1)).containsEntry("detail", "wrong_password").containsEntry("via", "password");
        assertThat(signIns.get(1).get("remoteAddress")).isNotNull();
        assertThat(signIns.toString()).doesNotContain("a wrong password!");

        var refusedKey = mdt.api()
                .queryParam("actor", wrong.substring(0, 12))
                .queryParam("action", "login.failed")
                .get("/audit")
                .jsonPath()
                .<Map<String, Object>>getList("items");
        assertThat(refusedKey).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("via", "api-key");
            assertThat(entry.toString()).doesNotContain(wrong);
        });
    }

    @Test
    void recordsEachUseOfAWriteEndpointWithAKeyButNotReads() {
        var keyName = Mdt.uniqueName("writer");
        var secret = Mdt.createKey(mdt.api(), keyName, "mdt-engineer", "\"team\": \"" + Mdt.TEAM + "\"");
        var model = Mdt.uniqueName("keyed");
        long id = mdt.as(secret)
                .body("{\"name\": \"%s\", \"taskType\": \"REGRESSION\"}".formatted(model))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        mdt.as(secret).get("/models/" + id).then().statusCode(200);
        mdt.as(secret).delete("/api-keys/1").then().statusCode(403);

        var uses = oldestFirst(mdt.api()
                .queryParam("actor", keyName)
                .queryParam("action", "api-key.used")
                .get("/audit")
                .jsonPath()
                .<Map<String, Object>>getList("items"));
        assertThat(uses).hasSize(2);
        assertThat(uses.get(0))
                .containsEntry("method", "POST")
                .containsEntry("path", "/api/v1/models")
                .containsEntry("status", 201)
                .containsEntry("via", "api-key");
        assertThat(uses.get(1))
                .containsEntry("method", "DELETE")
                .containsEntry("path", "/api/v1/api-keys/1")
                .containsEntry("status", 403);
    }

    @Test
    void acknowledgingAnAlertIsRecordedButTheEvaluatorsWorkIsNot() throws Exception {
        var model = AlertModel.create(mdt, "audited-alert", Set.of(1));
        model.rule("{\"name\": \"f1\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");
        model.evaluate(0);
        var id = model.awaitAlerts(a -> a.size() == 1).get(0).get("id");
        var engineer = mdt.createUser("mdt-engineer");
        mdt.asUser(engineer)
                .body("{\"comment\": \"retraining\"}")
                .post("/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(200);
        mdt.asUser(engineer)
                .body("{\"comment\": \"fixed\"}")
                .post("/alerts/" + id + "/unacknowledge")
                .then()
                .statusCode(200);

        var entries = entries("alert", id);
        assertThat(entries)
                .as("the alert's raising by the evaluator is no entry")
                .hasSize(2);
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "alert.updated")
                        .containsEntry("actor", engineer));
        assertThat(state(entries.get(0), "before")).containsEntry("state", "FIRING");
        assertThat(state(entries.get(0), "after"))
                .containsEntry("state", "ACKNOWLEDGED")
                .containsEntry("acknowledgement", "retraining");
        assertThat(entries("monitor", model.monitor))
                .as("the evaluator's bookkeeping on the monitor is no change")
                .extracting(entry -> entry.get("action"))
                .containsExactly("monitor.created");
    }

    @Test
    void exportsTheFilteredEntriesAsJsonLines() {
        var name = Mdt.uniqueName("exported");
        long id = mdt.createModel(name, "REGRESSION");
        mdt.api().delete("/models/" + id).then().statusCode(204);

        var answer = mdt.api()
                .queryParam("targetType", "model")
                .queryParam("targetId", id)
                .get("/audit/export")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        var lines = answer.strip().split("\n");
        assertThat(lines).hasSize(2);
        var first = new JsonPath(lines[0]);
        assertThat(first.getString("action")).isEqualTo("model.created");
        assertThat(first.getString("after.name")).isEqualTo(name);
        assertThat(new JsonPath(lines[1]).getString("action")).isEqualTo("model.deleted");

        long entry = first.getLong("id");
        mdt.api().get("/audit/" + entry).then().statusCode(200).body("action", equalTo("model.created"));
        mdt.api().get("/audit/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesBadFiltersAndEveryoneButAdministrators() {
        mdt.api()
                .get("/audit?from=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        mdt.api().get("/audit?size=0").then().statusCode(400).contentType("application/problem+json");
        mdt.api()
                .get("/audit/export?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        mdt.asUser(mdt.createUser("mdt-engineer")).get("/audit").then().statusCode(403);
        mdt.as(mdt.createKey("mdt-viewer")).get("/audit/export").then().statusCode(403);
        mdt.anonymous().get("/audit").then().statusCode(401);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        long id = mdt.createModel(Mdt.uniqueName("kept"), "REGRESSION");
        var entry =
                mdt.count("SELECT max(id) FROM audit_entry WHERE target_type = 'model' AND target_id = '" + id + "'");
        assertThatThrownBy(() -> mdt.execute("UPDATE audit_entry SET actor = 'nobody' WHERE id = " + entry))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> mdt.execute("DELETE FROM audit_entry WHERE id = " + entry))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> mdt.execute("TRUNCATE audit_entry")).hasStackTraceContaining("append-only");
        assertThat(mdt.count("SELECT count(*) FROM audit_entry WHERE id = " + entry + " AND actor <> 'nobody'"))
                .isEqualTo(1);
    }
}
