package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.launcher.BrokerCredentials;
import io.restassured.path.json.JsonPath;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMdt.class)
class ModelMessagingIT {

    private static final long RECEIVE_TIMEOUT_MILLIS = 20_000;

    private final Mdt mdt;

    ModelMessagingIT(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void createsAModelFromACommandMessage() throws Exception {
        var name = Mdt.uniqueName("jms");
        try (var broker = new Broker(mdt, BrokerCredentials.REGISTRAR)) {
            broker.sendText("model-commands", """
                    {"name": "%s", "taskType": "MULTICLASS_CLASSIFICATION", "owner": "integration"}
                    """.formatted(name));
        }

        assertThat(awaitModelNamed(name)).isTrue();
    }

    @Test
    void publishesEveryChangeToTheEventTopic() throws Exception {
        var name = Mdt.uniqueName("events");
        try (var broker = new Broker(mdt)) {
            var events = broker.subscribe("model-events");
            long id = mdt.createModel(name, "REGRESSION");
            mdt.api().delete("/models/" + id).then().statusCode(204);

            var created = nextEventFor(events, name);
            var deleted = nextEventFor(events, name);

            assertThat(created.getString("type")).isEqualTo("model.created");
            assertThat(created.getLong("model.id")).isEqualTo(id);
            assertThat(deleted.getString("type")).isEqualTo("model.deleted");
        }
    }

    @Test
    void deadLettersAMalformedCommandWithItsReasonAndWritesNothing() throws Exception {
        var correlation = UUID.randomUUID().toString();
        var name = Mdt.uniqueName("malformed");
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "JMSCorrelationID", correlation);
            var message = broker.createBytesMessage("not json".getBytes());
            message.setJMSCorrelationID(correlation);
            broker.send("model-commands", message);
            var text = broker.createTextMessage("{\"name\": \"" + name + "\", \"taskType\": 42");
            text.setJMSCorrelationID(correlation);
            broker.send("model-commands", text);

            var first = deadLetters.receive(RECEIVE_TIMEOUT_MILLIS);
            var second = deadLetters.receive(RECEIVE_TIMEOUT_MILLIS);

            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(first.getStringProperty("mdtReason") + " | " + second.getStringProperty("mdtReason"))
                    .contains("expected a text message")
                    .contains("malformed JSON");
            assertThat(first.getStringProperty("mdtOrigin")).isEqualTo("model-commands");
        }
        assertThat(modelExists(name)).isFalse();
    }

    @Test
    void deadLettersACommandThatBreaksTheRules() throws Exception {
        var correlation = UUID.randomUUID().toString();
        var name = Mdt.uniqueName("taken");
        mdt.createModel(name, "REGRESSION");
        try (var broker = new Broker(mdt)) {
            var deadLetters = broker.consume("mdt.dead-letter", "JMSCorrelationID", correlation);
            var duplicate = broker.createTextMessage("{\"name\": \"" + name + "\", \"taskType\": \"REGRESSION\"}");
            duplicate.setJMSCorrelationID(correlation);
            broker.send("model-commands", duplicate);

            var deadLetter = (TextMessage) deadLetters.receive(RECEIVE_TIMEOUT_MILLIS);

            assertThat(deadLetter).isNotNull();
            assertThat(deadLetter.getStringProperty("mdtReason")).contains("already exists");
            assertThat(deadLetter.getText()).contains(name);
        }
    }

    private JsonPath nextEventFor(jakarta.jms.MessageConsumer events, String name) throws JMSException {
        var deadline = Instant.now().plusMillis(RECEIVE_TIMEOUT_MILLIS);
        while (Instant.now().isBefore(deadline)) {
            var message = (TextMessage) events.receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                break;
            }
            var event = JsonPath.from(message.getText());
            if (name.equals(event.getString("model.name"))) {
                return event;
            }
        }
        throw new AssertionError("no event for model " + name);
    }

    private boolean awaitModelNamed(String name) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (modelExists(name)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private boolean modelExists(String name) {
        return mdt.api()
                .get("/models?size=200&sort=created&direction=desc")
                .jsonPath()
                .getList("items.name", String.class)
                .contains(name);
    }
}
