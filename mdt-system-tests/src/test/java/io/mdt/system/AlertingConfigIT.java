package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The configuration side of alerting over REST: silences, inhibitions, channels and routes. */
@ExtendWith(RunningMdt.class)
class AlertingConfigIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Mdt mdt;

    AlertingConfigIT(Mdt mdt) {
        this.mdt = mdt;
    }

    private static String inHours(long hours) {
        return Instant.now().plus(Duration.ofHours(hours)).toString();
    }

    private ValidatableResponse post(String path, String body) {
        return mdt.api().body(body).post(path).then();
    }

    private ValidatableResponse put(String path, String body) {
        return mdt.api().body(body).put(path).then();
    }

    /** A 400 validation problem that names the field among its violations. */
    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:validation"))
                .body("violations.field", hasItem(field));
    }

    private long channel(String name) {
        return post("/channels", """
                        {"name": "%s", "kind": "JMS"}
                        """.formatted(name))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void setsUpReadsChangesAndExpiresASilence() {
        var team = Mdt.uniqueName("team");
        var location = post("/silences", """
                        {"matchers": [{"name": "team", "value": "%s"}, {"name": "severity", "value": "warning|info", "isRegex": true}],
                         "endsAt": "%s", "createdBy": "ops", "comment": "deploying v2"}
                        """.formatted(team, inHours(2)))
                .statusCode(201)
                .header("Location", containsString("/api/v1/silences/"))
                .body("status", equalTo("ACTIVE"))
                .body("startsAt", notNullValue())
                .body("matchers[0].isEqual", equalTo(true))
                .body("matchers[0].isRegex", equalTo(false))
                .body("matchers[1].isRegex", equalTo(true))
                .extract()
                .header("Location");
        var id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var started = mdt.api()
                .get("/silences/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("startsAt");

        assertThat(mdt.api().get("/silences?status=active").jsonPath().getList("id", Long.class))
                .contains(id);
        assertThat(mdt.api().get("/silences?status=PENDING").jsonPath().getList("id", Long.class))
                .doesNotContain(id);
        put("/silences/" + id, """
                        {"matchers": [{"name": "team", "value": "%s"}], "endsAt": "%s", "createdBy": "ops", "comment": "longer"}
                        """.formatted(team, inHours(4)))
                .statusCode(200)
                .body("comment", equalTo("longer"))
                .body("startsAt", equalTo(started))
                .body("matchers.size()", equalTo(1));

        mdt.api().delete("/silences/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
        mdt.api().get("/silences/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
        assertThat(mdt.api().get("/silences?status=expired").jsonPath().getList("id", Long.class))
                .contains(id);
        invalid(put("/silences/" + id, """
                        {"matchers": [{"name": "team", "value": "%s"}], "endsAt": "%s", "createdBy": "ops", "comment": "again"}
                        """.formatted(team, inHours(4))), "id");
    }

    @Test
    void expiresASilenceThatHasNotStarted() {
        var id = post("/silences", """
                        {"matchers": [{"name": "model", "value": "%s"}], "startsAt": "%s", "endsAt": "%s",
                         "createdBy": "ops", "comment": "next week's migration"}
                        """.formatted(Mdt.uniqueName("model"), inHours(24), inHours(26)))
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");

        mdt.api().delete("/silences/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void refusesSilencesThatBreakTheRules() {
        invalid(post("/silences", """
                        {"matchers": [{"name": "model", "value": "(", "isRegex": true}], "endsAt": "%s", "createdBy": "a", "comment": "b"}
                        """.formatted(inHours(1))), "matchers[0]");
        invalid(post("/silences", """
                        {"matchers": [{"name": "model", "value": "churn"}], "createdBy": "a", "comment": "b"}
                        """), "endsAt");
        invalid(post("/silences", """
                        {"matchers": [{"name": "model", "value": ".*", "isRegex": true}], "endsAt": "%s", "createdBy": "a", "comment": "b"}
                        """.formatted(inHours(1))), "matchers");
        invalid(post("/silences", """
                        {"matchers": [{"name": "model", "value": "churn"}], "endsAt": "tomorrow", "createdBy": "a", "comment": "b"}
                        """), "endsAt");
        invalid(post("/silences", """
                        {"matchers": [{"name": "model", "value": "churn"}], "endsAt": "2020-01-01T00:00:00Z", "comment": " "}
                        """), "comment");
        invalid(mdt.api().get("/silences?status=sideways").then(), "status");
        post("/silences", """
                        {"matchers": [{"name": "model", "value": "churn", "isRegex": "no"}], "endsAt": "%s", "createdBy": "a", "comment": "b"}
                        """.formatted(inHours(1)))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:malformed-request"))
                .body("violations[0].field", equalTo("matchers[0].isRegex"));
    }

    @Test
    void createsReadsChangesAndRemovesAnInhibition() {
        var name = Mdt.uniqueName("critical-mutes-warning");
        var id = post("/inhibitions", """
                        {"name": "%s", "sourceMatchers": [{"name": "severity", "value": "critical"}],
                         "targetMatchers": [{"name": "severity", "value": "warning"}], "equal": ["model"]}
                        """.formatted(name))
                .statusCode(201)
                .header("Location", containsString("/api/v1/inhibitions/"))
                .body("equal", equalTo(List.of("model")))
                .extract()
                .jsonPath()
                .getLong("id");

        mdt.api()
                .get("/inhibitions")
                .then()
                .statusCode(200)
                .body("name", hasItems(name, "dataset-drift-inhibits-column-drift"));
        put("/inhibitions/" + id, """
                        {"name": "%s", "sourceMatchers": [{"name": "severity", "value": "critical"}],
                         "targetMatchers": [{"name": "severity", "value": "warning|info", "isRegex": true}]}
                        """.formatted(name))
                .statusCode(200)
                .body("targetMatchers[0].isRegex", equalTo(true))
                .body("equal", equalTo(List.of()));
        post("/inhibitions", """
                        {"name": "%s", "sourceMatchers": [{"name": "a", "value": "b"}], "targetMatchers": [{"name": "c", "value": "d"}]}
                        """.formatted(name))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:duplicate-name"));

        mdt.api().delete("/inhibitions/" + id).then().statusCode(204);
        mdt.api().get("/inhibitions/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void refusesInhibitionsThatBreakTheRules() {
        invalid(post("/inhibitions", """
                        {"name": "%s", "sourceMatchers": [{"name": "a", "value": "b"}], "equal": ["not-a-label"]}
                        """.formatted(Mdt.uniqueName("bad"))), "targetMatchers");
        invalid(post("/inhibitions", """
                        {"name": "%s", "sourceMatchers": [{"name": "a", "value": "b"}], "targetMatchers": [{"name": "c", "value": "d"}],
                         "equal": ["not-a-label"]}
                        """.formatted(Mdt.uniqueName("bad"))), "equal[0]");
    }

    @Test
    void keepsAChannelsSecretWriteOnly() {
        var name = Mdt.uniqueName("hook");
        var id = post("/channels", """
                        {"name": "%s", "kind": "webhook", "url": "https://hooks.example.com/mdt", "secret": "s3cret"}
                        """.formatted(name))
                .statusCode(201)
                .header("Location", containsString("/api/v1/channels/"))
                .body("kind", equalTo("WEBHOOK"))
                .body("format", equalTo("ALERTMANAGER"))
                .body("maxAttempts", equalTo(6))
                .body("retryDelay", equalTo("PT2S"))
                .body("enabled", equalTo(true))
                .body("secretSet", equalTo(true))
                .body("$", not(hasKey("secret")))
                .extract()
                .jsonPath()
                .getLong("id");

        put("/channels/" + id, """
                        {"name": "%s", "kind": "WEBHOOK", "url": "https://hooks.example.com/v2", "format": "slack",
                         "maxAttempts": 3, "retryDelay": "PT30S", "enabled": false}
                        """.formatted(name))
                .statusCode(200)
                .body("url", equalTo("https://hooks.example.com/v2"))
                .body("format", equalTo("SLACK"))
                .body("retryDelay", equalTo("PT30S"))
                .body("enabled", equalTo(false))
                .body("secretSet", equalTo(true));
        put("/channels/" + id, """
                        {"name": "%s", "kind": "WEBHOOK", "url": "https://hooks.example.com/v2", "secret": ""}
                        """.formatted(name)).statusCode(200).body("secretSet", equalTo(false));
        assertThat(mdt.count("SELECT count(*) FROM notification_channel WHERE id = " + id + " AND secret IS NULL"))
                .isEqualTo(1);

        mdt.api().delete("/channels/" + id).then().statusCode(204);
        mdt.api().get("/channels/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void createsEveryKindOfChannelOnceByName() {
        var name = Mdt.uniqueName("mail");
        post("/channels", """
                        {"name": "%s", "kind": "EMAIL", "recipients": ["ops@example.com", "Risk <risk@example.com>"]}
                        """.formatted(name))
                .statusCode(201)
                .body("recipients", equalTo(List.of("ops@example.com", "Risk <risk@example.com>")))
                .body("$", not(hasKey("url")));
        post("/channels", """
                        {"name": "%s", "kind": "ALERTMANAGER", "url": "http://127.0.0.1:9093"}
                        """.formatted(Mdt.uniqueName("am"))).statusCode(201).body("kind", equalTo("ALERTMANAGER"));
        var jms = Mdt.uniqueName("jms");
        channel(jms);

        assertThat(mdt.api().get("/channels").jsonPath().getList("name", String.class))
                .contains(name, jms);
        post("/channels", """
                        {"name": "%s", "kind": "JMS"}
                        """.formatted(name))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:mdt:problem:duplicate-name"));
    }

    @Test
    void refusesChannelsThatBreakTheRules() {
        invalid(post("/channels", """
                        {"name": "%s", "kind": "pager"}
                        """.formatted(Mdt.uniqueName("bad"))), "kind");
        invalid(post("/channels", """
                        {"name": "%s", "kind": "WEBHOOK", "url": "hooks.example.com/mdt"}
                        """.formatted(Mdt.uniqueName("bad"))), "url");
        invalid(post("/channels", """
                        {"name": "%s", "kind": "WEBHOOK", "url": "https://h/x", "retryDelay": "2 seconds"}
                        """.formatted(Mdt.uniqueName("bad"))), "retryDelay");
        invalid(post("/channels", """
                        {"name": "%s", "kind": "EMAIL", "recipients": ["ops"]}
                        """.formatted(Mdt.uniqueName("bad"))), "recipients[0]");
        invalid(post("/channels", """
                        {"name": "%s", "kind": "JMS", "url": "https://h/x", "maxAttempts": 0}
                        """.formatted(Mdt.uniqueName("bad"))), "maxAttempts");
    }

    @Test
    void routesToAChannelByNameOrIdInPositionOrder() {
        var name = Mdt.uniqueName("ops");
        long channel = channel(name);
        var first = post("/routes", """
                        {"channel": "%s", "position": 5000, "matchers": [{"name": "severity", "value": "critical"}]}
                        """.formatted(name))
                .statusCode(201)
                .header("Location", containsString("/api/v1/routes/"))
                .body("channelId", equalTo((int) channel))
                .body("channel", equalTo(name))
                .body("groupBy", equalTo(List.of("model")))
                .body("groupWait", equalTo("PT30S"))
                .body("groupInterval", equalTo("PT5M"))
                .body("repeatInterval", equalTo("PT4H"))
                .body("continueMatching", equalTo(false))
                .body("sendResolved", equalTo(true))
                .extract()
                .jsonPath()
                .getLong("id");
        var second = post("/routes", """
                        {"channel": "%d", "position": 4999, "groupBy": [], "groupWait": "PT0S", "continueMatching": true}
                        """.formatted(channel))
                .statusCode(201)
                .body("channel", equalTo(name))
                .body("groupWait", equalTo("PT0S"))
                .extract()
                .jsonPath()
                .getLong("id");
        var last = post("/routes", """
                        {"channel": "%s"}
                        """.formatted(name))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getInt("position");

        var ids = mdt.api().get("/routes").jsonPath().getList("id", Long.class);
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        assertThat(last).isGreaterThan(5000);
        put("/routes/" + first, """
                        {"channel": "%s", "repeatInterval": "P1D", "sendResolved": false}
                        """.formatted(name))
                .statusCode(200)
                .body("position", equalTo(5000))
                .body("repeatInterval", equalTo("PT24H"))
                .body("sendResolved", equalTo(false))
                .body("matchers.size()", equalTo(0));

        mdt.api().delete("/routes/" + first).then().statusCode(204);
        mdt.api().get("/routes/" + first).then().statusCode(404);
        mdt.api().delete("/channels/" + channel).then().statusCode(204);
        mdt.api().get("/routes/" + second).then().statusCode(404);
    }

    @Test
    void refusesRoutesThatBreakTheRules() {
        var name = Mdt.uniqueName("ops");
        channel(name);
        invalid(post("/routes", """
                        {"channel": "%s"}
                        """.formatted(Mdt.uniqueName("nowhere"))), "channel");
        invalid(post("/routes", """
                        {"channel": "987654321"}
                        """), "channel");
        invalid(post("/routes", """
                        {"channel": "%s", "groupInterval": "PT0S"}
                        """.formatted(name)), "groupInterval");
        invalid(post("/routes", """
                        {"channel": "%s", "groupWait": "soon", "matchers": [{"name": "x", "value": "[", "isRegex": true}]}
                        """.formatted(name)), "matchers[0]");
        invalid(post("/routes", """
                        {"matchers": [], "groupBy": ["..."]}
                        """), "groupBy[0]");
    }

    @Test
    void answersUnknownIdsWithNotFound() {
        for (var resource : List.of("silences", "inhibitions", "channels", "routes")) {
            mdt.api()
                    .get("/" + resource + "/987654321")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:mdt:problem:not-found"));
            mdt.api().delete("/" + resource + "/987654321").then().statusCode(404);
        }
        put("/channels/987654321", """
                        {"name": "%s", "kind": "JMS"}
                        """.formatted(Mdt.uniqueName("ghost"))).statusCode(404);
        put("/silences/987654321", """
                        {"matchers": [{"name": "a", "value": "b"}], "endsAt": "%s", "createdBy": "a", "comment": "b"}
                        """.formatted(inHours(1))).statusCode(404);
    }
}
