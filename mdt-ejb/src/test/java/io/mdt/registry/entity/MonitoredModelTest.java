package io.mdt.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonitoredModelTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void stripsNamesAndStoresBlankTextAsAbsent() {
        var model = new MonitoredModel("  churn  ", TaskType.BINARY_CLASSIFICATION, "  ", "\t", "default", CREATED);

        assertThat(model.getName()).isEqualTo("churn");
        assertThat(model.getDescription()).isNull();
        assertThat(model.getOwner()).isNull();
        assertThat(model.getCreated()).isEqualTo(CREATED).isEqualTo(model.getUpdated());
    }

    @Test
    void describingAgainKeepsTheCreationTime() {
        var model = new MonitoredModel("churn", TaskType.BINARY_CLASSIFICATION, null, null, "default", CREATED);
        var later = CREATED.plusSeconds(60);

        model.describe("churn-v2", TaskType.REGRESSION, "monthly spend", "risk team", later);

        assertThat(model.getName()).isEqualTo("churn-v2");
        assertThat(model.getTaskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(model.getOwner()).isEqualTo("risk team");
        assertThat(model.getCreated()).isEqualTo(CREATED);
        assertThat(model.getUpdated()).isEqualTo(later);
    }

    @Test
    void holdsItsOwnNameIgnoringSurroundingSpace() {
        var model = new MonitoredModel("churn", TaskType.BINARY_CLASSIFICATION, null, null, "default", CREATED);

        assertThat(model.holdsName(" churn ")).isTrue();
        assertThat(model.holdsName("Churn")).isFalse();
    }
}
