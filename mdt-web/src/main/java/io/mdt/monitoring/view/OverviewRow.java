package io.mdt.monitoring.view;

import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.registry.boundary.ModelSummary;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One model on the overview: its health, when it was last evaluated, its open alerts. */
public record OverviewRow(ModelSummary model, ModelHealth health, Instant lastEvaluated, OpenAlertCounts alerts)
        implements Serializable {

    /** The order of attention: the worst health first, then the most critical alerts, then by name. */
    static final List<ModelHealth> ATTENTION = List.of(
            ModelHealth.DEGRADED, ModelHealth.DRIFTING, ModelHealth.WARNING, ModelHealth.NO_DATA, ModelHealth.HEALTHY);

    static final Comparator<OverviewRow> BY_ATTENTION = Comparator.<OverviewRow>comparingInt(
                    row -> ATTENTION.indexOf(row.health()))
            .thenComparing(row -> -row.alerts().critical())
            .thenComparing(row -> -row.alerts().total())
            .thenComparing(row -> row.model().name());

    /** Whether the row's model name, team or owner contains the text, ignoring case; blank matches all. */
    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        var needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(model.name(), needle) || contains(model.team(), needle) || contains(model.owner(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
