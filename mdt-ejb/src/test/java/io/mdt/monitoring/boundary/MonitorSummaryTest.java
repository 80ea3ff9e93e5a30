package io.mdt.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.ingestion.control.PredictionRecordsFixture;
import io.mdt.monitoring.entity.MonitorSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorSummaryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:20:00Z");

    @Test
    void draftsTheSettingsItWasReadFrom() {
        var version = PredictionRecordsFixture.version();
        var settings = MonitorRules.settings(
                new MonitorDraft(
                        "nightly",
                        "0 2 * * *",
                        null,
                        null,
                        5_000L,
                        17L,
                        Map.of("@numerical", "psi", "country", "chisquare"),
                        Map.of("age", 0.2, "@categorical", 0.01),
                        "bh:0.05",
                        250,
                        "PT10M",
                        new PerformanceDraft(
                                List.of("roc_auc", "f1"),
                                40,
                                8,
                                Map.of("f1", new ThresholdDraft("FIXED", 0.6, null, null)),
                                true,
                                "P3D"),
                        Map.of("age", new ThresholdDraft("STANDARD_DEVIATION", null, null, 2.5))),
                version);

        assertThat(MonitorRules.settings(summaryOf(settings).draft(), version)).isEqualTo(settings);
    }

    @Test
    void draftsAnIntervalAndATimeWindowAsDurations() {
        var version = PredictionRecordsFixture.version();
        var settings = MonitorRules.settings(
                new MonitorDraft("hourly", null, "PT1H", "PT30M", null, null, null, null, null, null, null, null, null),
                version);

        var draft = summaryOf(settings).draft();

        assertThat(draft.interval()).isEqualTo("PT1H");
        assertThat(draft.window()).isEqualTo("PT30M");
        assertThat(draft.cron()).isNull();
        assertThat(draft.windowRows()).isNull();
        assertThat(MonitorRules.settings(draft, version)).isEqualTo(settings);
    }

    private static MonitorSummary summaryOf(MonitorSettings settings) {
        return new MonitorSummary(
                1L,
                "churn",
                "v1",
                "m",
                settings.scheduleKind(),
                settings.schedule(),
                settings.windowKind(),
                settings.windowSize(),
                settings.referenceId(),
                settings.methods(),
                settings.thresholds(),
                settings.datasetRule(),
                settings.minRows(),
                settings.graceSeconds(),
                settings.performance(),
                settings.driftThresholds(),
                null,
                0,
                NOW,
                NOW);
    }
}
