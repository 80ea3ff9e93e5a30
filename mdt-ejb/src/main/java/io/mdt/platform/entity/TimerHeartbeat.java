package io.mdt.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** How often, and when last, a persistent timer ran. */
@Entity
@Table(name = "timer_heartbeat")
public class TimerHeartbeat {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "last_run", nullable = false)
    private Instant lastRun;

    @Column(name = "run_count", nullable = false)
    private long runCount;

    protected TimerHeartbeat() {}

    private static final Duration EARLY_TICK = Duration.ofSeconds(1);

    public TimerHeartbeat(String name, Instant firstRun) {
        this.name = name;
        this.lastRun = firstRun;
        this.runCount = 1;
    }

    /** Records one more run; a run reported out of order never moves the last run back. */
    public void beat(Instant now) {
        runCount++;
        if (now.isAfter(lastRun)) {
            lastRun = now;
        }
    }

    /**
     * Records a run when {@code interval} has passed since the last one, counting a tick up to a
     * second early as on time (a timer may fire a little before its second).
     *
     * @return whether the run is due, and so recorded
     */
    public boolean beatIfDue(Instant now, Duration interval) {
        if (lastRun.plus(interval).isAfter(now.plus(EARLY_TICK))) {
            return false;
        }
        beat(now);
        return true;
    }

    public String getName() {
        return name;
    }

    public Instant getLastRun() {
        return lastRun;
    }

    public long getRunCount() {
        return runCount;
    }
}
