package io.mdt.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where notifications go: a webhook, e-mail recipients, the JMS topic or an Alertmanager, and
 * how hard to try: a failed delivery is retried after the retry delay, doubled each time, up to
 * the maximum number of attempts.
 */
@Entity
@Table(name = "notification_channel")
@NamedQuery(name = Channel.ALL, query = "SELECT c FROM Channel c ORDER BY c.id")
@NamedQuery(name = Channel.BY_NAME, query = "SELECT c FROM Channel c WHERE c.name = :name")
public class Channel {

    public static final String ALL = "Channel.all";
    public static final String BY_NAME = "Channel.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind kind;

    @Column(columnDefinition = "text")
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private BodyFormat format;

    @Column(columnDefinition = "text")
    private String secret;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<String> recipients;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "retry_seconds", nullable = false)
    private long retrySeconds;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected Channel() {}

    public Channel(ChannelSettings settings, Instant now) {
        this.created = now;
        change(settings, now);
    }

    /** A channel's settings; a null secret on a change keeps the one the channel has. */
    public record ChannelSettings(
            String name,
            ChannelKind kind,
            String url,
            BodyFormat format,
            String secret,
            List<String> recipients,
            int maxAttempts,
            Duration retryDelay,
            boolean enabled) {}

    public void change(ChannelSettings settings, Instant now) {
        this.name = settings.name();
        this.kind = settings.kind();
        this.url = settings.url();
        this.format = settings.format();
        if (settings.secret() != null) {
            this.secret = settings.secret().isEmpty() ? null : settings.secret();
        }
        this.recipients = List.copyOf(settings.recipients());
        this.maxAttempts = settings.maxAttempts();
        this.retrySeconds = settings.retryDelay().toSeconds();
        this.enabled = settings.enabled();
        this.updated = now;
    }

    /** How long to wait before the attempt after {@code attempts} failed ones: the delay, doubled each time, at most a day. */
    public Duration retryAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofSeconds(
                Math.min(retrySeconds * factor, Duration.ofDays(1).toSeconds()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public BodyFormat getFormat() {
        return format;
    }

    public String getSecret() {
        return secret;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Duration getRetryDelay() {
        return Duration.ofSeconds(retrySeconds);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
