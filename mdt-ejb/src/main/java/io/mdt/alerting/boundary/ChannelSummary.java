package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.BodyFormat;
import io.mdt.alerting.entity.Channel;
import io.mdt.alerting.entity.ChannelKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A channel as clients read it. The secret is never read back, only whether there is one.
 *
 * @param retryDelay ISO-8601, e.g. {@code PT2S}
 */
public record ChannelSummary(
        long id,
        String name,
        ChannelKind kind,
        String url,
        BodyFormat format,
        boolean secretSet,
        List<String> recipients,
        int maxAttempts,
        String retryDelay,
        boolean enabled,
        Instant created,
        Instant updated)
        implements Serializable {

    static ChannelSummary of(Channel channel) {
        return new ChannelSummary(
                channel.getId(),
                channel.getName(),
                channel.getKind(),
                channel.getUrl(),
                channel.getFormat(),
                channel.getSecret() != null,
                List.copyOf(channel.getRecipients()),
                channel.getMaxAttempts(),
                channel.getRetryDelay().toString(),
                channel.isEnabled(),
                channel.getCreated(),
                channel.getUpdated());
    }
}
