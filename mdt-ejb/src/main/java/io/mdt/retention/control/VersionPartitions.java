package io.mdt.retention.control;

import io.mdt.registry.control.VersionTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The partitions of one of a version's tables ({@code predictions_<id>} or {@code actuals_<id>}
 * in {@value VersionTables#SCHEMA}), read from the catalogue and changed in the caller's
 * transaction. Table names are built from ids and weeks, never from user text.
 *
 * @see io.mdt.retention.control.Week
 */
@ApplicationScoped
public class VersionPartitions {

    @PersistenceContext
    EntityManager em;

    /** The table's weeks, oldest first. */
    public List<Week> weeks(String table) {
        return partitionNames(table).stream()
                .map(Week::ofPartition)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }

    /** Each partition of the table, the default one included, with the planner's estimate of its rows. */
    public List<PartitionRows> sizes(String table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.relname, c.reltuples::bigint FROM pg_inherits i"
                        + " JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent"
                        + " JOIN pg_namespace n ON n.oid = p.relnamespace WHERE n.nspname = ?1 AND p.relname = ?2"
                        + " ORDER BY c.relname")
                .setParameter(1, VersionTables.SCHEMA)
                .setParameter(2, table)
                .getResultList();
        return rows.stream()
                .map(row -> new PartitionRows(
                        Week.ofPartition((String) row[0]).orElse(null), Math.max(0, ((Number) row[1]).longValue())))
                .toList();
    }

    /**
     * The newest time in the key column no later than {@code now}: the newest week that has one,
     * or the default partition, whichever is later.
     */
    public Instant newest(String table, String key, Instant now) {
        var weeks = weeks(table);
        Instant newest = max(table + "_default", key, now);
        for (int i = weeks.size() - 1; i >= 0; i--) {
            var week = weeks.get(i);
            if (week.start().isAfter(now) || (newest != null && !week.end().isAfter(newest))) {
                continue;
            }
            var found = max(week.partitionOf(table), key, now);
            if (found != null) {
                return newest == null || found.isAfter(newest) ? found : newest;
            }
        }
        return newest;
    }

    /** The weeks of the rows waiting in the default partition from {@code from} until {@code until}. */
    public List<Week> waiting(String table, String key, Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object> mondays = em.createNativeQuery("SELECT DISTINCT (date_trunc('week', " + key
                        + " AT TIME ZONE 'UTC'))::date FROM " + qualified(table + "_default") + " WHERE " + key
                        + " >= ?1 AND " + key + " < ?2")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until))
                .getResultList();
        return mondays.stream()
                .map(monday -> new Week(((java.sql.Date) monday).toLocalDate()))
                .sorted()
                .toList();
    }

    /**
     * Creates the week's table and moves its rows out of the default partition, while inserts
     * go on; returns how many moved. {@link #attach} makes it a partition.
     */
    public long prepare(String table, String key, Week week) {
        return call("prepare_partition", table, key, week);
    }

    /**
     * Moves the week's rows that arrived since {@link #prepare} and attaches its table; inserts
     * into the table wait from here until the transaction ends. Returns how many moved.
     */
    public long attach(String table, String key, Week week) {
        return call("attach_partition", table, key, week);
    }

    private long call(String function, String table, String key, Week week) {
        return ((Number) em.createNativeQuery("SELECT mdt_data." + function + "(?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, table)
                        .setParameter(2, key)
                        .setParameter(3, week.partitionOf(table))
                        .setParameter(4, Timestamp.from(week.start()))
                        .setParameter(5, Timestamp.from(week.end()))
                        .getSingleResult())
                .longValue();
    }

    /** Drops the week's partition; returns how many rows it held. */
    public long drop(String table, Week week) {
        var partition = qualified(week.partitionOf(table));
        long rows = ((Number) em.createNativeQuery("SELECT count(*) FROM " + partition)
                        .getSingleResult())
                .longValue();
        em.createNativeQuery("DROP TABLE " + partition).executeUpdate();
        return rows;
    }

    /** Deletes the rows of the default partition older than the cutoff; returns how many. */
    public long purgeDefault(String table, String key, Instant cutoff) {
        return em.createNativeQuery("DELETE FROM " + qualified(table + "_default") + " WHERE " + key + " < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }

    /**
     * Forgets the prediction ids of the version's key table older than {@code before}, the
     * start of the oldest week kept; returns how many.
     */
    public long forgetKeys(long versionId, Instant before) {
        return em.createNativeQuery("DELETE FROM " + VersionTables.predictionKeys(versionId) + " WHERE "
                        + VersionTables.PREDICTIONS_KEY + " < ?1")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    /** Waits at most this long for a lock, so that maintenance gives way rather than stall ingestion. */
    public void limitLockWaits(String timeout) {
        em.createNativeQuery("SET LOCAL lock_timeout = '" + timeout + "'").executeUpdate();
    }

    private Instant max(String partition, String key, Instant now) {
        var found = em.createNativeQuery(
                        "SELECT max(" + key + ") FROM " + qualified(partition) + " WHERE " + key + " <= ?1")
                .setParameter(1, Timestamp.from(now))
                .getSingleResult();
        return found == null ? null : ((Timestamp) found).toInstant();
    }

    private List<String> partitionNames(String table) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT c.relname FROM pg_inherits i"
                        + " JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent"
                        + " JOIN pg_namespace n ON n.oid = p.relnamespace WHERE n.nspname = ?1 AND p.relname = ?2")
                .setParameter(1, VersionTables.SCHEMA)
                .setParameter(2, table)
                .getResultList();
        return names;
    }

    private static String qualified(String table) {
        return VersionTables.SCHEMA + "." + table;
    }

    /**
     * A partition and the planner's estimate of its rows (kept by autovacuum's analyses).
     *
     * @param week null for the default partition
     */
    public record PartitionRows(Week week, long rows) {}
}
