package io.mdt.alerting.control;

import io.mdt.alerting.entity.ChannelKind;
import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

/**
 * Publishes the notification's JSON (Alertmanager's webhook body) on the topic
 * {@code mdt.alerts}, with the properties {@code status}, {@code receiver} and, for groups by
 * model, {@code model}, so that subscribers can select what they want.
 */
@ApplicationScoped
public class JmsNotifier implements Notifier {

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/alerts")
    Topic alerts;

    @Override
    public ChannelKind kind() {
        return ChannelKind.JMS;
    }

    @Override
    public void send(Attempt attempt) throws NotificationFailure {
        var content = attempt.content();
        try (var context = connectionFactory.createContext()) {
            var producer = Correlation.tag(context.createProducer())
                    .setProperty("status", content.status())
                    .setProperty("receiver", content.receiver())
                    .setProperty("notificationId", attempt.notificationId());
            var model = content.groupLabels().get("model");
            if (model != null) {
                producer.setProperty("model", model);
            }
            producer.send(alerts, attempt.body());
        } catch (JMSRuntimeException e) {
            throw new NotificationFailure("the broker did not take the message: " + e.getMessage(), e);
        }
    }
}
