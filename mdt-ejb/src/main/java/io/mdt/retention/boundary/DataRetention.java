package io.mdt.retention.boundary;

import io.mdt.platform.entity.InstantConverter;
import io.mdt.platform.entity.TimerHeartbeat;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.retention.control.RetentionPlan;
import io.mdt.retention.control.VersionPartitions;
import io.mdt.retention.control.Week;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention policy of each model and the maintenance of its versions' partitions: weeks
 * added ahead and for backfilled data, weeks older than the retention dropped whole, stragglers
 * of the default partition moved or deleted. Each version is maintained in a transaction of its
 * own, holding its version row, so that two instances never maintain one version at once.
 */
@Stateless
public class DataRetention {

    /** The heartbeat row that remembers when every version was last maintained. */
    static final String HEARTBEAT = "data maintenance";

    /** A timer may fire a little before its second; maintenance that early is still due. */
    private static final Duration EARLY_TICK = Duration.ofSeconds(1);

    /** How long maintenance waits for a lock held by ingestion before it gives up until next time. */
    private static final String LOCK_TIMEOUT = "10s";

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    VersionPartitions partitions;

    @Inject
    @ConfigProperty(name = "mdt.data.maintenance-interval", defaultValue = "PT1H")
    String maintenanceInterval;

    /** The model's retention and the partitions of its versions' data. */
    public RetentionSummary retention(String model) {
        return summary(versions.model(model));
    }

    /** Sets how many days of raw data the model keeps; the next maintenance applies it. */
    public RetentionSummary retainFor(String model, RetentionDraft draft) {
        if (draft == null || draft.days() == null) {
            throw new ModelValidationException(List.of(new Violation("days", "is required")));
        }
        if (draft.days() < 1 || draft.days() > MonitoredModel.MAX_RETENTION_DAYS) {
            throw new ModelValidationException(
                    List.of(new Violation("days", "must be from 1 to " + MonitoredModel.MAX_RETENTION_DAYS + " days")));
        }
        var target = versions.model(model);
        target.retainFor(draft.days(), InstantConverter.now());
        return summary(target);
    }

    /** The ids of the model's versions, for maintaining them now, one transaction each. */
    public List<Long> versionIds(String model) {
        return idsOf(versions.model(model));
    }

    private List<Long> idsOf(MonitoredModel model) {
        return em.createNamedQuery(ModelVersion.OF_MODEL, ModelVersion.class)
                .setParameter("model", model.getId())
                .getResultStream()
                .map(ModelVersion::getId)
                .toList();
    }

    /**
     * Whether every version is due for maintenance ({@code mdt.data.maintenance-interval} since
     * the last time); a due round is recorded as done at once, so that it runs once per cluster.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimDue() {
        var now = Instant.now();
        var heartbeat = em.find(TimerHeartbeat.class, HEARTBEAT, LockModeType.PESSIMISTIC_WRITE);
        if (heartbeat == null) {
            em.persist(new TimerHeartbeat(HEARTBEAT, now));
            return true;
        }
        if (heartbeat.getLastRun().plus(Duration.parse(maintenanceInterval)).isAfter(now.plus(EARLY_TICK))) {
            return false;
        }
        heartbeat.beat(now);
        return true;
    }

    /** The versions to maintain now: every one in a due round, otherwise those never maintained. */
    public List<Long> versionsToMaintain(boolean due) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM model_version" + (due ? "" : " WHERE maintained IS NULL") + " ORDER BY id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Maintains one version's partitions, in a transaction of its own.
     *
     * @return what changed; empty when the version no longer exists
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<MaintenanceReport> maintain(long versionId) {
        var version = em.find(ModelVersion.class, versionId);
        if (version == null) {
            return Optional.empty();
        }
        partitions.limitLockWaits(LOCK_TIMEOUT);
        em.createNativeQuery("SELECT id FROM model_version WHERE id = ?1 FOR UPDATE")
                .setParameter(1, versionId)
                .getResultList();
        var now = Instant.now();
        var predictions = VersionTables.predictionsName(versionId);
        var actuals = VersionTables.actualsName(versionId);
        var cutoff = RetentionPlan.cutoff(
                now,
                partitions.newest(predictions, VersionTables.PREDICTIONS_KEY, now),
                version.getModel().getRetentionDays());
        var report = new Changes();
        apply(
                predictions,
                VersionTables.PREDICTIONS_KEY,
                plan(predictions, VersionTables.PREDICTIONS_KEY, now, cutoff),
                report);
        long retired = report.removed;
        partitions.forgetKeys(versionId, Week.of(cutoff).start());
        apply(actuals, VersionTables.ACTUALS_KEY, plan(actuals, VersionTables.ACTUALS_KEY, now, cutoff), report);
        em.createNativeQuery("UPDATE model_version SET retired_predictions = retired_predictions + ?1, maintained = ?2"
                        + " WHERE id = ?3")
                .setParameter(1, retired)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, versionId)
                .executeUpdate();
        return Optional.of(new MaintenanceReport(
                version.getModel().getName(),
                version.getLabel(),
                cutoff,
                List.copyOf(report.added),
                List.copyOf(report.dropped),
                report.moved,
                retired,
                report.removed - retired));
    }

    private RetentionPlan plan(String table, String key, Instant now, Instant cutoff) {
        return RetentionPlan.of(
                now,
                cutoff,
                partitions.weeks(table),
                partitions.waiting(table, key, cutoff, RetentionPlan.horizon(now)));
    }

    private void apply(String table, String key, RetentionPlan plan, Changes changes) {
        for (var week : plan.add()) {
            changes.moved += partitions.prepare(table, key, week);
        }
        for (var week : plan.add()) {
            changes.moved += partitions.attach(table, key, week);
            changes.added.add(new WeekChange(data(table), week.start()));
        }
        for (var week : plan.drop()) {
            changes.removed += partitions.drop(table, week);
            changes.dropped.add(new WeekChange(data(table), week.start()));
        }
        changes.removed += partitions.purgeDefault(table, key, plan.cutoff());
    }

    /** Which data a table holds: {@code predictions} or {@code actuals}. */
    private static String data(String table) {
        return table.substring(0, table.indexOf('_'));
    }

    private RetentionSummary summary(MonitoredModel model) {
        var stored = new ArrayList<VersionStorage>();
        for (var id : idsOf(model)) {
            var version = em.find(ModelVersion.class, id);
            Object[] bookkeeping = (Object[])
                    em.createNativeQuery("SELECT retired_predictions, maintained FROM model_version WHERE id = ?1")
                            .setParameter(1, id)
                            .getSingleResult();
            stored.add(new VersionStorage(
                    version.getLabel(),
                    bookkeeping[1] == null ? null : ((Timestamp) bookkeeping[1]).toInstant(),
                    ((Number) bookkeeping[0]).longValue(),
                    weeks(VersionTables.predictionsName(id)),
                    weeks(VersionTables.actualsName(id))));
        }
        return new RetentionSummary(model.getName(), model.getRetentionDays(), stored);
    }

    private List<StoredWeek> weeks(String table) {
        return partitions.sizes(table).stream()
                .map(size -> new StoredWeek(
                        size.week() == null ? null : size.week().start(),
                        size.week() == null ? null : size.week().end(),
                        size.rows()))
                .toList();
    }

    /** What one version's maintenance did, gathered as it goes. */
    private static final class Changes {
        final List<WeekChange> added = new ArrayList<>();
        final List<WeekChange> dropped = new ArrayList<>();
        long moved;
        long removed;
    }
}
