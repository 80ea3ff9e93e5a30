package io.mdt.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an alert's history: what happened, the state it left, who or which run did it. */
@Entity
@Table(name = "alert_transition")
@NamedQuery(
        name = AlertTransition.OF_ALERT,
        query = "SELECT t FROM AlertTransition t WHERE t.alert.id = :alert ORDER BY t.id")
public class AlertTransition {

    public static final String OF_ALERT = "AlertTransition.ofAlert";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "alert_id")
    private Alert alert;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransitionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private AlertState state;

    @Column(length = 200)
    private String actor;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "run_id")
    private Long runId;

    private Double value;

    protected AlertTransition() {}

    AlertTransition(
            Alert alert, TransitionKind kind, String actor, String comment, Long runId, Double value, Instant at) {
        this.alert = alert;
        this.kind = kind;
        this.state = alert.getState();
        this.actor = actor;
        this.comment = comment;
        this.runId = actor == null ? runId : null;
        this.value = value;
        this.at = at;
    }

    public Instant getAt() {
        return at;
    }

    public TransitionKind getKind() {
        return kind;
    }

    public AlertState getState() {
        return state;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public Long getRunId() {
        return runId;
    }

    public Double getValue() {
        return value;
    }
}
