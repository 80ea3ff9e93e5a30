package io.mdt.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.Collections;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Moves a rejected message to the {@code mdt.dead-letter} queue with the reason.
 *
 * <p>Runs in the listener's transaction, so the rejected message is consumed and its dead
 * letter sent atomically: never both lost, never both kept. The dead letter keeps the body,
 * the application properties and the correlation id (or, without one, the original message
 * id), so the sender can match it to what it sent.
 */
@Stateless
public class DeadLetters {

    public static final String REASON = "mdtReason";
    public static final String ORIGIN = "mdtOrigin";
    public static final String ORIGINAL_MESSAGE_ID = "mdtOriginalMessageId";
    public static final String RECORD_INDEX = "mdtRecordIndex";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    /** Dead letters sent, by the destination the rejected message came from. */
    private static final Metadata DEAD_LETTERS = Metadata.builder()
            .withName("mdt.dead.letters")
            .withDescription("Messages and records moved to mdt.dead-letter, by the destination they came from")
            .build();

    @Resource(lookup = "jms/deadLetter")
    Queue deadLetter;

    @Inject
    MetricRegistry metrics;

    public void reject(Message message, String origin, String reason) {
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer());
            copyApplicationProperties(message, producer);
            producer.setProperty(REASON, reason)
                    .setProperty(ORIGIN, origin)
                    .setProperty(ORIGINAL_MESSAGE_ID, message.getJMSMessageID())
                    .setJMSCorrelationID(correlationId(message));
            if (message instanceof BytesMessage bytes) {
                producer.send(deadLetter, body(bytes));
            } else {
                producer.send(deadLetter, message instanceof TextMessage text ? text.getText() : "");
            }
            metrics.counter(DEAD_LETTERS, new Tag("origin", origin)).inc();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the rejected message", e);
        }
    }

    /**
     * Dead-letters one record of a batch that was otherwise stored: the record's JSON as the
     * body, its index in the batch, and the properties of the message that carried it.
     */
    public void rejectRecord(Message message, String origin, int index, String record, String reason) {
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer());
            copyApplicationProperties(message, producer);
            producer.setProperty(REASON, reason)
                    .setProperty(ORIGIN, origin)
                    .setProperty(ORIGINAL_MESSAGE_ID, message.getJMSMessageID())
                    .setProperty(RECORD_INDEX, index)
                    .setJMSCorrelationID(correlationId(message))
                    .send(deadLetter, record == null ? "" : record);
            metrics.counter(DEAD_LETTERS, new Tag("origin", origin)).inc();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the message of a rejected record", e);
        }
    }

    private static String correlationId(Message message) throws JMSException {
        return message.getJMSCorrelationID() != null ? message.getJMSCorrelationID() : message.getJMSMessageID();
    }

    private static void copyApplicationProperties(Message message, JMSProducer producer) throws JMSException {
        for (var name : Collections.list(message.getPropertyNames())) {
            var property = name.toString();
            if (!property.startsWith("JMS") && !property.startsWith("_")) {
                producer.setProperty(property, message.getObjectProperty(property));
            }
        }
    }

    private static byte[] body(BytesMessage message) throws JMSException {
        message.reset();
        var body = new byte[(int) message.getBodyLength()];
        message.readBytes(body);
        return body;
    }
}
