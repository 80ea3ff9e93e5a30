package io.mdt.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Watches the processes the launcher started and restarts one that died, as
 * {@link RestartPolicy} allows. When a process cannot be brought back, it stops watching and
 * hands the reason to whoever started it, which ends the launcher with an error: a service
 * manager or an operator then sees a failed MDT rather than a half-running one.
 *
 * <p>Checks and restarts run on one thread, one process at a time, under a lock that
 * {@link #pausedFor} also takes, so that a deliberate restart is never mistaken for a crash.
 */
final class Supervisor implements AutoCloseable {

    private final List<Supervised> processes;
    private final RestartPolicy policy;
    private final Duration checkInterval;
    private final Consumer<String> log;
    private final Consumer<String> giveUp;
    private final Map<Supervised, Restarts> restarts = new HashMap<>();
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param log receives one line per event (a death, a restart, a failed attempt)
     * @param giveUp receives the reason, once, when a process could not be brought back
     */
    Supervisor(
            List<Supervised> processes,
            RestartPolicy policy,
            Duration checkInterval,
            Consumer<String> log,
            Consumer<String> giveUp) {
        this.processes = List.copyOf(processes);
        this.policy = policy;
        this.checkInterval = checkInterval;
        this.log = log;
        this.giveUp = giveUp;
        this.thread = new Thread(this::watch, "mdt-supervisor");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Runs a deliberate stop and start of supervised processes; no check runs meanwhile. */
    void pausedFor(Runnable action) {
        synchronized (lock) {
            action.run();
        }
    }

    private void watch() {
        while (!closed) {
            if (!sleep(checkInterval)) {
                return;
            }
            synchronized (lock) {
                for (var process : processes) {
                    if (!closed && !process.alive() && !recover(process)) {
                        return;
                    }
                }
            }
        }
    }

    /** Restarts a dead process with the attempts it has left; false once it could not be brought back. */
    private boolean recover(Supervised process) {
        var history = restarts.computeIfAbsent(process, p -> new Restarts());
        history.forgiveIfStable(policy.stableAfter());
        log.accept(process.name() + " (pid " + process.pid() + ") is not running");
        String lastFailure = "it kept dying after each restart";
        while (history.used < policy.attempts() && !closed) {
            history.used++;
            var delay = policy.delayBefore(history.used);
            log.accept("  restarting " + process.name() + " in " + delay.toMillis() + " ms (attempt " + history.used
                    + " of " + policy.attempts() + ")");
            if (!sleep(delay)) {
                return true;
            }
            try {
                process.restart();
                history.lastRestart = Instant.now();
                log.accept("  " + process.name() + " restarted (pid " + process.pid() + ")");
                return true;
            } catch (LaunchException failed) {
                lastFailure = failed.getMessage();
                log.accept("  restart of " + process.name() + " failed: " + lastFailure);
            }
        }
        if (!closed) {
            closed = true;
            giveUp.accept(process.name() + " could not be kept running after " + policy.attempts()
                    + " restart attempts: " + lastFailure);
        }
        return false;
    }

    private boolean sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops watching, interrupting a restart in progress, and waits for the watching thread to end. */
    @Override
    public void close() {
        closed = true;
        if (Thread.currentThread() == thread || !thread.isAlive()) {
            return;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The restarts of one process that still count against its attempts. */
    private static final class Restarts {

        private int used;
        private Instant lastRestart;

        void forgiveIfStable(Duration stableAfter) {
            if (lastRestart != null && lastRestart.plus(stableAfter).isBefore(Instant.now())) {
                used = 0;
            }
        }
    }
}
