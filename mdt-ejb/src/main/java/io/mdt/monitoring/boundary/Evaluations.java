package io.mdt.monitoring.boundary;

import io.mdt.ingestion.entity.ReferenceDataset;
import io.mdt.monitoring.control.DriftEvaluator;
import io.mdt.monitoring.control.DriftEvents;
import io.mdt.monitoring.control.DriftSettings;
import io.mdt.monitoring.control.EvaluationRequests;
import io.mdt.monitoring.control.WindowData;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.Window;
import io.mdt.monitoring.entity.WindowKind;
import io.mdt.platform.boundary.FaultKind;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The life of evaluation runs: queueing due windows (from the timer) or a backfill range,
 * evaluating one run (from a worker), and recording a failure or asking for another attempt.
 */
@Stateless
public class Evaluations {

    private static final Logger LOG = Logger.getLogger(Evaluations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    WindowData data;

    @Inject
    EvaluationRequests requests;

    @Inject
    DriftEvents events;

    @Inject
    Monitors monitors;

    /**
     * Deliveries of an evaluation request before a transient fault is recorded as the run's
     * failure; the broker's {@code max-delivery-attempts} for {@code mdt.evaluations} must be
     * the same, or the broker dead-letters the request before the run records why.
     */
    @Inject
    @ConfigProperty(name = "mdt.evaluation.max-deliveries", defaultValue = "5")
    int maxDeliveries;

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
        var predictions = VersionTables.predictions(monitor.getVersion().getId());
        var windows = monitor.settings().windowKind() == WindowKind.TIME
                ? monitor.dueTimeWindows(Instant.now(), firstPrediction(predictions))
                : monitor.dueCountWindows(count(predictions));
        queue(monitor, windows);
        monitor.handedOut(windows);
        return true;
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
        var windows = monitor.timeWindowsBetween(from, to);
        var runs = queue(monitor, windows);
        monitor.backfilled(
                windows,
                firstPrediction(VersionTables.predictions(monitor.getVersion().getId())),
                Instant.now());
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
        var current = data.read(windowSelect(monitor, run, columns), columns);
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
            return;
        }
        var outcome = DriftEvaluator.evaluate(
                columns, referenceSample.columns(), current.columns(), DriftSettings.options(monitor.settings()));
        run.complete(
                current.rows(),
                referenceSample.rows(),
                outcome.columns(),
                outcome.drifted(),
                outcome.total(),
                outcome.datasetDrift(),
                InstantConverter.now());
        if (run.foundDrift()) {
            events.publish(run);
        }
    }

    /**
     * Deals with a failed evaluation in the transaction that consumes its request. A transient
     * fault before the last delivery marks that transaction for rollback, so that the broker
     * delivers the request again; any other failure, and a transient one on the last delivery,
     * is recorded on the run and the request is consumed. The exception goes to the server log,
     * under the correlation id the run's reason quotes.
     *
     * <p>Marking rather than throwing: an exception out of the listener would also make the
     * container discard the listener bean and the resource adapter reset its broker session.
     *
     * @param delivery which delivery of the request this is, from 1 ({@code JMSXDeliveryCount})
     */
    public void fail(long runId, int delivery, Throwable failure) {
        var kind = FaultKind.of(failure);
        var correlationId = UUID.randomUUID().toString();
        boolean again = kind.deliverAgain(delivery, maxDeliveries);
        LOG.log(
                again ? Level.WARNING : Level.SEVERE,
                "Evaluation run " + runId + " failed, " + kind + " fault, delivery " + delivery + " of "
                        + maxDeliveries + (again ? ", to be delivered again" : ", recorded") + "; correlation id "
                        + correlationId,
                failure);
        if (again) {
            context.setRollbackOnly();
            return;
        }
        var run = em.find(EvaluationRun.class, runId);
        if (run == null) {
            return;
        }
        if (kind == FaultKind.TRANSIENT) {
            run.failTransiently(delivery, correlationId, InstantConverter.now());
        } else {
            run.failOnError(correlationId, InstantConverter.now());
        }
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

    /** The window's rows, joined with their actuals when there is a target, first column the epoch second. */
    private static String windowSelect(Monitor monitor, EvaluationRun run, List<SchemaColumn> columns) {
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
        return select + " ORDER BY p.event_time, p.prediction_id OFFSET " + run.getWindowIndex() * size + " LIMIT "
                + size;
    }

    private static String list(List<SchemaColumn> columns, String prefix) {
        return columns.stream()
                .map(c -> c.getRole() == ColumnRole.TARGET
                        ? (prefix.isEmpty() ? c.sqlName() : "a.actual")
                        : prefix + c.sqlName())
                .collect(Collectors.joining(", "));
    }

    private Instant firstPrediction(String table) {
        var first = em.createNativeQuery("SELECT min(event_time) FROM " + table).getSingleResult();
        return first == null ? null : ((Timestamp) first).toInstant();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
