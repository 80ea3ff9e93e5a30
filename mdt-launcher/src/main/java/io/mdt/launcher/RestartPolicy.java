package io.mdt.launcher;

import java.time.Duration;

/**
 * How often and how patiently the supervisor restarts a process that died: a bounded number
 * of attempts with exponential backoff, so that a process that cannot run (a full disk, a
 * port taken by something else) is reported instead of restarted forever, and a short outage
 * is bridged without waiting long. A process that has run for {@code stableAfter} since its
 * last restart starts again with the full number of attempts; one that keeps dying sooner
 * uses them up.
 *
 * @param attempts restarts tried before giving up
 * @param firstDelay wait before the first restart; each further one waits twice as long
 * @param stableAfter time up after which earlier restarts no longer count
 */
record RestartPolicy(int attempts, Duration firstDelay, Duration stableAfter) {

    /** Five attempts over about half a minute (1, 2, 4, 8, 16 s), forgiven after ten minutes up. */
    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(10));

    RestartPolicy {
        if (attempts < 1 || firstDelay.isNegative() || stableAfter.isNegative()) {
            throw new IllegalArgumentException("a restart policy needs at least one attempt and no negative time");
        }
    }

    /** The wait before attempt {@code attempt} (1-based): {@code firstDelay * 2^(attempt - 1)}. */
    Duration delayBefore(int attempt) {
        if (attempt < 1 || attempt > attempts) {
            throw new IllegalArgumentException("attempt " + attempt + " is not between 1 and " + attempts);
        }
        return firstDelay.multipliedBy(1L << (attempt - 1));
    }
}
