package io.mdt.retention.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What one maintenance does to one partitioned table: the weeks to add and the weeks to drop.
 *
 * <p>Retention counts back from the newest prediction, or from now if that is earlier (a time
 * far ahead is a client's mistake, not a reason to drop data): a model fed history keeps the
 * newest days of it, a model fed live keeps the days before now. Weeks are added ahead of now,
 * so that live data never waits in the default partition, and for every retained week that
 * rows wait for there, so that backfilled history moves into its weeks.
 *
 * @param cutoff the oldest instant kept; rows before it are removed
 * @param add the weeks to create, oldest first
 * @param drop the existing weeks wholly before the cutoff, oldest first
 */
public record RetentionPlan(Instant cutoff, List<Week> add, List<Week> drop) {

    /** Weeks created ahead of the current one, so that a partition exists before data needs it. */
    public static final int WEEKS_AHEAD = 2;

    /**
     * The oldest instant a table keeps.
     *
     * @param newest the newest stored prediction time no later than now; null when there is none
     */
    public static Instant cutoff(Instant now, Instant newest, int retentionDays) {
        var anchor = newest == null || newest.isAfter(now) ? now : newest;
        return anchor.minus(Duration.ofDays(retentionDays));
    }

    /** The end of the last week created ahead: rows later than that wait in the default partition. */
    public static Instant horizon(Instant now) {
        var week = Week.of(now);
        for (int ahead = 0; ahead <= WEEKS_AHEAD; ahead++) {
            week = week.next();
        }
        return week.start();
    }

    /**
     * @param existing the table's weeks
     * @param waiting the weeks of the rows in the table's default partition
     */
    public static RetentionPlan of(Instant now, Instant cutoff, Collection<Week> existing, Collection<Week> waiting) {
        var wanted = new TreeSet<Week>(waiting);
        var week = Week.of(now);
        for (int ahead = 0; ahead <= WEEKS_AHEAD; ahead++, week = week.next()) {
            wanted.add(week);
        }
        wanted.removeAll(existing);
        wanted.removeIf(candidate -> !candidate.end().isAfter(cutoff));
        var drop = new TreeSet<Week>();
        for (var candidate : existing) {
            if (!candidate.end().isAfter(cutoff)) {
                drop.add(candidate);
            }
        }
        return new RetentionPlan(cutoff, List.copyOf(wanted), List.copyOf(drop));
    }
}
