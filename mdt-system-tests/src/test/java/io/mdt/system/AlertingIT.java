package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts from real runs through every channel: a webhook receiver checking the signature, the
 * test SMTP server, a JMS subscriber and a real Alertmanager. Windows are evaluated one at a
 * time, in order: two drifted, then a clean one.
 */
@ExtendWith(RunningMdt.class)
class AlertingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Mdt mdt;
    private final MailServer mail;

    AlertingIT(Mdt mdt, MailServer mail) {
        this.mdt = mdt;
        this.mail = mail;
    }

    @Test
    void aDriftedWindowNotifiesEachChannelOnceUntilACleanWindowResolvesIt() throws Exception {
        var model = AlertModel.create(mdt, "alerted", Set.of(1, 4, 7));
        var recipient = MailServer.uniqueAddress("team");
        try (var webhook = new WebhookReceiver();
                var alertmanager = Alertmanager.start();
                var broker = new Broker(mdt)) {
            var topic = broker.subscribe("mdt.alerts");
            model.route("{\"name\": \"%s\", \"kind\": \"webhook\", \"url\": \"%s\", \"secret\": \"s3cret\"}"
                    .formatted(Mdt.uniqueName("hook"), webhook.url("/hook")));
            model.route("{\"name\": \"%s\", \"kind\": \"email\", \"recipients\": [\"%s\"]}"
                    .formatted(Mdt.uniqueName("mail"), recipient));
            model.route("{\"name\": \"%s\", \"kind\": \"jms\"}".formatted(Mdt.uniqueName("topic")));
            model.route("{\"name\": \"%s\", \"kind\": \"alertmanager\", \"url\": \"%s\"}"
                    .formatted(Mdt.uniqueName("am"), alertmanager.url()));
            model.rule("{\"name\": \"f1 drift\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\","
                    + " \"severity\": \"critical\", \"labels\": {\"service\": \"risk\"}}");

            model.evaluate(0);
            var fired = webhook.await(1, WAIT).get(0);
            var body = fired.json();
            assertThat(body.getString("status")).isEqualTo("firing");
            assertThat(body.getString("groupLabels.model")).isEqualTo(model.name);
            assertThat(body.getString("alerts[0].labels.column")).isEqualTo("f1");
            assertThat(body.getString("alerts[0].labels.severity")).isEqualTo("critical");
            assertThat(body.getString("alerts[0].labels.service")).isEqualTo("risk");
            assertThat(body.getString("alerts[0].labels.team")).isEqualTo(Mdt.TEAM);
            assertThat(body.getString("alerts[0].annotations.summary"))
                    .contains("f1")
                    .contains(model.name);
            assertThat(body.getString("alerts[0].generatorURL")).contains("/monitor.xhtml?id=" + model.monitor);
            assertThat(fired.header("X-MDT-Signature")).isEqualTo("sha256=" + hmac("s3cret", fired.body()));
            assertThat(mail.awaitMessagesTo(recipient, 1, WAIT).get(0).getSubject())
                    .startsWith("[MDT] [FIRING:1]");
            var published = (TextMessage) topic.receive(WAIT.toMillis());
            assertThat(AlertModel.json(published.getText()).getString("alerts[0].labels.model"))
                    .isEqualTo(model.name);
            assertThat(published.getStringProperty("status")).isEqualTo("firing");
            var listed = alertmanager.awaitAlerts(
                    alerts -> alerts.stream()
                            .anyMatch(a -> model.name.equals(labels(a).get("model"))),
                    WAIT);
            assertThat(listed).anySatisfy(a -> assertThat(labels(a)).containsEntry("column", "f1"));

            model.evaluate(1);
            var updated = model.awaitAlerts(
                    alerts -> alerts.size() == 1 && ((Number) alerts.get(0).get("windows")).intValue() == 2);
            assertThat(updated.get(0).get("state")).isEqualTo("firing");
            Thread.sleep(Duration.ofSeconds(8).toMillis());
            assertThat(webhook.requests())
                    .as("updated inside the repeat interval: no second notification")
                    .hasSize(1);
            assertThat(mail.messagesTo(recipient)).hasSize(1);

            model.evaluate(2);
            model.awaitAlerts(alerts ->
                    alerts.size() == 1 && "resolved".equals(alerts.get(0).get("state")));
            var resolved = webhook.await(2, WAIT).get(1).json();
            assertThat(resolved.getString("status")).isEqualTo("resolved");
            assertThat(resolved.getString("alerts[0].status")).isEqualTo("resolved");
            assertThat(mail.awaitMessagesTo(recipient, 2, WAIT).get(1).getSubject())
                    .startsWith("[MDT] [RESOLVED]");
            var history = mdt.api()
                    .get("/alerts/" + updated.get(0).get("id") + "/history")
                    .jsonPath()
                    .getList("kind", String.class);
            assertThat(history).containsExactly("fired", "updated", "resolved");
        }
    }

    @Test
    void aRuleForTwoWindowsFiresOnlyOnTheSecond() throws Exception {
        var model = AlertModel.create(mdt, "patient", Set.of(1, 4, 7));
        model.rule("{\"name\": \"f4 at once\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f4\"}");
        model.rule("{\"name\": \"f1 twice\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\","
                + " \"forWindows\": 2}");

        model.evaluate(0);
        var afterFirst = model.awaitAlerts(alerts -> !alerts.isEmpty());
        assertThat(afterFirst).extracting(a -> a.get("subject")).containsExactly("f4");

        model.evaluate(1);
        var afterSecond = model.awaitAlerts(alerts -> alerts.size() == 2);
        assertThat(afterSecond).extracting(a -> a.get("subject")).containsExactlyInAnyOrder("f1", "f4");
    }

    @Test
    void aSilencedAlertIsRecordedButNotNotified() throws Exception {
        var model = AlertModel.create(mdt, "silenced", Set.of(1, 4, 7));
        try (var webhook = new WebhookReceiver()) {
            model.route("{\"name\": \"%s\", \"kind\": \"webhook\", \"url\": \"%s\"}"
                    .formatted(Mdt.uniqueName("hook"), webhook.url()));
            model.rule("{\"name\": \"quiet\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");
            model.rule("{\"name\": \"loud\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f4\"}");
            var silence = mdt.api()
                    .body("""
                            {"matchers": [{"name": "model", "value": "%s", "isRegex": false, "isEqual": true},
                                          {"name": "rule", "value": "qu.*", "isRegex": true, "isEqual": true}],
                             "endsAt": "%s", "createdBy": "ops", "comment": "known upstream change"}
                            """.formatted(model.name, Instant.now().plus(Duration.ofHours(1))))
                    .post("/silences")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");

            model.evaluate(0);
            var alerts = model.awaitAlerts(a -> a.size() == 2);
            var quiet = alerts.stream()
                    .filter(a -> "f1".equals(a.get("subject")))
                    .findFirst()
                    .orElseThrow();
            assertThat(quiet.get("silencedBy")).isEqualTo(List.of((int) silence));
            var sent = webhook.await(1, WAIT).get(0).json();
            assertThat(sent.getList("alerts.labels.column", String.class)).containsExactly("f4");
            Thread.sleep(Duration.ofSeconds(5).toMillis());
            assertThat(webhook.requests()).hasSize(1);
        }
    }

    @Test
    void aDatasetDriftAlertInhibitsTheColumnAlertsOfItsModel() throws Exception {
        var model = AlertModel.create(mdt, "inhibited", Set.of(0, 1, 2, 3, 4, 5, 6, 7));
        try (var webhook = new WebhookReceiver()) {
            model.route("{\"name\": \"%s\", \"kind\": \"webhook\", \"url\": \"%s\"}"
                    .formatted(Mdt.uniqueName("hook"), webhook.url()));
            model.rule("{\"name\": \"dataset\", \"model\": \"MODEL\", \"kind\": \"dataset_drift\"}");
            model.rule("{\"name\": \"columns\", \"model\": \"MODEL\", \"kind\": \"column_drift\"}");

            model.evaluate(0);
            var alerts = model.awaitAlerts(a -> a.stream().anyMatch(x -> "dataset_drift".equals(x.get("kind"))));
            assertThat(alerts)
                    .filteredOn(a -> "column_drift".equals(a.get("kind")))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat((List<?>) a.get("inhibitedBy")).isNotEmpty());
            var sent = webhook.await(1, WAIT).get(0).json();
            assertThat(sent.getList("alerts.labels.kind", String.class)).containsExactly("dataset_drift");
        }
    }

    @Test
    void aFailingWebhookIsRetriedThenRecordedAsFailedWhileEvaluationsGoOn() throws Exception {
        var model = AlertModel.create(mdt, "unheard", Set.of(1));
        try (var webhook = new WebhookReceiver()) {
            webhook.answer(500);
            long channel = model.route("{\"name\": \"%s\", \"kind\": \"webhook\", \"url\": \"%s\", \"maxAttempts\": 3,"
                            .formatted(Mdt.uniqueName("down"), webhook.url())
                    + " \"retryDelay\": \"PT1S\"}");
            model.rule("{\"name\": \"f1\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");

            model.evaluate(0);
            webhook.await(1, WAIT);
            model.evaluate(1);
            assertThat(webhook.await(3, WAIT)).hasSize(3);
            var deadline = Instant.now().plus(WAIT);
            Map<String, Object> notification = Map.of();
            while (Instant.now().isBefore(deadline)) {
                notification = mdt.api()
                        .get("/notifications?channel=" + channel)
                        .jsonPath()
                        .getMap("[0]");
                if ("failed".equals(notification.get("status"))) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(notification).containsEntry("status", "failed").containsEntry("attempts", 3);
            assertThat((String) notification.get("lastError")).contains("HTTP 500");
            Thread.sleep(Duration.ofSeconds(3).toMillis());
            assertThat(webhook.requests()).as("no attempt after the last").hasSize(3);
        }
    }

    @Test
    void peopleAcknowledgeAndResolveAlertsWithAComment() throws Exception {
        var model = AlertModel.create(mdt, "handled", Set.of(1));
        model.rule("{\"name\": \"f1\", \"model\": \"MODEL\", \"kind\": \"column_drift\", \"column\": \"f1\"}");
        model.evaluate(0);
        var id = model.awaitAlerts(a -> a.size() == 1).get(0).get("id");

        var ana = mdt.createUser("mdt-engineer");
        var bo = mdt.createUser("mdt-engineer");
        mdt.asUser(ana)
                .body("{\"by\": \"somebody else\", \"comment\": \"retraining\"}")
                .post("/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(200);
        mdt.asUser(ana)
                .body("{\"comment\": \"again\"}")
                .post("/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        mdt.asUser(ana)
                .body("{}")
                .post("/alerts/" + id + "/resolve")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        mdt.asUser(bo)
                .body("{\"comment\": \"new model deployed\"}")
                .post("/alerts/" + id + "/resolve")
                .then()
                .statusCode(200);
        var alert = mdt.api().get("/alerts/" + id).jsonPath();
        assertThat(alert.getString("state")).isEqualTo("resolved");
        var history = mdt.api().get("/alerts/" + id + "/history").jsonPath();
        assertThat(history.getList("kind", String.class)).containsExactly("fired", "acknowledged", "resolved");
        assertThat(history.getList("actor", String.class))
                .as("the authors are the callers, not a name in the body")
                .containsExactly(null, ana, bo);
        assertThat(history.getList("comment", String.class)).containsExactly(null, "retraining", "new model deployed");
    }

    @Test
    void aDryRunSaysWhichStoredWindowsWouldHaveFired() throws Exception {
        var model = AlertModel.create(mdt, "rehearsed", Set.of(1));
        model.evaluate(0);
        model.evaluate(1);
        model.evaluate(2);
        var dryRun = mdt.api()
                .body(
                        "{\"model\": \"%s\", \"rule\": {\"name\": \"try\", \"kind\": \"column_drift\", \"column\": \"f1\","
                                        .formatted(model.name)
                                + " \"forWindows\": 2}}")
                .post("/alert-rules/dry-run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dryRun.getInt("runs")).isEqualTo(3);
        assertThat(dryRun.getList("windows.fires", Boolean.class)).containsExactly(false, true);
        assertThat(model.alerts()).as("a dry run changes nothing").isEmpty();
    }

    /**
     * The freshness rule is checked by the alerting clock once a minute; the model is made to
     * look two hours old, since a model younger than the rule's period is not judged.
     */
    @Test
    void aModelWithoutPredictionsForThePeriodFiresItsFreshnessRuleUntilPredictionsArrive() throws Exception {
        var name = Mdt.uniqueName("stale");
        mdt.createModel(name, "REGRESSION");
        mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + name + "/versions")
                .then()
                .statusCode(201);
        mdt.execute("UPDATE monitored_model SET created = now() - interval '2 hours' WHERE name = '" + name + "'");
        mdt.api()
                .body("{\"name\": \"fresh\", \"model\": \"" + name
                        + "\", \"kind\": \"freshness\", \"period\": \"PT1H\"}")
                .post("/alert-rules")
                .then()
                .statusCode(201);

        var fired = AlertModel.awaitAlerts(mdt, name, Duration.ofMinutes(2), a -> a.size() == 1);
        assertThat(fired.get(0)).containsEntry("kind", "freshness").containsEntry("state", "firing");
        assertThat((String) fired.get(0).get("link")).contains("/model.xhtml?name=" + name);

        mdt.api()
                .body(new SyntheticStream(3, Set.of(), Instant.MAX)
                        .batch("p", 0, 10, Instant.now(), Duration.ofSeconds(1)))
                .post("/models/" + name + "/versions/v1/predictions")
                .then()
                .statusCode(200);
        AlertModel.awaitAlerts(
                mdt,
                name,
                Duration.ofMinutes(2),
                a -> "resolved".equals(a.get(0).get("state")));
    }

    private static Map<String, Object> labels(Map<String, Object> alert) {
        @SuppressWarnings("unchecked")
        var labels = (Map<String, Object>) alert.get("labels");
        return labels;
    }

    private static String hmac(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
