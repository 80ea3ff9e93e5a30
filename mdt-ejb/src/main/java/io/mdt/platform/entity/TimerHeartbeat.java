package io.mdt.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
