package io.mdt.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Mutes the notifications of alerts whose labels match, between its start and end, as an
 * Alertmanager silence does: the alerts are still recorded, only not sent. Expiring a silence
 * moves its end to now; its record stays. A silence of a team mutes only the alerts of that
 * team's models (their {@code team} label), whatever its matchers say.
 */
@Entity
@Table(name = "silence")
@NamedQuery(
        name = Silence.ACTIVE,
        query = "SELECT s FROM Silence s WHERE s.startsAt <= :now AND s.endsAt > :now ORDER BY s.id")
@NamedQuery(name = Silence.ALL, query = "SELECT s FROM Silence s ORDER BY s.endsAt DESC, s.id DESC")
public class Silence {

    public static final String ACTIVE = "Silence.active";
    public static final String ALL = "Silence.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = MatchersConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<LabelMatcher> matchers;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 100)
    private String team;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(nullable = false, columnDefinition = "text")
    private String comment;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected Silence() {}

    public Silence(
            String team,
            List<LabelMatcher> matchers,
            Instant startsAt,
            Instant endsAt,
            String createdBy,
            String comment,
            Instant now) {
        this.created = now;
        this.team = team;
        change(matchers, startsAt, endsAt, createdBy, comment, now);
    }

    public void change(
            List<LabelMatcher> matchers,
            Instant startsAt,
            Instant endsAt,
            String createdBy,
            String comment,
            Instant now) {
        this.matchers = List.copyOf(matchers);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.comment = comment;
        this.updated = now;
    }

    /**
     * Ends the silence now. One that has not started yet starts a microsecond (the database's
     * precision) before it ends, so it never mutes and still starts before it ends, as the
     * schema requires.
     */
    public void expire(Instant now) {
        if (endsAt.isAfter(now)) {
            endsAt = now;
        }
        if (!startsAt.isBefore(endsAt)) {
            startsAt = endsAt.minus(1, ChronoUnit.MICROS);
        }
        updated = now;
    }

    public boolean mutes(Map<String, String> labels, Instant now) {
        return status(now) == SilenceStatus.ACTIVE
                && (team == null || team.equals(labels.get("team")))
                && LabelMatcher.all(matchers, labels);
    }

    public SilenceStatus status(Instant now) {
        if (!endsAt.isAfter(now)) {
            return SilenceStatus.EXPIRED;
        }
        return startsAt.isAfter(now) ? SilenceStatus.PENDING : SilenceStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public List<LabelMatcher> getMatchers() {
        return matchers;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    /** The team whose alerts alone the silence mutes, or {@code null} for every team's. */
    public String getTeam() {
        return team;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdated() {
        return updated;
    }
}
