package io.mdt.alerting.entity;

import io.mdt.platform.entity.TextMapConverter;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found about one model and subject (a column, a metric, a monitor, or the model
 * itself): firing, acknowledged by someone while it fires, or resolved. Each run that finds the
 * condition again updates it rather than raising another; a condition that returns soon after
 * it cleared reopens it. Each change returns the transition to be recorded in its history.
 */
@Entity
@Table(name = "alert")
@NamedQuery(
        name = Alert.OPEN_OF_MODEL,
        query =
                "SELECT a FROM Alert a WHERE a.modelId = :model AND a.state <> io.mdt.alerting.entity.AlertState.RESOLVED")
@NamedQuery(
        name = Alert.OPEN,
        query = "SELECT a FROM Alert a WHERE a.state <> io.mdt.alerting.entity.AlertState.RESOLVED ORDER BY a.id")
@NamedQuery(
        name = Alert.LAST_RESOLVED,
        query = "SELECT a FROM Alert a WHERE a.ruleId = :rule AND a.modelId = :model AND a.subject = :subject"
                + " AND a.state = io.mdt.alerting.entity.AlertState.RESOLVED ORDER BY a.resolvedAt DESC")
@NamedQuery(name = Alert.BY_FINGERPRINTS, query = "SELECT a FROM Alert a WHERE a.fingerprint IN :fingerprints")
public class Alert {

    public static final String OPEN_OF_MODEL = "Alert.openOfModel";
    public static final String OPEN = "Alert.open";
    public static final String LAST_RESOLVED = "Alert.lastResolved";
    public static final String BY_FINGERPRINTS = "Alert.byFingerprints";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "model_id", nullable = false)
    private long modelId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 16)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private AlertState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Convert(converter = TextMapConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private Map<String, String> labels;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(columnDefinition = "text")
    private String link;

    private Double value;

    @Column(name = "monitor_id")
    private Long monitorId;

    @Column(name = "last_run_id")
    private Long lastRunId;

    @Column(name = "last_window_end")
    private Instant lastWindowEnd;

    @Column(nullable = false)
    private int windows;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "acknowledged_by", length = 200)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(columnDefinition = "text")
    private String acknowledgement;

    @Version
    private long version;

    protected Alert() {}

    /** A new alert, firing; record {@link #fired} as its first transition. */
    public Alert(long ruleId, long modelId, String subject, Finding finding, Instant now) {
        this.ruleId = ruleId;
        this.modelId = modelId;
        this.subject = subject;
        this.fingerprint = fingerprint(ruleId, modelId, subject);
        this.state = AlertState.FIRING;
        this.startedAt = now;
        this.windows = 0;
        apply(finding, now);
    }

    /**
     * What a rule found, as an alert shows it: the rendered labels and annotations, the value,
     * and the run (with its monitor and window end) that found it, if a run did.
     */
    public record Finding(
            Severity severity,
            Map<String, String> labels,
            String summary,
            String description,
            String link,
            Double value,
            Long monitorId,
            Long runId,
            Instant windowEnd) {}

    public AlertTransition fired() {
        return transition(TransitionKind.FIRED, null, null, startedAt);
    }

    /**
     * The condition holds again, in another window or in this one measured again (late
     * actuals): the alert takes the new figures.
     *
     * @return the transition, or null when the same run found the same value again
     */
    public AlertTransition update(Finding finding, Instant now) {
        if (finding.runId() != null && finding.runId().equals(lastRunId) && Objects.equals(finding.value(), value)) {
            return null;
        }
        apply(finding, now);
        return transition(TransitionKind.UPDATED, null, null, now);
    }

    /** A resolved alert whose condition returned: firing again, its earlier acknowledgement gone. */
    public AlertTransition reopen(Finding finding, Instant now) {
        state = AlertState.FIRING;
        resolvedAt = null;
        clearAcknowledgement();
        apply(finding, now);
        return transition(TransitionKind.REOPENED, null, null, now);
    }

    /** Whether a condition found at {@code now} reopens this resolved alert rather than raising a new one. */
    public boolean reopensWithin(Duration period, Instant now) {
        return state == AlertState.RESOLVED
                && resolvedAt != null
                && !resolvedAt.plus(period).isBefore(now);
    }

    public AlertTransition acknowledge(String actor, String comment, Instant now) {
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = actor;
        acknowledgedAt = now;
        acknowledgement = comment;
        updatedAt = now;
        return transition(TransitionKind.ACKNOWLEDGED, actor, comment, now);
    }

    public AlertTransition unacknowledge(String actor, String comment, Instant now) {
        state = AlertState.FIRING;
        clearAcknowledgement();
        updatedAt = now;
        return transition(TransitionKind.UNACKNOWLEDGED, actor, comment, now);
    }

    /**
     * Resolves the alert: by a run in which the condition cleared (the actor is null) or by
     * hand. An acknowledgement ends with its alert.
     */
    public AlertTransition resolve(String actor, String comment, Long runId, Instant now) {
        state = AlertState.RESOLVED;
        resolvedAt = now;
        updatedAt = now;
        if (runId != null) {
            lastRunId = runId;
        }
        var transition = transition(TransitionKind.RESOLVED, actor, comment, now);
        clearAcknowledgement();
        return transition;
    }

    /**
     * Whether a run of this monitor, for a window ending then, is the later evidence that can
     * resolve the alert: a run of another monitor, or of an older window evaluated again, is not.
     */
    public boolean clearedBy(Long runMonitorId, Instant runWindowEnd) {
        if (monitorId == null || lastWindowEnd == null || runWindowEnd == null) {
            return monitorId == null || monitorId.equals(runMonitorId);
        }
        return monitorId.equals(runMonitorId) && !runWindowEnd.isBefore(lastWindowEnd);
    }

    private void apply(Finding finding, Instant now) {
        severity = finding.severity();
        labels = Map.copyOf(finding.labels());
        summary = finding.summary();
        description = finding.description();
        link = finding.link();
        value = finding.value();
        monitorId = finding.monitorId();
        if (finding.runId() == null || !finding.runId().equals(lastRunId) || windows == 0) {
            windows++;
        }
        lastWindowEnd = finding.windowEnd();
        lastRunId = finding.runId();
        updatedAt = now;
    }

    private void clearAcknowledgement() {
        acknowledgedBy = null;
        acknowledgedAt = null;
        acknowledgement = null;
    }

    private AlertTransition transition(TransitionKind kind, String actor, String comment, Instant at) {
        return new AlertTransition(this, kind, actor, comment, lastRunId, value, at);
    }

    /** The alert's identity across reopenings: its rule, model and subject, hashed. */
    public static String fingerprint(long ruleId, long modelId, String subject) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "\u0000" + modelId + "\u0000" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getRuleId() {
        return ruleId;
    }

    public long getModelId() {
        return modelId;
    }

    public String getSubject() {
        return subject;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public AlertState getState() {
        return state;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getLink() {
        return link;
    }

    public Double getValue() {
        return value;
    }

    public Long getMonitorId() {
        return monitorId;
    }

    public Long getLastRunId() {
        return lastRunId;
    }

    public Instant getLastWindowEnd() {
        return lastWindowEnd;
    }

    public int getWindows() {
        return windows;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }
}
