package io.mdt.retraining.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to train a model again on the labelled predictions one of its versions made in a
 * range, and its progress: queued, running (at a step), then succeeded with the challenger
 * version it registered and its hold-out comparison, or failed with the reason. A retraining
 * interrupted (the server stopped while it ran) starts again where it can: from the first step,
 * or from the evaluation once its challenger was registered, which happens in one transaction.
 */
@Entity
@Table(name = "retraining")
@NamedQuery(
        name = Retraining.OF_MODEL,
        query = "SELECT r FROM Retraining r WHERE r.modelId = :model ORDER BY r.requested DESC, r.id DESC")
@NamedQuery(
        name = Retraining.UNFINISHED,
        query = "SELECT COUNT(r) FROM Retraining r WHERE r.modelId = :model AND r.state IN"
                + " (io.mdt.retraining.entity.RetrainingState.QUEUED,"
                + " io.mdt.retraining.entity.RetrainingState.RUNNING)")
public class Retraining {

    public static final String OF_MODEL = "Retraining.ofModel";
    public static final String UNFINISHED = "Retraining.unfinished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_id")
    private Long modelId;

    @Column(name = "base_version_id")
    private Long baseVersionId;

    @Column(name = "base_label")
    private String baseLabel;

    @Column(name = "challenger_label")
    private String challengerLabel;

    @Column(name = "challenger_version_id")
    private Long challengerVersionId;

    @Column(name = "range_from")
    private Instant from;

    @Column(name = "range_to")
    private Instant to;

    @Column(name = "holdout_share")
    private double holdoutShare;

    @Enumerated(EnumType.STRING)
    private RetrainingOrigin origin;

    @Column(name = "alert_id")
    private Long alertId;

    @Enumerated(EnumType.STRING)
    private RetrainingState state;

    @Enumerated(EnumType.STRING)
    private RetrainingStep step;

    private Instant requested;

    @Column(name = "requested_by")
    private String requestedBy;

    private Instant started;

    private Instant finished;

    @Column(name = "training_rows")
    private Integer trainingRows;

    @Column(name = "holdout_rows")
    private Integer holdoutRows;

    @Column(columnDefinition = "text")
    private String failure;

    @Column(columnDefinition = "text")
    private String comparison;

    @Column(columnDefinition = "text")
    private String mlflow;

    protected Retraining() {}

    public Retraining(
            long modelId,
            long baseVersionId,
            String baseLabel,
            String challengerLabel,
            Instant from,
            Instant to,
            double holdoutShare,
            RetrainingOrigin origin,
            Long alertId,
            String requestedBy,
            Instant now) {
        this.modelId = modelId;
        this.baseVersionId = baseVersionId;
        this.baseLabel = Objects.requireNonNull(baseLabel);
        this.challengerLabel = Objects.requireNonNull(challengerLabel);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.holdoutShare = holdoutShare;
        this.origin = Objects.requireNonNull(origin);
        this.alertId = alertId;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requested = now;
        this.state = RetrainingState.QUEUED;
    }

    /**
     * Starts, or starts again after an interrupted run: at the first step, or at the evaluation
     * when the challenger was registered before the interruption.
     */
    public void start(Instant now) {
        state = RetrainingState.RUNNING;
        step = challengerVersionId == null ? RetrainingStep.READING : RetrainingStep.EVALUATING;
        started = now;
    }

    public void reach(RetrainingStep next, int training, int holdout) {
        step = next;
        trainingRows = training;
        holdoutRows = holdout;
    }

    /** The challenger is registered: a run started again after this goes on to the evaluation. */
    public void registered(long challengerVersionId) {
        this.challengerVersionId = challengerVersionId;
        step = RetrainingStep.EVALUATING;
    }

    /** @param mlflow what became of its registration in MLflow, or null without MLflow */
    public void succeed(String comparison, String mlflow, Instant now) {
        this.comparison = comparison;
        this.mlflow = mlflow;
        state = RetrainingState.SUCCEEDED;
        finished = now;
    }

    /** Fails at the step it had reached, which stays to say where. */
    public void fail(String reason, Instant now) {
        failure = reason;
        state = RetrainingState.FAILED;
        finished = now;
    }

    public Long getId() {
        return id;
    }

    public Long getModelId() {
        return modelId;
    }

    public Long getBaseVersionId() {
        return baseVersionId;
    }

    public String getChallengerLabel() {
        return challengerLabel;
    }

    public String getBaseLabel() {
        return baseLabel;
    }

    public Long getChallengerVersionId() {
        return challengerVersionId;
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    public double getHoldoutShare() {
        return holdoutShare;
    }

    public RetrainingOrigin getOrigin() {
        return origin;
    }

    public Long getAlertId() {
        return alertId;
    }

    public RetrainingState getState() {
        return state;
    }

    public RetrainingStep getStep() {
        return step;
    }

    public Instant getRequested() {
        return requested;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getFinished() {
        return finished;
    }

    public Integer getTrainingRows() {
        return trainingRows;
    }

    public Integer getHoldoutRows() {
        return holdoutRows;
    }

    public String getFailure() {
        return failure;
    }

    public String getMlflow() {
        return mlflow;
    }

    public String getComparison() {
        return comparison;
    }
}
