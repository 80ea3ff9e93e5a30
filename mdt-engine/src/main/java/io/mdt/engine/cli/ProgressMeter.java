package io.mdt.engine.cli;

import java.io.PrintStream;

/**
 * A progress line on stderr that appears only once a step has taken more than a second, so quick
 * runs stay silent, and is rewritten in place at most five times a second.
 */
final class ProgressMeter {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean shown;

    ProgressMeter(PrintStream err) {
        this.err = err;
    }

    synchronized void show(String step, double fraction) {
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || now - lastShown < REFRESH_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        err.printf("\r%-60s", String.format(java.util.Locale.ROOT, "%s %3.0f%%", step, 100 * Math.min(1, fraction)));
        err.flush();
    }

    synchronized void finish() {
        if (shown) {
            err.printf("\r%-60s\r", "");
            err.flush();
        }
    }
}
