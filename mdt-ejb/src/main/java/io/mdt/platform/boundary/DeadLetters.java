package io.mdt.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Moves a rejected message to the {@code mdt.dead-letter} queue with the reason.
 *
 * <p>Runs in the listener's transaction, so the rejected message is consumed and its dead
 * letter sent atomically: never both lost, never both kept.
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
            context.createProducer()
                    .setProperty(REASON, reason)
                    .setProperty(ORIGIN, origin)
                    .setProperty(ORIGINAL_MESSAGE_ID, message.getJMSMessageID())
                    .send(deadLetter, body(message));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the rejected message", e);
        }
    }

    private static String body(Message message) throws JMSException {
        return message instanceof TextMessage text ? text.getText() : "";
    }
}
