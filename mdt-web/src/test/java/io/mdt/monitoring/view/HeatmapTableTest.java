package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.DriftHeatmap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapTableTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private static DriftHeatmap.Cell tested(double severity, boolean drift) {
        return new DriftHeatmap.Cell("wasserstein", severity / 10, 0.1, drift, severity, null);
    }

    @Test
    void aCellIsShadedByHowFarItsTestWentTowardsDrift() {
        assertThat(HeatmapTable.shade(tested(0.2, false))).isEqualTo("calm");
        assertThat(HeatmapTable.shade(tested(0.6, false))).isEqualTo("near");
        assertThat(HeatmapTable.shade(tested(0.95, false))).isEqualTo("close");
        assertThat(HeatmapTable.shade(tested(1.0, true))).isEqualTo("drift");
        assertThat(HeatmapTable.shade(tested(3.0, true))).isEqualTo("strong");
        assertThat(HeatmapTable.shade(new DriftHeatmap.Cell(null, null, null, false, null, null)))
                .isEqualTo("none");
        assertThat(HeatmapTable.shade(new DriftHeatmap.Cell("ks", null, 0.05, false, null, "too few values")))
                .isEqualTo("error");
    }

    @Test
    void eachCellSaysWhatItFoundAndLeadsToTheColumnInItsWindow() {
        var window = new DriftHeatmap.Window(42, START, START.plus(Duration.ofHours(1)));
        var heatmap = new DriftHeatmap(
                7, List.of(window), List.of(new DriftHeatmap.Row("amount €", List.of(tested(2.5, true)))));

        var table = HeatmapTable.of(heatmap, instant -> "2026-12-01 01:00:00 CET", "/mdt/column.xhtml");

        var cell = table.rows().get(0).cells().get(0);
        assertThat(cell.href()).isEqualTo("/mdt/column.xhtml?run=42&column=amount+%E2%82%AC");
        assertThat(cell.label()).isEqualTo("amount €, 2026-12-01 01:00:00 CET: wasserstein 0.25, threshold 0.1: drift");
        assertThat(cell.start()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(table.windows().get(0).label()).isEqualTo("12-01 01:00");
    }

    @Test
    void aWeekOfWindowsLabelsAboutTwoDozenOfThemEndingWithTheLatest() {
        var windows = new ArrayList<DriftHeatmap.Window>();
        for (int i = 0; i < 168; i++) {
            windows.add(
                    new DriftHeatmap.Window(i, START.plus(Duration.ofHours(i)), START.plus(Duration.ofHours(i + 1))));
        }
        var table = HeatmapTable.of(new DriftHeatmap(1, windows, List.of()), Instant::toString, "/column.xhtml");

        var labelled =
                table.windows().stream().filter(w -> !w.label().isEmpty()).count();
        assertThat(labelled).isBetween(20L, 25L);
        assertThat(table.windows().get(167).label()).isNotEmpty();
        assertThat(table.windows()).allSatisfy(w -> assertThat(w.title()).isNotEmpty());
    }
}
