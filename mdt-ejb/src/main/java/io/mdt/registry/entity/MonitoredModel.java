package io.mdt.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A machine-learning model in production that MDT watches for degradation. */
@Entity
@Table(name = "monitored_model")
@NamedQuery(name = MonitoredModel.BY_NAME, query = "SELECT m FROM MonitoredModel m WHERE m.name = :name")
@NamedQuery(
        name = MonitoredModel.IDS_OF_TEAMS,
        query = "SELECT m.id FROM MonitoredModel m WHERE m.team IN :teams ORDER BY m.id")
public class MonitoredModel {

    public static final String BY_NAME = "MonitoredModel.byName";
    public static final String IDS_OF_TEAMS = "MonitoredModel.idsOfTeams";

    public static final int DEFAULT_RETENTION_DAYS = 90;

    /** The longest retention a model may ask for: a hundred years, as good as forever. */
    public static final int MAX_RETENTION_DAYS = 36500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_type", nullable = false, length = 40)
    private TaskType taskType;

    @Column(length = 2000)
    private String description;

    @Column(length = 200)
    private String owner;

    @Column(nullable = false, length = 100)
    private String team;

    /** Days of raw predictions and actuals kept; run results are kept for good. */
    @Column(name = "retention_days", nullable = false)
    private int retentionDays = DEFAULT_RETENTION_DAYS;

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected MonitoredModel() {}

    public MonitoredModel(String name, TaskType taskType, String description, String owner, String team, Instant now) {
        this.created = now;
        describe(name, taskType, description, owner, now);
        moveTo(team, now);
    }

    /** Replaces the descriptive attributes; the creation time and identity never change. */
    public void describe(String name, TaskType taskType, String description, String owner, Instant now) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.taskType = Objects.requireNonNull(taskType, "taskType");
        this.description = blankToNull(description);
        this.owner = blankToNull(owner);
        this.updated = now;
    }

    /** Hands the model to another team, whose members alone (and administrators) then see it. */
    public void moveTo(String team, Instant now) {
        this.team = Objects.requireNonNull(team, "team").strip();
        this.updated = now;
    }

    /** Keeps the given number of days of raw data from now on; older partitions go at the next maintenance. */
    public void retainFor(int days, Instant now) {
        if (days < 1 || days > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("retention must be 1 to " + MAX_RETENTION_DAYS + " days");
        }
        this.retentionDays = days;
        this.updated = now;
    }

    /** Whether another model may take the given name without clashing with this one. */
    public boolean holdsName(String candidate) {
        return name.equals(candidate.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TaskType getTaskType() {
        return taskType;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public String getTeam() {
        return team;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
