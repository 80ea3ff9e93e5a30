package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.monitoring.entity.WindowKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorWordingTest {

    private static MonitorSummary monitor(
            ScheduleKind scheduleKind, String schedule, WindowKind windowKind, long size, Instant until, long windows) {
        var now = Instant.parse("2026-11-29T00:00:00Z");
        return new MonitorSummary(
                1,
                "churn",
                "v1",
                "m",
                scheduleKind,
                schedule,
                windowKind,
                size,
                null,
                Map.of(),
                Map.of(),
                "share:0.5",
                100,
                0,
                null,
                Map.of(),
                until,
                windows,
                now,
                now);
    }

    @Test
    void describesIntervalSchedulesAndTimeWindowsInWholeUnits() {
        var hourly = monitor(ScheduleKind.INTERVAL, "PT15M", WindowKind.TIME, 3600, null, 0);

        assertThat(MonitorWording.schedule(hourly)).isEqualTo("every 15 min");
        assertThat(MonitorWording.window(hourly)).isEqualTo("1 h windows");
        assertThat(MonitorWording.progress(hourly, Instant::toString)).isEqualTo("no window yet");
        var evaluated =
                monitor(ScheduleKind.INTERVAL, "PT1H", WindowKind.TIME, 3600, Instant.parse("2026-11-29T10:00:00Z"), 0);
        assertThat(MonitorWording.progress(evaluated, instant -> "10:00 in the reader's zone"))
                .isEqualTo("up to 10:00 in the reader's zone");
        assertThat(MonitorWording.duration(86_400 * 7)).isEqualTo("7 d");
        assertThat(MonitorWording.duration(90)).isEqualTo("90 s");
    }

    @Test
    void describesCronSchedulesAndCountWindows() {
        var counted = monitor(ScheduleKind.CRON, "5 * * * *", WindowKind.COUNT, 10_000, null, 3);

        assertThat(MonitorWording.schedule(counted)).isEqualTo("cron 5 * * * *");
        assertThat(MonitorWording.window(counted)).isEqualTo("windows of 10000 predictions");
        assertThat(MonitorWording.progress(counted, Instant::toString)).isEqualTo("3 windows handed out");
    }
}
