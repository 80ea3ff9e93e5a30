package io.mdt.system;

import io.mdt.launcher.BrokerCredentials;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A plain Artemis JMS client, as an integrated system would use one, logged in as one of the
 * broker's identities with the password the launcher generated.
 */
final class Broker implements AutoCloseable {

    private static final String MANAGEMENT_ADDRESS =
            ActiveMQDefaultConfiguration.getDefaultManagementAddress().toString();

    private final Connection connection;
    private final Session session;

    /**
     * Logs in as the server's identity, which may do everything: these tests play an
     * integrated system and an operator at once, reading dead letters and asking management.
     */
    Broker(Mdt mdt) throws JMSException {
        this(mdt, BrokerCredentials.SERVER);
    }

    Broker(Mdt mdt, String identity) throws JMSException {
        connection = new ActiveMQConnectionFactory(mdt.brokerUrl())
                .createQueueConnection(identity, mdt.brokerPassword(identity));
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        connection.start();
    }

    void sendText(String queue, String text) throws JMSException {
        try (var producer = session.createProducer(session.createQueue(queue))) {
            producer.send(session.createTextMessage(text));
        }
    }

    void sendToTopic(String topic, String text) throws JMSException {
        try (var producer = session.createProducer(session.createTopic(topic))) {
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

    /** Consumes only the messages the JMS selector admits. */
    MessageConsumer consumeWhere(String queue, String selector) throws JMSException {
        return session.createConsumer(session.createQueue(queue), selector);
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

    /**
     * Asks the broker's management address how many consumers a queue has, in a session of
     * its own, since closing a requestor closes its session.
     */
    int consumers(String queue) throws Exception {
        return attribute(queue, "consumerCount");
    }

    /**
     * Where the messages of a queue that the selector admits are, in words: how many wait in
     * the queue (with their delivery counts) and how many the queue holds in all and has out
     * with consumers. What a test reports when a message it waits for does not come.
     */
    String whereabouts(String queue, String selector) throws Exception {
        var waiting = new ArrayList<String>();
        try (var browser = session.createBrowser(session.createQueue(queue), selector)) {
            for (var messages = browser.getEnumeration(); messages.hasMoreElements(); ) {
                var message = (Message) messages.nextElement();
                waiting.add("delivered " + message.getIntProperty("JMSXDeliveryCount") + " times");
            }
        }
        return queue + ": " + waiting.size() + " matching '" + selector + "' waiting " + waiting + ", "
                + attribute(queue, "messageCount") + " messages in all, "
                + attribute(queue, "deliveringCount") + " out with consumers";
    }

    private int attribute(String queue, String attribute) throws Exception {
        var management = ((QueueConnection) connection).createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        var requestor = new QueueRequestor(management, management.createQueue(MANAGEMENT_ADDRESS));
        try {
            var request = management.createMessage();
            JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, attribute);
            return ((Number) JMSManagementHelper.getResult(requestor.request(request))).intValue();
        } finally {
            requestor.close();
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
