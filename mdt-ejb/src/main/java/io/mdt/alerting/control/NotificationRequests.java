package io.mdt.alerting.control;

import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;

/**
 * Requests on {@code mdt.notifications}, sent in the caller's transaction with a JMS delivery
 * delay: flush a group when it is due, deliver (or try again) a notification. The broker keeps
 * delayed messages durably, so no timer is needed and a restart loses none.
 */
@ApplicationScoped
public class NotificationRequests {

    public static final String ACTION = "action";
    public static final String FLUSH = "flush";
    public static final String DELIVER = "deliver";
    public static final String ID = "id";

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/notifications")
    Queue notifications;

    public void flush(long groupId, Instant at) {
        send(FLUSH, groupId, at);
    }

    public void deliver(long notificationId, Instant at) {
        send(DELIVER, notificationId, at);
    }

    private void send(String action, long id, Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer())
                    .setProperty(ACTION, action)
                    .setProperty(ID, id);
            if (delay > 0) {
                producer.setDeliveryDelay(delay);
            }
            producer.send(notifications, "{\"action\": \"" + action + "\", \"id\": " + id + "}");
        }
    }
}
