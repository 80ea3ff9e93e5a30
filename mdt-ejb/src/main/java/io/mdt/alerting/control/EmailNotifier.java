package io.mdt.alerting.control;

import io.mdt.alerting.entity.ChannelKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/**
 * Sends the notification as a plain-text e-mail to the channel's recipients, through the
 * server's mail session {@code mail/mdt} (its host, port, account and sender are set by the
 * domain configuration, not by the application).
 */
@ApplicationScoped
public class EmailNotifier implements Notifier {

    @Resource(lookup = "mail/mdt")
    Session session;

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public void send(Attempt attempt) throws NotificationFailure {
        var content = attempt.content();
        try {
            var message = new MimeMessage(session);
            message.setFrom();
            for (var recipient : attempt.channel().recipients()) {
                message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
            }
            message.setSubject("[MDT] " + NotificationTexts.title(content), "UTF-8");
            message.setText(NotificationTexts.body(content), "UTF-8");
            message.setHeader("X-MDT-Notification", String.valueOf(attempt.notificationId()));
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new NotificationFailure("the mail server did not take the message: " + e.getMessage(), e);
        }
    }
}
