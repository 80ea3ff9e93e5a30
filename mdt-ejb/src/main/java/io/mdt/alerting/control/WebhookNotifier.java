package io.mdt.alerting.control;

import io.mdt.alerting.entity.BodyFormat;
import io.mdt.alerting.entity.ChannelKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts the notification as JSON: Alertmanager's webhook body, or Slack's. With a secret, the
 * header {@value #SIGNATURE} carries {@code sha256=} and the hex HMAC-SHA256 of the exact body
 * under it, so the receiver can tell the body came from MDT unchanged; {@value #NOTIFICATION}
 * carries the notification's id, the same on every retry, so it can drop a repeated delivery.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {

    public static final String SIGNATURE = "X-MDT-Signature";
    public static final String NOTIFICATION = "X-MDT-Notification";

    @Inject
    HttpPosts posts;

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public void send(Attempt attempt) throws NotificationFailure {
        var channel = attempt.channel();
        var body = channel.format() == BodyFormat.SLACK ? NotificationTexts.slack(attempt.content()) : attempt.body();
        var headers = new HashMap<String, String>();
        headers.put(NOTIFICATION, String.valueOf(attempt.notificationId()));
        if (channel.secret() != null) {
            headers.put(SIGNATURE, "sha256=" + hmac(channel.secret(), body));
        }
        posts.post(channel.url(), body, headers);
    }

    /** The hex HMAC-SHA256 of the body under the secret, both as UTF-8. */
    public static String hmac(String secret, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
