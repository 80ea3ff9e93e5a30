package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.entity.TaskType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewRowTest {

    private static OverviewRow row(String name, ModelHealth health, long critical, long warning) {
        var model = new ModelSummary(
                name.length(), name, TaskType.REGRESSION, null, "risk", "fraud", Instant.EPOCH, Instant.EPOCH);
        return new OverviewRow(model, health, null, new OpenAlertCounts(critical, warning, 0, 0));
    }

    @Test
    void theWorstHealthComesFirstThenTheMostCriticalAlertsThenTheName() {
        var rows = new ArrayList<>(List.of(
                row("healthy", ModelHealth.HEALTHY, 0, 0),
                row("no-data", ModelHealth.NO_DATA, 0, 0),
                row("warning", ModelHealth.WARNING, 0, 1),
                row("drift-b", ModelHealth.DRIFTING, 0, 0),
                row("drift-a", ModelHealth.DRIFTING, 0, 0),
                row("drift-critical", ModelHealth.DRIFTING, 2, 0),
                row("degraded", ModelHealth.DEGRADED, 0, 0)));

        rows.sort(OverviewRow.BY_ATTENTION);

        assertThat(rows)
                .extracting(r -> r.model().name())
                .containsExactly("degraded", "drift-critical", "drift-a", "drift-b", "warning", "no-data", "healthy");
    }

    @Test
    void theSearchFindsNameTeamOrOwnerIgnoringCase() {
        var churn = row("Churn-EU", ModelHealth.HEALTHY, 0, 0);

        assertThat(churn.matches("churn")).isTrue();
        assertThat(churn.matches(" FRAUD ")).isTrue();
        assertThat(churn.matches("Risk")).isTrue();
        assertThat(churn.matches("pricing")).isFalse();
        assertThat(churn.matches("")).isTrue();
        assertThat(churn.matches(null)).isTrue();
    }
}
