package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.RunStatus;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What monitors found: runs by window, one run's columns, one column's evidence, scores over time, models' status. */
@Stateless
public class EvaluationHistory {

    private static final int MAX_PAGE_SIZE = 500;
    /** A week of hourly windows. */
    public static final int MAX_HEATMAP_WINDOWS = 168;
    /** The windows of a column's score history shown beside one window's evidence. */
    public static final int COLUMN_HISTORY = 168;

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
    /** One column's score in a monitor's finished runs; conditions and an order follow. */
    private static final String SCORES = "SELECT NEW io.mdt.monitoring.boundary.ScorePoint(r.id, r.windowStart,"
            + " r.windowEnd, c.method, c.threshold, c.score, c.drift) FROM EvaluationRun r JOIN r.results c"
            + " WHERE r.monitor.id = :monitor AND r.status = :done AND c.column = :column";

    /** The latest finished run of each monitor; a condition on the model follows. */
    private static final String LATEST_RUNS = "SELECT r FROM EvaluationRun r WHERE r.status = :done"
            + " AND r.windowIndex = (SELECT MAX(o.windowIndex) FROM EvaluationRun o"
            + " WHERE o.monitor = r.monitor AND o.status = :done)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Monitors monitors;

    @Inject
    ModelVersions versions;

    @Inject
    ModelOverview overview;

    /** A page of a monitor's runs whose window starts in {@code [from, to)}, newest first. */
    /** Runs queued or running in the whole cluster, for the metrics endpoint. */
    public long backlog() {
        return em.createQuery(
                        "SELECT COUNT(r) FROM EvaluationRun r WHERE r.status IN"
                                + " (io.mdt.monitoring.entity.RunStatus.QUEUED, io.mdt.monitoring.entity.RunStatus.RUNNING)",
                        Long.class)
                .getSingleResult();
    }

    public RunPage runs(long monitorId, Instant from, Instant to, int page, int size) {
        monitors.find(monitorId);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new ModelValidationException(
                    List.of(new Violation("size", "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE)));
        }
        var filter = " FROM EvaluationRun r WHERE r.monitor.id = :monitor"
                + " AND (r.windowStart IS NULL OR (r.windowStart >= :from AND r.windowStart < :to))";
        var items = em.createQuery("SELECT r" + filter + " ORDER BY r.windowIndex DESC", EvaluationRun.class)
                .setParameter("monitor", monitorId)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(RunSummary::of)
                .toList();
        long total = em.createQuery("SELECT COUNT(r)" + filter, Long.class)
                .setParameter("monitor", monitorId)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .getSingleResult();
        return new RunPage(items, total, page, size);
    }

    public RunDetail run(long runId) {
        var run = visibleRun(runId);
        return detail(run);
    }

    /**
     * The runs of the {@code count} windows just before this run's, oldest first; a window
     * never evaluated is missing from the list, so callers can tell whether windows were
     * consecutive.
     */
    public List<RunDetail> precedingRuns(long runId, int count) {
        var run = em.find(EvaluationRun.class, runId);
        if (run == null || count < 1 || !seen(run)) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT r FROM EvaluationRun r WHERE r.monitor.id = :monitor AND r.windowIndex >= :first"
                                + " AND r.windowIndex < :index ORDER BY r.windowIndex",
                        EvaluationRun.class)
                .setParameter("monitor", run.getMonitor().getId())
                .setParameter("first", run.getWindowIndex() - count)
                .setParameter("index", run.getWindowIndex())
                .getResultStream()
                .map(EvaluationHistory::detail)
                .toList();
    }

    /** The runs of a monitor whose window starts in {@code [from, to)}, oldest first, at most {@code limit}. */
    public List<RunDetail> runDetails(long monitorId, Instant from, Instant to, int limit) {
        return em.createQuery(
                        "SELECT r FROM EvaluationRun r WHERE r.monitor.id = :monitor"
                                + " AND (r.windowStart IS NULL OR (r.windowStart >= :from AND r.windowStart < :to))"
                                + " ORDER BY r.windowIndex",
                        EvaluationRun.class)
                .setParameter("monitor", monitorId)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .setMaxResults(limit)
                .getResultStream()
                .map(EvaluationHistory::detail)
                .toList();
    }

    private EvaluationRun visibleRun(long runId) {
        var run = em.find(EvaluationRun.class, runId);
        if (run == null || !seen(run)) {
            throw new MonitorNotFoundException("run", runId);
        }
        return run;
    }

    private boolean seen(EvaluationRun run) {
        return versions.sees(run.getMonitor().getVersion().getModel().getId());
    }

    private static RunDetail detail(EvaluationRun run) {
        return new RunDetail(
                RunSummary.of(run),
                run.getResults().stream().map(ColumnOutcome::of).toList(),
                RunPerformance.of(run));
    }

    /** A run's realized confusion matrix. */
    public ConfusionMatrixSummary confusionMatrix(long runId) {
        var run = visibleRun(runId);
        var matrix = ConfusionMatrixSummary.parse(run.getConfusionMatrix());
        if (matrix == null) {
            throw new ModelValidationException(
                    List.of(
                            new Violation(
                                    "run",
                                    run.getPerformanceNote() != null
                                            ? "has no confusion matrix: " + run.getPerformanceNote()
                                            : "has no confusion matrix; only classifiers' finished runs with enough actuals have one")));
        }
        return matrix;
    }

    /**
     * A monitor's performance metrics in every finished window, oldest first: realized and
     * estimated values with band and bounds, of one metric or of all.
     */
    public List<MetricPoint> metrics(long monitorId, String metric, Instant from, Instant to) {
        var monitor = monitors.find(monitorId);
        var metrics = monitor.settings().performance().metrics();
        if (metric != null && !metrics.contains(metric)) {
            throw new ModelValidationException(
                    List.of(new Violation("metric", "is not measured by this monitor; it measures " + metrics)));
        }
        return em.createQuery(
                        "SELECT r FROM EvaluationRun r WHERE r.monitor.id = :monitor AND r.status = :done"
                                + " AND r.windowStart >= :from AND r.windowStart < :to ORDER BY r.windowStart",
                        EvaluationRun.class)
                .setParameter("monitor", monitorId)
                .setParameter("done", RunStatus.DONE)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .getResultStream()
                .flatMap(run -> RunPerformance.of(run).metrics().stream()
                        .filter(m -> metric == null || m.metric().equals(metric))
                        .map(m -> new MetricPoint(
                                run.getId(), run.getWindowStart(), run.getWindowEnd(), run.getLabelledRows(), m)))
                .toList();
    }

    /**
     * A monitor's drift per column in its {@code windows} latest finished windows (1 to
     * {@value #MAX_HEATMAP_WINDOWS}), for the heatmap of the model page.
     */
    public DriftHeatmap heatmap(long monitorId, int windows) {
        monitors.find(monitorId);
        if (windows < 1 || windows > MAX_HEATMAP_WINDOWS) {
            throw new ModelValidationException(
                    List.of(new Violation("windows", "must be between 1 and " + MAX_HEATMAP_WINDOWS)));
        }
        var runs = new ArrayList<>(em.createQuery(
                        "SELECT r FROM EvaluationRun r WHERE r.monitor.id = :monitor AND r.status = :done"
                                + " ORDER BY r.windowIndex DESC",
                        EvaluationRun.class)
                .setParameter("monitor", monitorId)
                .setParameter("done", RunStatus.DONE)
                .setMaxResults(windows)
                .getResultList());
        Collections.reverse(runs);
        var columns = new LinkedHashMap<String, Map<Long, DriftHeatmap.Cell>>();
        for (var run : runs) {
            for (var result : run.getResults()) {
                var verdict = result.verdict();
                columns.computeIfAbsent(result.getColumn(), c -> new HashMap<>())
                        .put(
                                run.getId(),
                                new DriftHeatmap.Cell(
                                        verdict.method(),
                                        verdict.score(),
                                        verdict.threshold(),
                                        verdict.drift(),
                                        verdict.severity(),
                                        verdict.error()));
            }
        }
        var rows = columns.entrySet().stream()
                .map(column -> new DriftHeatmap.Row(
                        column.getKey(),
                        runs.stream()
                                .map(run -> column.getValue().getOrDefault(run.getId(), DriftHeatmap.Cell.NONE))
                                .toList()))
                .toList();
        var shown = runs.stream()
                .map(run -> new DriftHeatmap.Window(run.getId(), run.getWindowStart(), run.getWindowEnd()))
                .toList();
        return new DriftHeatmap(monitorId, shown, rows);
    }

    /**
     * A monitor's drift and data quality in its {@code windows} latest finished windows (1 to
     * {@value #MAX_HEATMAP_WINDOWS}), oldest first, in one query.
     */
    public List<WindowTrend> trend(long monitorId, int windows) {
        monitors.find(monitorId);
        if (windows < 1 || windows > MAX_HEATMAP_WINDOWS) {
            throw new ModelValidationException(
                    List.of(new Violation("windows", "must be between 1 and " + MAX_HEATMAP_WINDOWS)));
        }
        var trend = new ArrayList<>(em.createQuery(
                        "SELECT NEW io.mdt.monitoring.boundary.WindowTrend(r.id, r.windowStart, r.windowEnd, r.share,"
                                + " r.datasetDrift, AVG(c.currentMissing), AVG(c.outOfRangeShare))"
                                + " FROM EvaluationRun r LEFT JOIN r.results c"
                                + " WHERE r.monitor.id = :monitor AND r.status = :done"
                                + " GROUP BY r.id, r.windowStart, r.windowEnd, r.share, r.datasetDrift, r.windowIndex"
                                + " ORDER BY r.windowIndex DESC",
                        WindowTrend.class)
                .setParameter("monitor", monitorId)
                .setParameter("done", RunStatus.DONE)
                .setMaxResults(windows)
                .getResultList());
        Collections.reverse(trend);
        return List.copyOf(trend);
    }

    /** A column's score in every finished window of the monitor, oldest first. */
    public List<ScorePoint> scores(long monitorId, String column, Instant from, Instant to) {
        monitors.find(monitorId);
        return em.createQuery(
                        SCORES + " AND r.windowStart >= :from AND r.windowStart < :to ORDER BY r.windowStart",
                        ScorePoint.class)
                .setParameter("monitor", monitorId)
                .setParameter("done", RunStatus.DONE)
                .setParameter("column", column)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .getResultList();
    }

    /**
     * One column of one run with the distributions it was compared on and its recent score
     * history, for the page an engineer opens from a heatmap cell or an alert.
     */
    public ColumnEvidence column(long runId, String column) {
        var run = visibleRun(runId);
        var result = run.getResults().stream()
                .filter(r -> r.getColumn().equals(column))
                .findFirst()
                .orElseThrow(() -> new MonitorNotFoundException(runId, column));
        var history = new ArrayList<>(
                em.createQuery(SCORES + " AND r.windowIndex <= :index ORDER BY r.windowIndex DESC", ScorePoint.class)
                        .setParameter("monitor", run.getMonitor().getId())
                        .setParameter("done", RunStatus.DONE)
                        .setParameter("column", column)
                        .setParameter("index", run.getWindowIndex())
                        .setMaxResults(COLUMN_HISTORY)
                        .getResultList());
        Collections.reverse(history);
        return new ColumnEvidence(
                monitors.get(run.getMonitor().getId()),
                RunSummary.of(run),
                ColumnOutcome.of(result),
                run.distributionOf(column).orElse(null),
                List.copyOf(history));
    }

    /** The model's health, judged on the latest finished run of each of its monitors. */
    public ModelStatus status(String modelReference) {
        var model = versions.model(modelReference);
        var judged = overview.entry(model.getId());
        var latest = em.createQuery(
                        LATEST_RUNS + " AND r.monitor.version.model.id = :model ORDER BY r.windowIndex DESC",
                        EvaluationRun.class)
                .setParameter("model", model.getId())
                .setParameter("done", RunStatus.DONE)
                .getResultStream()
                .map(RunSummary::of)
                .toList();
        return new ModelStatus(model.getId(), model.getName(), judged.health(), judged.lastEvaluated(), latest);
    }
}
