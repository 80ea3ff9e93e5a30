package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.monitoring.entity.RunStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonitorRowTest {

    private static RunSummary run(Boolean datasetDrift, Boolean degraded) {
        var start = Instant.parse("2026-11-28T09:00:00Z");
        return new RunSummary(
                1,
                1,
                0,
                start,
                start.plusSeconds(3600),
                RunStatus.DONE,
                null,
                1L,
                1000L,
                2000L,
                2,
                10,
                0.2,
                datasetDrift,
                false,
                false,
                40L,
                start,
                start,
                degraded,
                1000L);
    }

    @Test
    void mentionsDatasetDriftAndDegradedPerformanceOfTheLatestRun() {
        assertThat(new MonitorRow(null, run(false, false), "").finding()).isEqualTo("2 of 10 features drifted");
        assertThat(new MonitorRow(null, run(true, true), "").finding())
                .isEqualTo("2 of 10 features drifted, dataset drift, performance degraded");
        assertThat(new MonitorRow(null, null, "").finding()).isEqualTo("not evaluated yet");
    }
}
