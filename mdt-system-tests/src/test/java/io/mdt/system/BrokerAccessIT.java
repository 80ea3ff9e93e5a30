package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.launcher.BrokerCredentials;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded broker lets in only its four identities, each with no more rights than its
 * use needs: integrated systems feed MDT as {@code mdt-ingest}, register models as
 * {@code mdt-registrar} and follow MDT as {@code mdt-subscriber} (docs/messaging.md).
 */
@ExtendWith(RunningMdt.class)
class BrokerAccessIT {

    private static final String SCHEMA = """
            {"label": "v1", "columns": [
              {"name": "id", "role": "ID"}, {"name": "time", "role": "TIMESTAMP"},
              {"name": "age", "role": "FEATURE", "type": "NUMERICAL"},
              {"name": "churn", "role": "PREDICTION", "type": "NUMERICAL"}]}
            """;

    private final Mdt mdt;

    BrokerAccessIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void refusesAConnectionWithoutCredentials() {
        var factory = new ActiveMQConnectionFactory(mdt.brokerUrl());

        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUser() {
        var factory = new ActiveMQConnectionFactory(mdt.brokerUrl());

        assertThatThrownBy(() -> factory.createConnection(BrokerCredentials.INGEST, "wrong")
                        .close())
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection("guest", "guest").close())
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection(
                                BrokerCredentials.SERVER, mdt.brokerPassword(BrokerCredentials.INGEST))
                        .close())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void ingestIdentitySendsPredictionsThatAreStored() throws Exception {
        var model = Mdt.uniqueName("ingest-login");
        mdt.createModel(model, "REGRESSION");
        long version = mdt.api()
                .body(SCHEMA)
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        try (var broker = new Broker(mdt, BrokerCredentials.INGEST)) {
            var message = broker.createTextMessage("""
                    {"predictionId": "p-1", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": 42}, "prediction": 1}
                    """);
            message.setStringProperty("model", model);
            message.setStringProperty("version", "v1");
            broker.send("mdt.predictions", message);
        }

        assertThat(storedWithin(version, Duration.ofSeconds(20))).isEqualTo(1);
    }

    @Test
    void ingestIdentityCanNeitherConsumeNorReachInternalQueuesNorManagement() throws Exception {
        try (var broker = new Broker(mdt, BrokerCredentials.INGEST)) {
            assertThatThrownBy(() -> broker.consume("mdt.predictions", "model", "none"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.consume("mdt.dead-letter", "JMSCorrelationID", "none"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.sendText("mdt.evaluations", "{\"runId\": 1}"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.sendToTopic("mdt.alerts", "{}")).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.sendText("ingest-made-up", "{}")).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.consumers("mdt.predictions")).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.sendText("model-commands", "{}")).isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void registrarIdentityRegistersModelsAndSendsNothingElse() throws Exception {
        var name = Mdt.uniqueName("registered");
        try (var broker = new Broker(mdt, BrokerCredentials.REGISTRAR)) {
            assertThatThrownBy(() -> broker.sendText("mdt.predictions", "{}")).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> broker.consume("model-commands", "model", "none"))
                    .isInstanceOf(JMSSecurityException.class);
        }
        try (var broker = new Broker(mdt, BrokerCredentials.REGISTRAR)) {
            broker.sendText("model-commands", """
                    {"name": "%s", "taskType": "REGRESSION", "owner": "release pipeline"}
                    """.formatted(name));
        }

        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!modelListed(name) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(modelListed(name)).as("model %s registered", name).isTrue();
    }

    @Test
    void subscriberIdentityConsumesTheAlertTopicButCannotSend() throws Exception {
        var text = "{\"status\": \"firing\", \"test\": \"" + UUID.randomUUID() + "\"}";
        try (var subscriber = new Broker(mdt, BrokerCredentials.SUBSCRIBER);
                var server = new Broker(mdt)) {
            var alerts = subscriber.subscribe("mdt.alerts");
            server.sendToTopic("mdt.alerts", text);

            var received = alerts.receive(20_000);

            assertThat(received).isNotNull();
            assertThat(received.getBody(String.class)).isEqualTo(text);
            assertThatThrownBy(() -> subscriber.sendToTopic("mdt.alerts", "{}"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> subscriber.sendText("mdt.predictions", "[]"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> subscriber.consume("mdt.dead-letter", "JMSCorrelationID", "none"))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void subscriberIdentityKeepsADurableSubscriptionOfItsOwn() throws Exception {
        var factory = new ActiveMQConnectionFactory(mdt.brokerUrl());
        try (var connection = factory.createConnection(
                BrokerCredentials.SUBSCRIBER, mdt.brokerPassword(BrokerCredentials.SUBSCRIBER))) {
            connection.setClientID(Mdt.uniqueName("subscriber"));
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var events = session.createTopic("model-events");
            session.createDurableSubscriber(events, "events").close();
            session.unsubscribe("events");
        }
    }

    private boolean modelListed(String name) {
        return mdt.api()
                .get("/models?size=200&sort=created&direction=desc")
                .jsonPath()
                .getList("items.name", String.class)
                .contains(name);
    }

    private long storedWithin(long version, Duration time) throws InterruptedException {
        var sql = "SELECT count(*) FROM mdt_data.predictions_" + version;
        var deadline = System.nanoTime() + time.toNanos();
        while (mdt.count(sql) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return mdt.count(sql);
    }
}
