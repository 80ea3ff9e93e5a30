package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Channel.ChannelSettings;
import java.time.Duration;
import java.util.List;

/**
 * A notification channel as a client describes it.
 *
 * @param kind {@code WEBHOOK}, {@code EMAIL}, {@code JMS} or {@code ALERTMANAGER}, case ignored
 * @param url where a webhook or an Alertmanager is reached: an absolute http(s) URL
 * @param format a webhook's body, {@code ALERTMANAGER} (default) or {@code SLACK}
 * @param secret a webhook's or an Alertmanager's secret, never read back; on a change, absent
 *     keeps the one the channel has and {@code ""} removes it
 * @param recipients an e-mail channel's addresses, 1 to 50
 * @param maxAttempts deliveries tried before a notification fails, 1 to 20 (default 6)
 * @param retryDelay ISO-8601 wait after the first failed delivery, doubled after each further
 *     one, 1 s to 1 h (default {@code PT2S})
 * @param enabled whether notifications are sent (default true)
 */
public record ChannelDraft(
        String name,
        String kind,
        String url,
        String format,
        String secret,
        List<String> recipients,
        Integer maxAttempts,
        String retryDelay,
        Boolean enabled) {

    static final int DEFAULT_MAX_ATTEMPTS = 6;
    static final int MOST_ATTEMPTS = 20;
    static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);
    static final Duration SHORTEST_RETRY_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(1);

    /** The channel's settings, or a validation error listing every rule the draft breaks. */
    static ChannelSettings settings(ChannelDraft draft) {
        var violations = new Violations();
        if (draft == null) {
            violations.add("body", "must be a channel");
            violations.raise();
        }
        var name = violations.name("name", draft.name());
        var kind = ChannelTargets.kind(draft.kind(), violations);
        var targets = new ChannelTargets(kind, violations);
        var url = targets.url(draft.url());
        var format = targets.format(draft.format());
        var secret = targets.secret(draft.secret());
        var recipients = targets.recipients(draft.recipients());
        int maxAttempts = draft.maxAttempts() == null ? DEFAULT_MAX_ATTEMPTS : draft.maxAttempts();
        if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
            violations.add("maxAttempts", "must be from 1 to " + MOST_ATTEMPTS);
        }
        var retryDelay = violations.duration(
                "retryDelay", draft.retryDelay(), DEFAULT_RETRY_DELAY, SHORTEST_RETRY_DELAY, LONGEST_RETRY_DELAY);
        violations.raise();
        return new ChannelSettings(
                name,
                kind,
                url,
                format,
                secret,
                recipients,
                maxAttempts,
                retryDelay,
                draft.enabled() == null || draft.enabled());
    }
}
