package io.mdt.system;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A plain Artemis JMS client, as an integrated system would use one. */
final class Broker implements AutoCloseable {

    private final Connection connection;
    private final Session session;

    Broker(Mdt mdt) throws JMSException {
        connection = new ActiveMQConnectionFactory(mdt.brokerUrl()).createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        connection.start();
    }

    void sendText(String queue, String text) throws JMSException {
        try (var producer = session.createProducer(session.createQueue(queue))) {
            producer.send(session.createTextMessage(text));
        }
    }

    MessageConsumer subscribe(String topic) throws JMSException {
        return session.createConsumer(session.createTopic(topic));
    }

    /** Consumes only the messages whose string property has the given value. */
    MessageConsumer consume(String queue, String property, String value) throws JMSException {
        return session.createConsumer(session.createQueue(queue), property + " = '" + value + "'");
    }

    TextMessage createTextMessage(String text) throws JMSException {
        return session.createTextMessage(text);
    }

    Message createBytesMessage(byte[] bytes) throws JMSException {
        var message = session.createBytesMessage();
        message.writeBytes(bytes);
        return message;
    }

    void send(String queue, Message message) throws JMSException {
        try (var producer = session.createProducer(session.createQueue(queue))) {
            producer.send(message);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
