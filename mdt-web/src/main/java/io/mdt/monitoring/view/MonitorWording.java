package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.monitoring.entity.WindowKind;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/** A monitor's schedule, window and progress in the words a reader of the dashboard expects. */
final class MonitorWording {

    private MonitorWording() {}

    static String schedule(MonitorSummary monitor) {
        return monitor.scheduleKind() == ScheduleKind.CRON
                ? "cron " + monitor.schedule()
                : "every " + duration(Duration.parse(monitor.schedule()).toSeconds());
    }

    static String window(MonitorSummary monitor) {
        return monitor.windowKind() == WindowKind.TIME
                ? duration(monitor.windowSize()) + " windows"
                : "windows of " + monitor.windowSize() + " predictions";
    }

    /** How far evaluation has got; {@code exact} writes an instant for the reader. */
    static String progress(MonitorSummary monitor, Function<Instant, String> exact) {
        if (monitor.windowKind() == WindowKind.COUNT) {
            return monitor.evaluatedWindows() + " windows handed out";
        }
        return monitor.evaluatedUntil() == null ? "no window yet" : "up to " + exact.apply(monitor.evaluatedUntil());
    }

    /** Whole days, hours or minutes where the duration is one, else seconds. */
    static String duration(long seconds) {
        if (seconds > 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + " d";
        }
        if (seconds > 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + " h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
