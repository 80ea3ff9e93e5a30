package io.mdt.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sends the alerts whose labels match to one channel, grouped by the values of its group-by
 * labels, with Alertmanager's timing: a new group waits {@code groupWait} before its first
 * notification, changes are sent at most every {@code groupInterval}, and an unchanged group is
 * sent again after {@code repeatInterval}. Routes are tried in position order; an alert stops at
 * the first matching route that does not continue.
 */
@Entity
@Table(name = "notification_route")
@NamedQuery(name = Route.ALL, query = "SELECT r FROM Route r JOIN FETCH r.channel ORDER BY r.position, r.id")
public class Route {

    public static final String ALL = "Route.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @Convert(converter = MatchersConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<LabelMatcher> matchers;

    @Convert(converter = StringListConverter.class)
    @Column(name = "group_by", nullable = false, columnDefinition = "text")
    private List<String> groupBy;

    @Column(name = "group_wait_seconds", nullable = false)
    private long groupWaitSeconds;

    @Column(name = "group_interval_seconds", nullable = false)
    private long groupIntervalSeconds;

    @Column(name = "repeat_interval_seconds", nullable = false)
    private long repeatIntervalSeconds;

    @Column(name = "continue_matching", nullable = false)
    private boolean continueMatching;

    @Column(name = "send_resolved", nullable = false)
    private boolean sendResolved;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected Route() {}

    public Route(Channel channel, RouteSettings settings, Instant now) {
        this.created = now;
        change(channel, settings, now);
    }

    /** A route's settings, durations at second precision. */
    public record RouteSettings(
            int position,
            List<LabelMatcher> matchers,
            List<String> groupBy,
            Duration groupWait,
            Duration groupInterval,
            Duration repeatInterval,
            boolean continueMatching,
            boolean sendResolved) {}

    public void change(Channel channel, RouteSettings settings, Instant now) {
        this.channel = channel;
        this.position = settings.position();
        this.matchers = List.copyOf(settings.matchers());
        this.groupBy = List.copyOf(settings.groupBy());
        this.groupWaitSeconds = settings.groupWait().toSeconds();
        this.groupIntervalSeconds = settings.groupInterval().toSeconds();
        this.repeatIntervalSeconds = settings.repeatInterval().toSeconds();
        this.continueMatching = settings.continueMatching();
        this.sendResolved = settings.sendResolved();
        this.updated = now;
    }

    public boolean matches(Map<String, String> labels) {
        return LabelMatcher.all(matchers, labels);
    }

    /** The labels that name the alert's group on this route: its values of the group-by labels. */
    public Map<String, String> groupLabels(Map<String, String> labels) {
        return groupBy.stream()
                .collect(Collectors.toMap(
                        name -> name, name -> labels.getOrDefault(name, ""), (a, b) -> a, TreeMap::new));
    }

    /** The group's key, unique per route: its group labels in name order, as Alertmanager writes them. */
    public static String groupKey(Map<String, String> groupLabels) {
        return groupLabels.entrySet().stream()
                .map(e -> e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Channel getChannel() {
        return channel;
    }

    public RouteSettings settings() {
        return new RouteSettings(
                position,
                matchers,
                groupBy,
                Duration.ofSeconds(groupWaitSeconds),
                Duration.ofSeconds(groupIntervalSeconds),
                Duration.ofSeconds(repeatIntervalSeconds),
                continueMatching,
                sendResolved);
    }

    public Duration groupWait() {
        return Duration.ofSeconds(groupWaitSeconds);
    }

    public Duration groupInterval() {
        return Duration.ofSeconds(groupIntervalSeconds);
    }

    public Duration repeatInterval() {
        return Duration.ofSeconds(repeatIntervalSeconds);
    }

    public boolean continues() {
        return continueMatching;
    }

    public boolean sendsResolved() {
        return sendResolved;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
