package io.mdt.monitoring.boundary;

import io.mdt.ingestion.entity.ReferenceDataset;
import io.mdt.monitoring.control.DriftBaselines;
import io.mdt.monitoring.control.DriftEvaluator;
import io.mdt.monitoring.control.DriftEvents;
import io.mdt.monitoring.control.DriftSettings;
import io.mdt.monitoring.control.EvaluationMetrics;
import io.mdt.monitoring.control.EvaluationRequests;
import io.mdt.monitoring.control.PerformanceMeasurement;
import io.mdt.monitoring.control.WindowData;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.RunStatus;
import io.mdt.monitoring.entity.Window;
import io.mdt.monitoring.entity.WindowKind;
import io.mdt.platform.boundary.Correlation;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The life of evaluation runs: queueing due windows (from the timer) or a backfill range,
 * and evaluating one run (from a worker); {@link EvaluationFailures} deals with the runs that fail.
 */
@Stateless
public class Evaluations {

    private static final Logger LOG = Correlation.logger(Evaluations.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationMetrics evaluationMetrics;

    @Inject
    WindowData data;

    @Inject
    EvaluationRequests requests;

    @Inject
    DriftEvents events;

    @Inject
    Monitors monitors;

    @Inject
    PerformanceMeasurement performance;

    @Inject
    DriftBaselines driftBaselines;

    @Inject
    Event<RunFinished> finished;

    /**
     * How far before the last check of a monitor's actuals the next one looks again: an actual
     * is stamped when its transaction starts, and a long transaction may commit after a check
     * that already passed its stamp. Looking again only costs re-measuring a window.
     */
    static final Duration ACTUALS_OVERLAP = Duration.ofMinutes(10);

    /**
     * Queues the windows that became due since the monitor's last firing.
     *
     * @return false when there is no such monitor any more
     */
    public boolean queueDue(long monitorId) {
        var monitor = em.find(Monitor.class, monitorId);
        if (monitor == null) {
            return false;
        }
        long version = monitor.getVersion().getId();
        var windows = monitor.settings().windowKind() == WindowKind.TIME
                ? monitor.dueTimeWindows(Instant.now(), firstPredictionUnlessEvaluated(monitor))
                : monitor.dueCountWindows(count(VersionTables.predictions(version)) + retired(version));
        queue(monitor, windows);
        monitor.handedOut(windows);
        queueLateActuals(monitor);
        return true;
    }

    /**
     * Asks for the realized metrics of every evaluated window within the monitor's horizon that
     * received actuals since the last check, to be measured again.
     */
    private void queueLateActuals(Monitor monitor) {
        var now = Instant.now();
        var checked = monitor.getActualsCheckedUntil();
        if (!monitor.getVersion().column(ColumnRole.TARGET).isPresent()) {
            return;
        }
        long version = monitor.getVersion().getId();
        var since = Timestamp.from(checked == null ? Instant.EPOCH : checked.minus(ACTUALS_OVERLAP));
        var anyFresh = !em.createNativeQuery(
                        "SELECT 1 FROM " + VersionTables.actuals(version) + " WHERE ingested_at > ?1 LIMIT 1")
                .setParameter(1, since)
                .getResultList()
                .isEmpty();
        if (anyFresh) {
            requests.sendRemeasure(lateRuns(monitor, since, now));
        }
        monitor.actualsChecked(now);
    }

    /**
     * The evaluated windows within the horizon that actuals stored since {@code since} belong to,
     * found through the version's key table (each prediction id with its event time) rather
     * than the weekly partitions; for time windows only from the oldest such window on.
     */
    private List<Long> lateRuns(Monitor monitor, Timestamp since, Instant now) {
        long version = monitor.getVersion().getId();
        var horizon = now.minusSeconds(monitor.settings().performance().actualsHorizonSeconds());
        var timeWindows = monitor.settings().windowKind() == WindowKind.TIME;
        var endTest = timeWindows ? "f.event_time < r.window_end" : "f.event_time <= r.window_end";
        var oldest = timeWindows
                ? " AND p.event_time >= '"
                        + horizon.minusSeconds(monitor.settings().windowSize()) + "'"
                : "";
        @SuppressWarnings("unchecked")
        List<Number> runs = em.createNativeQuery("WITH fresh AS (SELECT p.event_time FROM "
                        + VersionTables.actuals(version) + " a JOIN " + VersionTables.predictionKeys(version)
                        + " p USING (prediction_id) WHERE a.ingested_at > ?1" + oldest + ")"
                        + " SELECT r.id FROM evaluation_run r WHERE r.monitor_id = ?2 AND r.status = 'DONE'"
                        + " AND r.window_end > ?3 AND EXISTS (SELECT 1 FROM fresh f WHERE f.event_time >= r.window_start"
                        + " AND " + endTest + ")")
                .setParameter(1, since)
                .setParameter(2, monitor.getId())
                .setParameter(3, Timestamp.from(horizon))
                .getResultList();
        return runs.stream().map(Number::longValue).toList();
    }

    /** Queues every time window that starts in {@code [from, to)} again, replacing earlier results. */
    public List<RunSummary> backfill(long monitorId, Instant from, Instant to) {
        var monitor = monitors.find(monitorId);
        if (monitor.settings().windowKind() != WindowKind.TIME) {
            throw new ModelValidationException(
                    List.of(new Violation("monitor", "backfill by time applies to monitors with time windows")));
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new ModelValidationException(List.of(new Violation("from", "must be a time before 'to'")));
        }
        long count = monitor.timeWindowCount(from, to);
        if (count > Monitor.MAX_WINDOWS_PER_FIRING) {
            throw new ModelValidationException(List.of(new Violation(
                    "to",
                    "the range holds " + count
                            + " windows; a backfill takes at most " + Monitor.MAX_WINDOWS_PER_FIRING
                            + ", so split it into several requests")));
        }
        var windows = monitor.timeWindowsBetween(from, to);
        var runs = queue(monitor, windows);
        monitor.backfilled(windows, firstPredictionUnlessEvaluated(monitor), Instant.now());
        return runs.stream().map(RunSummary::of).toList();
    }

    private List<EvaluationRun> queue(Monitor monitor, List<Window> windows) {
        var now = InstantConverter.now();
        var runs = new ArrayList<EvaluationRun>();
        for (var window : windows) {
            var existing = em.createNamedQuery(EvaluationRun.BY_WINDOW, EvaluationRun.class)
                    .setParameter("monitor", monitor.getId())
                    .setParameter("index", window.index())
                    .getResultStream()
                    .findFirst();
            existing.ifPresent(run -> run.queue(window, now));
            var run = existing.orElseGet(() -> new EvaluationRun(monitor, window, now));
            if (existing.isEmpty()) {
                em.persist(run);
            }
            runs.add(run);
        }
        em.flush();
        requests.send(runs.stream().map(EvaluationRun::getId).toList());
        return runs;
    }

    /**
     * Evaluates one run in a transaction of its own, so the worker can record a failure
     * after this one rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void evaluate(long runId) {
        var run = em.find(EvaluationRun.class, runId);
        if (run == null) {
            return;
        }
        var monitor = run.getMonitor();
        var reference = reference(monitor);
        if (reference == null) {
            run.fail("the version has no reference dataset; upload one first", InstantConverter.now());
            finish(run);
            return;
        }
        run.start(reference.getId(), InstantConverter.now());
        var columns = monitor.getVersion().referenceColumns().stream()
                .filter(c -> c.getRole() != ColumnRole.SEGMENT)
                .toList();
        var referenceSample = data.read(
                "SELECT NULL::double precision, " + list(columns, "") + " FROM "
                        + VersionTables.reference(reference.getId()),
                columns);
        var actualsUntil = InstantConverter.now();
        var current = data.read(
                windowSelect(monitor, run, columns, retired(monitor.getVersion().getId())), columns);
        if (monitor.settings().windowKind() == WindowKind.COUNT) {
            run.spans(current.first(), current.last());
        }
        int minRows = monitor.settings().minRows();
        if (current.rows() < minRows) {
            run.skip(
                    current.rows(),
                    referenceSample.rows(),
                    "the window has " + current.rows() + " predictions; the monitor needs at least " + minRows,
                    InstantConverter.now());
            finish(run);
            return;
        }
        var outcome = DriftEvaluator.evaluate(
                columns,
                referenceSample.columns(),
                current.columns(),
                DriftSettings.options(
                        monitor.settings(),
                        driftBaselines.thresholds(
                                monitor.getId(),
                                reference.getId(),
                                monitor.settings(),
                                columns,
                                referenceSample.columns(),
                                monitor.settings().performance().referenceChunks())));
        run.complete(
                current.rows(),
                referenceSample.rows(),
                outcome.columns(),
                outcome.distributions(),
                outcome.drifted(),
                outcome.total(),
                outcome.datasetDrift(),
                InstantConverter.now());
        run.measured(
                performance.measure(
                        monitor,
                        reference.getId(),
                        columns,
                        referenceSample.columns(),
                        current.columns(),
                        actualsUntil),
                InstantConverter.now());
        if (run.foundDrift()) {
            events.publish(run);
        }
        finish(run);
    }

    /** Counts the run, tells the observers of finished runs, and logs its outcome. */
    private void finish(EvaluationRun run) {
        evaluationMetrics.evaluated(run);
        finished.fire(new RunFinished(run.getId()));
        LOG.info(() -> "Evaluated run " + run.getId() + " of monitor "
                + run.getMonitor().getId() + " (window "
                + run.getWindowIndex() + "): " + run.getStatus()
                + (run.getReason() == null ? "" : ", " + run.getReason()));
    }

    /**
     * Measures a finished run's realized metrics again from the actuals its window has now, in a
     * transaction of its own; its drift results and estimates stay as they are.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remeasure(long runId) {
        var run = em.find(EvaluationRun.class, runId);
        if (run == null || run.getStatus() != RunStatus.DONE || run.getMetrics().isEmpty()) {
            return;
        }
        var monitor = run.getMonitor();
        var version = monitor.getVersion();
        var outputs = version.referenceColumns().stream()
                .filter(c -> c.getRole() == ColumnRole.TARGET
                        || c.getRole() == ColumnRole.PREDICTION
                        || version.scoreColumns().contains(c))
                .toList();
        var actualsUntil = InstantConverter.now();
        var window = data.read(
                windowSelect(monitor, run, outputs, retired(monitor.getVersion().getId())), outputs);
        run.measured(performance.remeasure(run, outputs, window.columns(), actualsUntil), InstantConverter.now());
        finished.fire(new RunFinished(runId));
    }

    private ReferenceDataset reference(Monitor monitor) {
        var fixed = monitor.settings().referenceId();
        if (fixed != null) {
            return em.find(ReferenceDataset.class, fixed);
        }
        return em.createNamedQuery(ReferenceDataset.OF_VERSION, ReferenceDataset.class)
                .setParameter("version", monitor.getVersion().getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * The window's rows, joined with their actuals when there is a target, first column the epoch
     * second. A time window names its range, so the database reads only its weeks' partitions; a
     * count window is an offset into every prediction kept, shifted by those retention removed.
     */
    private static String windowSelect(Monitor monitor, EvaluationRun run, List<SchemaColumn> columns, long retired) {
        long version = monitor.getVersion().getId();
        var withTarget = columns.stream().anyMatch(c -> c.getRole() == ColumnRole.TARGET);
        var from = " FROM " + VersionTables.predictions(version) + " p"
                + (withTarget ? " LEFT JOIN " + VersionTables.actuals(version) + " a USING (prediction_id)" : "");
        var select = "SELECT extract(epoch FROM p.event_time)::float8, " + list(columns, "p.") + from;
        if (monitor.settings().windowKind() == WindowKind.TIME) {
            return select + " WHERE p.event_time >= '" + run.getWindowStart() + "' AND p.event_time < '"
                    + run.getWindowEnd() + "'";
        }
        long size = monitor.settings().windowSize();
        long offset = run.getWindowIndex() * size - retired;
        return select + " ORDER BY p.event_time, p.prediction_id OFFSET " + Math.max(0, offset) + " LIMIT "
                + Math.max(0, size + Math.min(0, offset));
    }

    /** How many of the version's oldest predictions retention removed, which count windows still number. */
    private long retired(long version) {
        return ((Number) em.createNativeQuery("SELECT retired_predictions FROM model_version WHERE id = ?1")
                        .setParameter(1, version)
                        .getSingleResult())
                .longValue();
    }

    private static String list(List<SchemaColumn> columns, String prefix) {
        return columns.stream()
                .map(c -> c.getRole() == ColumnRole.TARGET
                        ? (prefix.isEmpty() ? c.sqlName() : "a.actual")
                        : prefix + c.sqlName())
                .collect(Collectors.joining(", "));
    }

    /**
     * The oldest prediction's time, which only a monitor that has evaluated nothing yet needs:
     * finding it reads every partition of the version's predictions, while everything else an
     * evaluation reads is within its window's weeks.
     */
    private Instant firstPredictionUnlessEvaluated(Monitor monitor) {
        if (monitor.getEvaluatedUntil() != null) {
            return null;
        }
        var first = em.createNativeQuery("SELECT min(event_time) FROM "
                        + VersionTables.predictions(monitor.getVersion().getId()))
                .getSingleResult();
        return first == null ? null : ((Timestamp) first).toInstant();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
