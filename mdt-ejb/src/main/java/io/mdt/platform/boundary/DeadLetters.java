package io.mdt.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.Collections;

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

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/deadLetter")
    Queue deadLetter;

    public void reject(Message message, String origin, String reason) {
        try (var context = connectionFactory.createContext()) {
            var producer = context.createProducer();
            copyApplicationProperties(message, producer);
            producer.setProperty(REASON, reason)
                    .setProperty(ORIGIN, origin)
                    .setProperty(ORIGINAL_MESSAGE_ID, message.getJMSMessageID())
                    .setJMSCorrelationID(
                            message.getJMSCorrelationID() != null
                                    ? message.getJMSCorrelationID()
                                    : message.getJMSMessageID());
            if (message instanceof BytesMessage bytes) {
                producer.send(deadLetter, body(bytes));
            } else {
                producer.send(deadLetter, message instanceof TextMessage text ? text.getText() : "");
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the rejected message", e);
        }
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
