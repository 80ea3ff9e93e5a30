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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A condition on a figure that runs record, with what its alerts say: severity, labels and
 * annotation templates. A rule without a model applies to every model, except where a rule
 * of a model overrides it (and so replaces it for that model, or mutes it when disabled).
 */
@Entity
@Table(name = "alert_rule")
@NamedQuery(
        name = AlertRule.FOR_MODEL,
        query = "SELECT r FROM AlertRule r WHERE r.modelId = :model OR r.modelId IS NULL ORDER BY r.id")
@NamedQuery(name = AlertRule.ALL, query = "SELECT r FROM AlertRule r ORDER BY r.id")
@NamedQuery(
        name = AlertRule.OF_KIND,
        query = "SELECT r FROM AlertRule r WHERE r.kind = :kind AND r.enabled = TRUE ORDER BY r.id")
public class AlertRule {

    public static final String FOR_MODEL = "AlertRule.forModel";
    public static final String ALL = "AlertRule.all";
    public static final String OF_KIND = "AlertRule.ofKind";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_id")
    private Long modelId;

    @Column(name = "overrides_id")
    private Long overrides;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RuleKind kind;

    @Column(length = 200)
    private String subject;

    @Column(length = 2)
    private String operator;

    private Double threshold;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private MetricSource source;

    @Column(name = "period_seconds")
    private Long periodSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "for_windows", nullable = false)
    private int forWindows;

    @Convert(converter = TextMapConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private Map<String, String> labels;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(nullable = false)
    private boolean enabled;

    /** Whether the model is to be trained again when the rule fires an alert (or reopens one). */
    @Column(nullable = false)
    private boolean retrain;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected AlertRule() {}

    public AlertRule(Long modelId, Long overrides, RuleSettings settings, Instant now) {
        this.modelId = modelId;
        this.overrides = overrides;
        this.created = now;
        change(settings, now);
    }

    /** Everything of a rule a user sets, validated before it reaches the entity. */
    public record RuleSettings(
            String name,
            RuleKind kind,
            String subject,
            String operator,
            Double threshold,
            MetricSource source,
            Duration period,
            Severity severity,
            int forWindows,
            Map<String, String> labels,
            String summary,
            String description,
            boolean enabled,
            boolean retrain) {}

    public void change(RuleSettings settings, Instant now) {
        this.name = settings.name();
        this.kind = settings.kind();
        this.subject = settings.subject();
        this.operator = settings.operator();
        this.threshold = settings.threshold();
        this.source = settings.source();
        this.periodSeconds =
                settings.period() == null ? null : settings.period().toSeconds();
        this.severity = settings.severity();
        this.forWindows = settings.forWindows();
        this.labels = Map.copyOf(settings.labels());
        this.summary = settings.summary();
        this.description = settings.description();
        this.enabled = settings.enabled();
        this.retrain = settings.retrain();
        this.updated = now;
    }

    /** Switches the rule on or off, its other settings kept: an off rule raises no alert. */
    public void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updated = now;
    }

    public RuleSettings settings() {
        return new RuleSettings(
                name,
                kind,
                subject,
                operator,
                threshold,
                source,
                periodSeconds == null ? null : Duration.ofSeconds(periodSeconds),
                severity,
                forWindows,
                labels,
                summary,
                description,
                enabled,
                retrain);
    }

    /** Whether the figure's value meets the rule's threshold; a missing value never does. */
    public boolean exceeds(Double value) {
        if (value == null || value.isNaN() || threshold == null) {
            return false;
        }
        return switch (operator) {
            case ">" -> value > threshold;
            case ">=" -> value >= threshold;
            case "<" -> value < threshold;
            case "<=" -> value <= threshold;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    public boolean isGlobal() {
        return modelId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getModelId() {
        return modelId;
    }

    public Long getOverrides() {
        return overrides;
    }

    public String getName() {
        return name;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Severity getSeverity() {
        return severity;
    }

    public int getForWindows() {
        return forWindows;
    }

    public boolean isRetrain() {
        return retrain;
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
