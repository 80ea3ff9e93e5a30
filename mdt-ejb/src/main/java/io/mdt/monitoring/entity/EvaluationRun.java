package io.mdt.monitoring.entity;

import io.mdt.engine.report.ColumnDistribution;
import io.mdt.registry.entity.ColumnRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation of one window of one monitor. Queued by the scheduler, run by a worker,
 * then done (with results), skipped (too few rows) or failed (with the reason). Queuing the
 * same window again resets this run rather than adding another.
 */
@Entity
@Table(name = "evaluation_run")
@NamedQuery(
        name = EvaluationRun.BY_WINDOW,
        query = "SELECT r FROM EvaluationRun r WHERE r.monitor.id = :monitor AND r.windowIndex = :index")
public class EvaluationRun {

    public static final String BY_WINDOW = "EvaluationRun.byWindow";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "monitor_id")
    private Monitor monitor;

    @Column(name = "window_index", nullable = false)
    private long windowIndex;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(name = "reference_id")
    private Long referenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RunStatus status;

    @Column(columnDefinition = "text")
    private String reason;

    @Column(name = "current_rows")
    private Long currentRows;

    @Column(name = "reference_rows")
    private Long referenceRows;

    private Integer drifted;
    private Integer total;
    private Double share;

    @Column(name = "dataset_drift")
    private Boolean datasetDrift;

    @Column(name = "prediction_drift")
    private Boolean predictionDrift;

    @Column(name = "target_drift")
    private Boolean targetDrift;

    @Column(name = "duration_millis")
    private Long durationMillis;

    @Column(nullable = false)
    private Instant queued;

    private Instant started;
    private Instant finished;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "column_result", joinColumns = @JoinColumn(name = "run_id"))
    private List<ColumnResult> results = new ArrayList<>();

    /** Read only by the column page, so neither lists of runs nor the heatmap load them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "column_distribution", joinColumns = @JoinColumn(name = "run_id"))
    @MapKeyColumn(name = "column_name", length = 200)
    @Column(name = "distribution", columnDefinition = "text", nullable = false)
    @Convert(converter = DistributionConverter.class)
    private Map<String, ColumnDistribution> distributions = new HashMap<>();

    @Column(name = "labelled_rows")
    private Long labelledRows;

    @Column(name = "performance_note", columnDefinition = "text")
    private String performanceNote;

    @Column(name = "confusion_matrix", columnDefinition = "text")
    private String confusionMatrix;

    private Boolean degraded;

    @Column(name = "actuals_until")
    private Instant actualsUntil;

    @Column(name = "performance_evaluated")
    private Instant performanceEvaluated;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "metric_result", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<MetricResult> metrics = new ArrayList<>();

    /**
     * Guards a run that a backfill queues again, a worker completes and late actuals update,
     * possibly at once: the later writer retries rather than overwriting.
     */
    @Version
    @Column(name = "run_version")
    private long runVersion;

    protected EvaluationRun() {}

    public EvaluationRun(Monitor monitor, Window window, Instant now) {
        this.monitor = monitor;
        this.windowIndex = window.index();
        queue(window, now);
    }

    /** Puts the run back in the queue, forgetting any earlier outcome. */
    public void queue(Window window, Instant now) {
        this.windowStart = window.start();
        this.windowEnd = window.end();
        this.status = RunStatus.QUEUED;
        this.queued = now;
        this.started = null;
        this.finished = null;
        this.reason = null;
        this.currentRows = null;
        this.referenceRows = null;
        this.drifted = null;
        this.total = null;
        this.share = null;
        this.datasetDrift = null;
        this.predictionDrift = null;
        this.targetDrift = null;
        this.durationMillis = null;
        this.results.clear();
        this.distributions.clear();
        this.labelledRows = null;
        this.performanceNote = null;
        this.confusionMatrix = null;
        this.degraded = null;
        this.actualsUntil = null;
        this.performanceEvaluated = null;
        this.metrics.clear();
    }

    public void start(long referenceDataset, Instant now) {
        this.status = RunStatus.RUNNING;
        this.referenceId = referenceDataset;
        this.started = now;
    }

    /** The window's times, known for count windows only once its rows are read. */
    public void spans(Instant start, Instant end) {
        this.windowStart = start;
        this.windowEnd = end;
    }

    public void skip(long rows, long referenceRows, String why, Instant now) {
        this.currentRows = rows;
        this.referenceRows = referenceRows;
        finish(RunStatus.SKIPPED, why, now);
    }

    public void fail(String why, Instant now) {
        finish(RunStatus.FAILED, why, now);
    }

    /**
     * Fails the run on a transient fault that outlasted every delivery of its request. The
     * reason is for users: it says what happened and quotes the server log entry that holds
     * the exception, whose text is for operators and never shown.
     */
    public void failTransiently(int attempts, String correlationId, Instant now) {
        fail(
                "the database or the message broker was unavailable in all " + attempts
                        + " attempts; evaluate the window again when they are back (correlation id " + correlationId
                        + ")",
                now);
    }

    /** Fails the run on a fault another attempt would meet again, in MDT or in the window's data. */
    public void failOnError(String correlationId, Instant now) {
        fail(
                "an error stopped the evaluation, and trying again would not help; an operator can look it up"
                        + " in the server log (correlation id " + correlationId + ")",
                now);
    }

    /**
     * Records the results and the distributions the columns were compared on; feature results
     * decide dataset drift, as the engine's rule said.
     */
    public void complete(
            long rows,
            long referenceRows,
            List<ColumnResult> columns,
            Map<String, ColumnDistribution> distributions,
            int drifted,
            int total,
            boolean datasetDrift,
            Instant now) {
        this.currentRows = rows;
        this.referenceRows = referenceRows;
        this.results.clear();
        this.results.addAll(columns);
        this.distributions.clear();
        this.distributions.putAll(distributions);
        this.drifted = drifted;
        this.total = total;
        this.share = total == 0 ? 0.0 : (double) drifted / total;
        this.datasetDrift = datasetDrift;
        this.predictionDrift = anyDrift(columns, ColumnRole.PREDICTION);
        this.targetDrift = anyDrift(columns, ColumnRole.TARGET);
        finish(RunStatus.DONE, null, now);
    }

    /**
     * Records the window's performance: its labelled rows, the metrics with their bounds (or
     * why there are none), the confusion matrix as JSON, whether a metric fell outside its
     * bounds on the side where it got worse, and the newest actual it saw.
     */
    public void measured(PerformanceFigures performance, Instant now) {
        this.labelledRows = performance.labelledRows();
        this.performanceNote = performance.note();
        this.confusionMatrix = performance.confusionMatrix();
        this.metrics.clear();
        this.metrics.addAll(performance.metrics());
        this.degraded = performance.degraded();
        this.actualsUntil = performance.actualsUntil();
        this.performanceEvaluated = now;
    }

    /** Notes that actuals which arrived after the run could not be applied; its figures stay as they were. */
    public void lateActualsFailed(String correlationId) {
        var failed = "late actuals could not be applied to these metrics; an operator can look it up in the"
                + " server log (correlation id " + correlationId + ")";
        this.performanceNote = performanceNote == null ? failed : performanceNote + "; " + failed;
    }

    /** What a run measured of the model's performance, as {@link #measured} records it. */
    public record PerformanceFigures(
            Long labelledRows,
            String note,
            String confusionMatrix,
            List<MetricResult> metrics,
            Boolean degraded,
            Instant actualsUntil) {}

    private static Boolean anyDrift(List<ColumnResult> columns, ColumnRole role) {
        var ofRole = columns.stream().filter(c -> c.getRole() == role).toList();
        return ofRole.isEmpty() ? null : ofRole.stream().anyMatch(ColumnResult::isDrift);
    }

    private void finish(RunStatus outcome, String why, Instant now) {
        this.status = outcome;
        this.reason = why;
        this.finished = now;
        this.durationMillis =
                started == null ? null : Duration.between(started, now).toMillis();
    }

    /** Whether the run found drift anywhere: the dataset, or any one column. */
    public boolean foundDrift() {
        return status == RunStatus.DONE
                && (Boolean.TRUE.equals(datasetDrift) || results.stream().anyMatch(ColumnResult::isDrift));
    }

    public Long getId() {
        return id;
    }

    public Monitor getMonitor() {
        return monitor;
    }

    public long getWindowIndex() {
        return windowIndex;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public Long getReferenceId() {
        return referenceId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getCurrentRows() {
        return currentRows;
    }

    public Long getReferenceRows() {
        return referenceRows;
    }

    public Integer getDrifted() {
        return drifted;
    }

    public Integer getTotal() {
        return total;
    }

    public Double getShare() {
        return share;
    }

    public Boolean getDatasetDrift() {
        return datasetDrift;
    }

    public Boolean getPredictionDrift() {
        return predictionDrift;
    }

    public Boolean getTargetDrift() {
        return targetDrift;
    }

    public Long getDurationMillis() {
        return durationMillis;
    }

    public Instant getQueued() {
        return queued;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getFinished() {
        return finished;
    }

    /** How the column's values fell in the reference and in this window, if it was compared. */
    public Optional<ColumnDistribution> distributionOf(String column) {
        return Optional.ofNullable(distributions.get(column));
    }

    public List<ColumnResult> getResults() {
        return List.copyOf(results);
    }

    public Long getLabelledRows() {
        return labelledRows;
    }

    public String getPerformanceNote() {
        return performanceNote;
    }

    public String getConfusionMatrix() {
        return confusionMatrix;
    }

    public Boolean getDegraded() {
        return degraded;
    }

    public Instant getActualsUntil() {
        return actualsUntil;
    }

    public Instant getPerformanceEvaluated() {
        return performanceEvaluated;
    }

    public List<MetricResult> getMetrics() {
        return List.copyOf(metrics);
    }
}
